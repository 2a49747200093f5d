//! A minimal HTTP/1.1 client over `TcpStream`, so the tests see exactly the bytes the sandbox sends
//! (including bodies that are not valid JSON) without pulling in an HTTP client crate.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use serde_json::Value;

pub struct Reply {
    pub status: u16,
    pub content_type: String,
    pub body: Vec<u8>,
    head: String,
}

impl Reply {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|error| panic!("not JSON ({error}): {}", self.text()))
    }

    pub fn header(&self, name: &str) -> Option<String> {
        self.head
            .lines()
            .filter_map(|line| line.split_once(':'))
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.trim().to_owned())
    }
}

pub fn get(base: &str, path_and_query: &str) -> Reply {
    send(base, "GET", path_and_query, &[], "")
}

pub fn delete(base: &str, path: &str) -> Reply {
    send(base, "DELETE", path, &[], "")
}

pub fn post_json(base: &str, path: &str, body: &Value) -> Reply {
    send(base, "POST", path, &[("Content-Type", "application/json; charset=utf-8")], &body.to_string())
}

pub fn send(base: &str, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> Reply {
    let (raw, error) = exchange(base, method, path, headers, body, Duration::from_secs(30));
    if let Some(error) = error {
        panic!("read reply: {error}");
    }
    parse(&raw)
}

/// Sends one request and reads until the server closes the connection, the read times out or the
/// connection breaks; answers what arrived, and the error if the reading did not end cleanly.
pub fn exchange(
    base: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
    timeout: Duration,
) -> (Vec<u8>, Option<std::io::Error>) {
    let address = base.strip_prefix("http://").expect("http base URL");
    let mut stream = TcpStream::connect(address).expect("connect to the sandbox");
    stream.set_read_timeout(Some(timeout)).expect("timeout");
    let mut request = format!("{method} {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n");
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
    stream.write_all(request.as_bytes()).expect("send request");
    let mut raw = Vec::new();
    let error = stream.read_to_end(&mut raw).err();
    (raw, error)
}

/// The status, headers and (de-chunked) body of raw HTTP/1.1 answer bytes.
pub fn parse(raw: &[u8]) -> Reply {
    let split = raw.windows(4).position(|window| window == b"\r\n\r\n").expect("end of headers");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let status = head.split(' ').nth(1).and_then(|code| code.parse().ok()).expect("status code");
    let mut reply = Reply { status, content_type: String::new(), body: raw[split + 4..].to_vec(), head };
    reply.content_type = reply.header("content-type").unwrap_or_default();
    if reply.header("transfer-encoding").is_some_and(|encoding| encoding.eq_ignore_ascii_case("chunked")) {
        reply.body = dechunk(&reply.body);
    }
    reply
}

fn dechunk(mut chunked: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    loop {
        let line_end = chunked.windows(2).position(|window| window == b"\r\n").expect("chunk size line");
        let size = usize::from_str_radix(std::str::from_utf8(&chunked[..line_end]).expect("ascii").trim(), 16)
            .expect("hex chunk size");
        if size == 0 {
            return body;
        }
        let start = line_end + 2;
        body.extend_from_slice(&chunked[start..start + size]);
        chunked = &chunked[start + size + 2..];
    }
}

/// Percent-encodes a query value (everything but RFC 3986's unreserved characters).
pub fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (byte as char).to_string(),
            _ => format!("%{byte:02X}"),
        })
        .collect()
}
