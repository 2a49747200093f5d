//! A scripted HTTP/1.1 server on loopback for the hostile-server tests: every request is recorded, and a
//! closure decides what each one gets — an answer, raw bytes, silence, a dropped or reset connection, a
//! truncated or endless body, a gzip bomb. One request per connection (`Connection: close`), so each
//! attempt of the library is a connection of its own.
//!
//! Every thread it starts ends by itself: the accept loop and each connection poll a stop flag (set on
//! drop) and time out on their own, and a connection waiting for the client gives up after a minute.

use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// How often blocked reads and writes wake up to look at the stop flag.
const POLL: Duration = Duration::from_millis(25);
/// The longest a connection thread waits on a silent or vanished client.
const PATIENCE: Duration = Duration::from_secs(60);
/// The largest request head and body read; beyond that the connection is closed.
const MOST_HEAD: usize = 64 * 1024;
const MOST_BODY: usize = 64 * 1024 * 1024;
const SEND_BUFFER: usize = 32 * 1024;

/// One request as the server read it.
#[derive(Clone, Debug)]
pub struct Request {
    pub method: String,
    /// Path and query, as sent.
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    pub fn path(&self) -> &str {
        self.target.split_once('?').map_or(self.target.as_str(), |(path, _)| path)
    }

    pub fn query(&self) -> &str {
        self.target.split_once('?').map_or("", |(_, query)| query)
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(key, _)| key.eq_ignore_ascii_case(name)).map(|(_, value)| value.as_str())
    }

    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The whole request as text: request line, headers and body.
    pub fn text(&self) -> String {
        let headers: String = self.headers.iter().map(|(name, value)| format!("{name}: {value}\r\n")).collect();
        format!("{} {} HTTP/1.1\r\n{headers}\r\n{}", self.method, self.target, self.body_text())
    }
}

/// How a streamed body is delimited.
#[derive(Clone, Copy, Debug)]
pub enum Framing {
    /// `Content-Length` announces this many bytes.
    Length(u64),
    /// `Transfer-Encoding: chunked`, no length.
    Chunked,
}

/// A large body sent piece by piece: each part is written `times` times, in order, until the client hangs
/// up. Nothing larger than one part is ever held.
pub struct Stream {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub framing: Framing,
    pub parts: Vec<(Vec<u8>, u64)>,
    /// A pause after each written part (a trickling server).
    pub pause: Duration,
}

impl Stream {
    pub fn total(&self) -> u64 {
        self.parts.iter().map(|(bytes, times)| bytes.len() as u64 * times).sum()
    }
}

/// What the server does with one request.
pub enum Reply {
    /// A complete answer; `Content-Length` and `Connection: close` are added.
    Answer { status: u16, headers: Vec<(String, String)>, body: Vec<u8> },
    /// These bytes as they are, then the connection is closed (a truncated or malformed answer).
    Raw(Vec<u8>),
    /// Waits, then replies (a server slower than the client's timeout).
    After(Duration, Box<Reply>),
    /// Never answers: waits until the client hangs up.
    Hang,
    /// Closes the connection without a byte of answer.
    Close,
    /// Resets the connection (RST) without a byte of answer.
    Reset,
    /// A large or endless body.
    Stream(Stream),
}

impl Reply {
    pub fn json(status: u16, body: &serde_json::Value) -> Reply {
        Reply::bytes(status, "application/json; charset=utf-8", body.to_string().into_bytes())
    }

    pub fn bytes(status: u16, content_type: &str, body: Vec<u8>) -> Reply {
        Reply::Answer { status, headers: vec![("Content-Type".into(), content_type.into())], body }
    }

    pub fn html(status: u16, page: &str) -> Reply {
        Reply::bytes(status, "text/html; charset=utf-8", page.as_bytes().to_vec())
    }

    pub fn status(status: u16) -> Reply {
        Reply::html(status, &format!("<html><body><h1>{status}</h1></body></html>"))
    }

    /// A redirect to `location`.
    pub fn redirect(status: u16, location: &str) -> Reply {
        Reply::Answer { status, headers: vec![("Location".into(), location.into())], body: Vec::new() }
    }

    /// The same reply with an extra header (only for [`Reply::Answer`]).
    pub fn with_header(self, name: &str, value: &str) -> Reply {
        match self {
            Reply::Answer { status, mut headers, body } => {
                headers.push((name.into(), value.into()));
                Reply::Answer { status, headers, body }
            }
            other => other,
        }
    }
}

/// What became of one streamed body.
#[derive(Clone, Copy, Debug)]
pub struct StreamReport {
    /// Body bytes written before the end or the hang-up.
    pub sent: u64,
    /// Body bytes the stream would have sent in full.
    pub total: u64,
    /// Whether a write failed because the client had gone.
    pub hung_up: bool,
    /// How long the server kept sending.
    pub elapsed: Duration,
}

type Handler = dyn Fn(&Request, usize) -> Reply + Send + Sync;

/// Either side of a connection: plain TCP or TLS over TCP.
trait Wire: Read + Write + Send {
    fn tcp(&self) -> &TcpStream;

    /// Says "that was all" at the TLS level before the TCP connection is shut.
    fn close_notify(&mut self) {}
}

impl Wire for TcpStream {
    fn tcp(&self) -> &TcpStream {
        self
    }
}

impl Wire for rustls::StreamOwned<rustls::ServerConnection, TcpStream> {
    fn tcp(&self) -> &TcpStream {
        &self.sock
    }

    fn close_notify(&mut self) {
        self.conn.send_close_notify();
        let _ = self.flush();
    }
}

#[derive(Default)]
struct Shared {
    requests: Mutex<Vec<Request>>,
    streams: Mutex<Vec<StreamReport>>,
    connections: AtomicUsize,
    stop: AtomicBool,
    stop_listening: AtomicBool,
    workers: Mutex<Vec<JoinHandle<()>>>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A scripted server on `127.0.0.1`, stopped (and every thread joined) when dropped.
pub struct Server {
    address: SocketAddr,
    scheme: &'static str,
    shared: Arc<Shared>,
    acceptor: Option<JoinHandle<()>>,
}

impl Server {
    /// A plain HTTP server whose `handler` gets each request and its index (0 for the first).
    pub fn start(handler: impl Fn(&Request, usize) -> Reply + Send + Sync + 'static) -> Server {
        Server::listen(None, Arc::new(handler))
    }

    /// The same over TLS with the given server config.
    pub fn start_tls(
        tls: Arc<rustls::ServerConfig>,
        handler: impl Fn(&Request, usize) -> Reply + Send + Sync + 'static,
    ) -> Server {
        Server::listen(Some(tls), Arc::new(handler))
    }

    /// A server that must never be reached: it records whatever arrives and answers 200.
    pub fn bystander() -> Server {
        Server::start(|_, _| Reply::json(200, &serde_json::json!({"header": {"status": 0, "message": "ok"}})))
    }

    fn listen(tls: Option<Arc<rustls::ServerConfig>>, handler: Arc<Handler>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        listener.set_nonblocking(true).expect("non-blocking listener");
        let address = listener.local_addr().expect("local address");
        let shared = Arc::new(Shared::default());
        let scheme = if tls.is_some() { "https" } else { "http" };
        let acceptor = {
            let shared = Arc::clone(&shared);
            thread::spawn(move || accept_loop(&listener, &shared, tls.as_ref(), &handler))
        };
        Server { address, scheme, shared, acceptor: Some(acceptor) }
    }

    /// `http://127.0.0.1:PORT` (or `https://`).
    pub fn url(&self) -> String {
        format!("{}://{}", self.scheme, self.address)
    }

    /// `http://127.0.0.1:PORT` followed by `path`.
    pub fn at(&self, path: &str) -> String {
        format!("{}{path}", self.url())
    }

    /// `127.0.0.1:PORT`.
    pub fn host(&self) -> String {
        self.address.to_string()
    }

    pub fn requests(&self) -> Vec<Request> {
        lock(&self.shared.requests).clone()
    }

    /// The requests to `path`.
    pub fn requests_to(&self, path: &str) -> Vec<Request> {
        self.requests().into_iter().filter(|request| request.path() == path).collect()
    }

    pub fn streams(&self) -> Vec<StreamReport> {
        lock(&self.shared.streams).clone()
    }

    /// Connections accepted, with or without a complete request.
    pub fn connections(&self) -> usize {
        self.shared.connections.load(Ordering::SeqCst)
    }

    /// Waits (a few seconds at most) until `done` holds, e.g. until a stream has ended.
    pub fn wait_for(&self, done: impl Fn(&Server) -> bool) -> bool {
        let until = Instant::now() + Duration::from_secs(10);
        while Instant::now() < until {
            if done(self) {
                return true;
            }
            thread::sleep(POLL);
        }
        done(self)
    }

    /// Closes the listening socket: from now on connecting is refused.
    pub fn stop_listening(&mut self) {
        self.shared.stop_listening.store(true, Ordering::SeqCst);
        if let Some(acceptor) = self.acceptor.take() {
            let _ = acceptor.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        self.stop_listening();
        let workers = std::mem::take(&mut *lock(&self.shared.workers));
        for worker in workers {
            let _ = worker.join();
        }
    }
}

fn accept_loop(
    listener: &TcpListener,
    shared: &Arc<Shared>,
    tls: Option<&Arc<rustls::ServerConfig>>,
    handler: &Arc<Handler>,
) {
    while !shared.stop.load(Ordering::SeqCst) && !shared.stop_listening.load(Ordering::SeqCst) {
        let tcp = match listener.accept() {
            Ok((tcp, _)) => tcp,
            Err(error) if error.kind() == ErrorKind::WouldBlock => {
                thread::sleep(Duration::from_millis(5));
                continue;
            }
            Err(_) => continue,
        };
        shared.connections.fetch_add(1, Ordering::SeqCst);
        let (shared_, handler) = (Arc::clone(shared), Arc::clone(handler));
        let tls = tls.cloned();
        let worker = thread::spawn(move || {
            if tcp.set_nonblocking(false).is_err()
                || tcp.set_read_timeout(Some(POLL)).is_err()
                || tcp.set_write_timeout(Some(POLL)).is_err()
            {
                return;
            }
            let _ = tcp.set_nodelay(true);
            // A small send buffer (no autotuning up to megabytes), so what the server managed to send
            // is close to what the client took.
            let _ = socket2::SockRef::from(&tcp).set_send_buffer_size(SEND_BUFFER);
            match tls {
                None => serve(tcp, &shared_, handler.as_ref()),
                Some(config) => {
                    let Ok(connection) = rustls::ServerConnection::new(config) else { return };
                    serve(rustls::StreamOwned::new(connection, tcp), &shared_, handler.as_ref());
                }
            }
        });
        let mut workers = lock(&shared.workers);
        workers.retain(|worker| !worker.is_finished());
        workers.push(worker);
    }
}

/// One connection: read a request, record it, carry out the handler's reply, close.
fn serve(mut wire: impl Wire, shared: &Shared, handler: &Handler) {
    let Some(request) = read_request(&mut wire, shared) else { return };
    let index = {
        let mut requests = lock(&shared.requests);
        requests.push(request.clone());
        requests.len() - 1
    };
    let reply = handler(&request, index);
    carry_out(reply, &mut wire, shared);
}

fn carry_out(reply: Reply, wire: &mut impl Wire, shared: &Shared) {
    match reply {
        Reply::Answer { status, mut headers, body } => {
            headers.push(("Content-Length".into(), body.len().to_string()));
            let mut bytes = head(status, &headers);
            bytes.extend_from_slice(&body);
            let _ = write_all(wire, &bytes, shared);
            finish(wire);
        }
        Reply::Raw(bytes) => {
            let _ = write_all(wire, &bytes, shared);
            finish(wire);
        }
        Reply::After(pause, reply) => {
            let until = Instant::now() + pause;
            while Instant::now() < until && !shared.stop.load(Ordering::SeqCst) {
                thread::sleep(POLL.min(until.saturating_duration_since(Instant::now())));
            }
            carry_out(*reply, wire, shared);
        }
        Reply::Hang => wait_for_hang_up(wire, shared),
        Reply::Close => finish(wire),
        Reply::Reset => {
            let _ = socket2::SockRef::from(wire.tcp()).set_linger(Some(Duration::ZERO));
        }
        Reply::Stream(stream) => {
            let report = send_stream(&stream, wire, shared);
            lock(&shared.streams).push(report);
            finish(wire);
        }
    }
}

fn head(status: u16, headers: &[(String, String)]) -> Vec<u8> {
    let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("Connection: close\r\n\r\n");
    head.into_bytes()
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Whatever",
    }
}

/// Writes everything unless the client hangs up (an error) or the server stops; a write that only timed
/// out is tried again, so a slow reader is waited for, within [`PATIENCE`].
fn write_all(wire: &mut impl Wire, mut bytes: &[u8], shared: &Shared) -> Result<(), ()> {
    let until = Instant::now() + PATIENCE;
    while !bytes.is_empty() {
        if shared.stop.load(Ordering::SeqCst) || Instant::now() > until {
            return Err(());
        }
        match wire.write(bytes) {
            Ok(0) => return Err(()),
            Ok(written) => bytes = &bytes[written..],
            Err(error)
                if matches!(error.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut | ErrorKind::Interrupted) => {}
            Err(_) => return Err(()),
        }
    }
    match wire.flush() {
        Ok(()) => Ok(()),
        Err(_) => Err(()),
    }
}

/// Ends the answer cleanly: the write side is shut, so the client sees the end of a close-delimited body.
fn finish(wire: &mut impl Wire) {
    let _ = wire.flush();
    wire.close_notify();
    let _ = wire.tcp().shutdown(std::net::Shutdown::Write);
    // Give the client a moment to read what was sent before the socket goes (closing with unread input
    // would turn into a reset).
    let mut sink = [0u8; 1024];
    let until = Instant::now() + Duration::from_millis(500);
    while Instant::now() < until {
        match wire.tcp().peek(&mut sink) {
            Ok(0) => return,
            Ok(_) => {
                let _ = wire.tcp().read(&mut sink);
            }
            Err(error) if matches!(error.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
            Err(_) => return,
        }
    }
}

fn wait_for_hang_up(wire: &mut impl Wire, shared: &Shared) {
    let until = Instant::now() + PATIENCE;
    let mut sink = [0u8; 1024];
    while Instant::now() < until && !shared.stop.load(Ordering::SeqCst) {
        match wire.tcp().read(&mut sink) {
            Ok(0) => return,
            Ok(_) => {}
            Err(error) if matches!(error.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
            Err(_) => return,
        }
    }
}

fn send_stream(stream: &Stream, wire: &mut impl Wire, shared: &Shared) -> StreamReport {
    let started = Instant::now();
    let total = stream.total();
    let mut headers = stream.headers.clone();
    match stream.framing {
        Framing::Length(length) => headers.push(("Content-Length".into(), length.to_string())),
        Framing::Chunked => headers.push(("Transfer-Encoding".into(), "chunked".into())),
    }
    let mut report = StreamReport { sent: 0, total, hung_up: false, elapsed: Duration::ZERO };
    if write_all(wire, &head(stream.status, &headers), shared).is_err() {
        report.hung_up = true;
        return report;
    }
    let chunked = matches!(stream.framing, Framing::Chunked);
    'parts: for (bytes, times) in &stream.parts {
        for _ in 0..*times {
            let written = if chunked {
                write_all(wire, format!("{:x}\r\n", bytes.len()).as_bytes(), shared)
                    .and_then(|()| write_all(wire, bytes, shared))
                    .and_then(|()| write_all(wire, b"\r\n", shared))
            } else {
                write_all(wire, bytes, shared)
            };
            if written.is_err() {
                report.hung_up = !shared.stop.load(Ordering::SeqCst);
                break 'parts;
            }
            report.sent += bytes.len() as u64;
            if !stream.pause.is_zero() {
                thread::sleep(stream.pause);
            }
        }
    }
    if report.sent == total && chunked {
        let _ = write_all(wire, b"0\r\n\r\n", shared);
    }
    report.elapsed = started.elapsed();
    report
}

/// Reads one request (head and `Content-Length` body); `None` when the client left or sent garbage.
fn read_request(wire: &mut impl Wire, shared: &Shared) -> Option<Request> {
    let until = Instant::now() + PATIENCE;
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 16 * 1024];
    let head_end = loop {
        if let Some(position) = buffer.windows(4).position(|window| window == b"\r\n\r\n") {
            break position + 4;
        }
        if buffer.len() > MOST_HEAD || Instant::now() > until || shared.stop.load(Ordering::SeqCst) {
            return None;
        }
        match wire.read(&mut chunk) {
            Ok(0) => return None,
            Ok(read) => buffer.extend_from_slice(&chunk[..read]),
            Err(error)
                if matches!(error.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut | ErrorKind::Interrupted) => {}
            Err(_) => return None,
        }
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next()?.split(' ');
    let (method, target) = (request_line.next()?.to_owned(), request_line.next()?.to_owned());
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
        .collect();
    let length = headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, value)| value.parse::<usize>().ok())
        .unwrap_or(0);
    if length > MOST_BODY {
        return None;
    }
    let mut body = buffer.split_off(head_end);
    while body.len() < length {
        if Instant::now() > until || shared.stop.load(Ordering::SeqCst) {
            return None;
        }
        match wire.read(&mut chunk) {
            Ok(0) => return None,
            Ok(read) => body.extend_from_slice(&chunk[..read]),
            Err(error)
                if matches!(error.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut | ErrorKind::Interrupted) => {}
            Err(_) => return None,
        }
    }
    body.truncate(length);
    Some(Request { method, target, headers, body })
}
