//! Finding 1, memory: an answer is bounded by `max_response_bytes` (counted after decompression, while it
//! streams in), and a larger one is dropped with its connection.
//!
//! The huge-answer tests run in a child process (this test binary again, with only that test) under an
//! address-space limit, so a regression that buffers the answer fails the child instead of taking the
//! machine down; the child prints its peak RSS (`VmHWM`), which the parent checks against a bound.

use std::io::Read;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use flate2::{Compress, Compression, FlushCompress};
use serde_json::json;

use super::server::{Framing, Reply, Server, Stream};
use super::{LOGIN, SERVICE_LIST, failure, login_answer, success, table, zhibang, zhibang_server};

/// Marks the child process; its value is the test to run there.
const CHILD: &str = "AFTERSALES_HOSTILE_MEMORY_CHILD";
/// The cap the huge-answer tests configure.
const CAP: u64 = 8 * 1024 * 1024;
/// The address space the child may add once the library is loaded: far below any of the huge answers.
const ADDRESS_SPACE_BUDGET: u64 = 1024 * 1024 * 1024;
/// The peak RSS allowed to the child, counted from just before the call (the library already loaded): the
/// cap plus a constant. Measured on the 2-core development machine, debug build, with about 9 MiB before
/// the call: 16–18 MiB (2 GiB with Content-Length), 24–26 MiB (2 GiB chunked), 27–29 MiB (4 GiB gzip
/// bomb); the bound leaves more than twice that.
const PEAK_RSS_BOUND: u64 = CAP + 56 * 1024 * 1024;
const GIB: u64 = 1024 * 1024 * 1024;

/// Runs `case` in a child process under an address-space limit and checks the child's peak RSS; in the
/// child, runs it and prints the peak.
fn in_child(name: &str, case: impl FnOnce()) {
    // The test's path as the harness filters it: this module's path without the crate's name.
    let module = module_path!().split_once("::").map_or(module_path!(), |(_, path)| path);
    let test = format!("{module}::{name}");
    if std::env::var(CHILD).is_ok_and(|wanted| wanted == test) {
        // The library is loaded (and built, a no-op after the parent) before the limit applies.
        crate::common::live_strings();
        limit_address_space(ADDRESS_SPACE_BUDGET);
        let before = status_kb("VmRSS");
        reset_peak_rss();
        case();
        println!("\nHOSTILE_RSS_BEFORE_KB={before}");
        println!("HOSTILE_PEAK_RSS_KB={}", status_kb("VmHWM"));
        return;
    }
    crate::common::live_strings();
    let mut child = Command::new(std::env::current_exe().expect("test binary"))
        .args(["--exact", &test, "--nocapture", "--test-threads=1"])
        .env(CHILD, &test)
        // Fewer malloc arenas: each reserves 64 MiB of address space.
        .env("MALLOC_ARENA_MAX", "2")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the child starts");
    // Read while the child runs, so a chatty child never blocks on a full pipe.
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut text = String::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_string(&mut text);
            }
            text
        })
    };
    let stdout = drain(child.stdout.take().map(|pipe| Box::new(pipe) as Box<dyn Read + Send>));
    let stderr = drain(child.stderr.take().map(|pipe| Box::new(pipe) as Box<dyn Read + Send>));
    let until = Instant::now() + Duration::from_secs(120);
    let status = loop {
        if let Some(status) = child.try_wait().expect("child status") {
            break status;
        }
        if Instant::now() > until {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the child running {test} did not finish in two minutes");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let stdout = stdout.join().expect("the child's output");
    let stderr = stderr.join().expect("the child's errors");
    assert!(status.success(), "the child running {test} failed ({status}):\n{stdout}\n{stderr}");
    assert!(stdout.contains("1 passed"), "the child ran no test:\n{stdout}");
    let figure = |key: &str| {
        stdout
            .lines()
            .find_map(|line| line.split(key).nth(1))
            .and_then(|value| value.trim().parse::<u64>().ok())
            .unwrap_or_else(|| panic!("the child printed no {key}:\n{stdout}"))
    };
    let (before, peak) = (figure("HOSTILE_RSS_BEFORE_KB=") * 1024, figure("HOSTILE_PEAK_RSS_KB=") * 1024);
    eprintln!("{test}: RSS {} MiB before the call, peak {} MiB", before >> 20, peak >> 20);
    for line in stderr.lines().filter(|line| line.starts_with("the server's stream")) {
        eprintln!("{test}: {line}");
    }
    assert!(peak < PEAK_RSS_BOUND, "{test}: peak RSS {} MiB, more than {} MiB", peak >> 20, PEAK_RSS_BOUND >> 20);
}

/// A field of `/proc/self/status`, in kB.
fn status_kb(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    status
        .lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or_else(|| panic!("no {field} in /proc/self/status"))
}

/// Limits the address space to what is mapped now plus `budget`.
fn limit_address_space(budget: u64) {
    let limit = status_kb("VmSize") * 1024 + budget;
    let limits = libc::rlimit { rlim_cur: limit, rlim_max: limit };
    // SAFETY: setrlimit reads the struct it is given and changes only this process's limit.
    let result = unsafe { libc::setrlimit(libc::RLIMIT_AS, &limits) };
    assert_eq!(result, 0, "setrlimit(RLIMIT_AS) failed");
}

/// Resets `VmHWM` to the current RSS (Linux `clear_refs` 5), so the peak is the call's.
fn reset_peak_rss() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// Parts of `total` bytes of JSON white space, 64 KiB at a time.
fn blanks(total: u64) -> Vec<(Vec<u8>, u64)> {
    const PART: u64 = 64 * 1024;
    vec![(vec![b' '; PART as usize], total / PART)]
}

/// A gzip stream inflating to `inflated` zero bytes (a multiple of 1 MiB), made of one compressed
/// megabyte repeated: after a full flush the compressor forgets its history, so every further megabyte
/// of zeros compresses to the same bytes. Nothing near the inflated size is ever held.
fn gzip_bomb(inflated: u64) -> Vec<(Vec<u8>, u64)> {
    const BLOCK: usize = 1024 * 1024;
    let blocks = inflated / BLOCK as u64;
    let zeros = vec![0u8; BLOCK];
    let mut deflate = Compress::new(Compression::best(), false);
    let mut segment = |input: &[u8], flush: FlushCompress| {
        let mut output = Vec::with_capacity(BLOCK);
        let before = deflate.total_in();
        deflate.compress_vec(input, &mut output, flush).expect("deflate");
        assert_eq!(deflate.total_in() - before, input.len() as u64, "the whole block was compressed");
        output
    };
    let first = segment(&zeros, FlushCompress::Full);
    let repeated = segment(&zeros, FlushCompress::Full);
    assert_eq!(segment(&zeros, FlushCompress::Full), repeated, "a flushed block of zeros compresses alike");
    let last = segment(&[], FlushCompress::Finish);
    let mut head = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 255];
    head.extend_from_slice(&first);
    // The CRC of all the zeros, combined by doubling from one block's.
    let mut block_crc = crc32fast::Hasher::new();
    block_crc.update(&zeros);
    let mut crc = crc32fast::Hasher::new();
    let mut remaining = blocks;
    while remaining > 0 {
        if remaining & 1 == 1 {
            crc.combine(&block_crc);
        }
        let doubled = block_crc.clone();
        block_crc.combine(&doubled);
        remaining >>= 1;
    }
    let mut tail = last;
    tail.extend_from_slice(&crc.finalize().to_le_bytes());
    tail.extend_from_slice(&(inflated as u32).to_le_bytes());
    vec![(head, 1), (repeated, blocks - 1), (tail, 1)]
}

/// A Zhibang server whose service list answers `stream`, and the check of what the library did with it.
fn refuses_huge_answer(stream: impl Fn() -> Stream + Send + Sync + 'static) {
    let server =
        zhibang_server(
            move |request, _| {
                if request.path() == SERVICE_LIST { Reply::Stream(stream()) } else { Reply::status(404) }
            },
        );
    let client = zhibang(&server, json!({"max_response_bytes": CAP, "retries": 2}));
    let started = Instant::now();
    let error = failure(client.endpoint("service_list", &json!({})), "response_too_large", "transport", false);
    let elapsed = started.elapsed();
    assert!(elapsed < Duration::from_secs(15), "refusing took {elapsed:?}");
    assert!(error["message"].as_str().is_some_and(|text| text.contains("max_response_bytes")), "{error}");
    assert_eq!(server.requests_to(SERVICE_LIST).len(), 1, "a too-large answer is not asked for again");
    assert!(server.wait_for(|server| server.streams().len() == 1), "the stream ended");
    let report = server.streams()[0];
    eprintln!("the server's stream: {report:?}");
    assert!(report.hung_up, "the client hung up: {report:?}");
    assert!(
        report.sent < report.total / 4,
        "the server sent {} of {} bytes before the hang-up",
        report.sent,
        report.total
    );
}

#[test]
fn a_2_gib_body_with_content_length_is_refused_without_reading_it() {
    in_child("a_2_gib_body_with_content_length_is_refused_without_reading_it", || {
        refuses_huge_answer(|| Stream {
            status: 200,
            headers: vec![("Content-Type".into(), "application/json".into())],
            framing: Framing::Length(2 * GIB),
            parts: blanks(2 * GIB),
            pause: Duration::ZERO,
        });
    });
}

#[test]
fn a_2_gib_chunked_body_is_cut_off_at_the_cap() {
    in_child("a_2_gib_chunked_body_is_cut_off_at_the_cap", || {
        refuses_huge_answer(|| Stream {
            status: 200,
            headers: vec![("Content-Type".into(), "application/json".into())],
            framing: Framing::Chunked,
            parts: blanks(2 * GIB),
            pause: Duration::ZERO,
        });
    });
}

#[test]
fn a_gzip_bomb_of_4_gib_is_cut_off_at_the_cap_after_decompression() {
    in_child("a_gzip_bomb_of_4_gib_is_cut_off_at_the_cap_after_decompression", || {
        let bomb = Arc::new(gzip_bomb(4 * GIB));
        refuses_huge_answer(move || Stream {
            status: 200,
            headers: vec![
                ("Content-Type".into(), "application/json".into()),
                ("Content-Encoding".into(), "gzip".into()),
            ],
            framing: Framing::Chunked,
            parts: bomb.as_ref().clone(),
            pause: Duration::ZERO,
        });
    });
}

/// A service list answer of exactly `size` bytes: a table padded with white space.
fn table_of_size(size: usize) -> Vec<u8> {
    let mut body = table(&[["1", "一"]]).to_string().into_bytes();
    assert!(body.len() < size);
    body.resize(size, b' ');
    body
}

#[test]
fn a_smaller_max_response_bytes_is_honoured_to_the_byte() {
    const LIMIT: usize = 64 * 1024;
    let sizes = [LIMIT - 1, LIMIT, LIMIT + 1, LIMIT - 1, LIMIT + 1];
    let call = Arc::new(AtomicUsize::new(0));
    let server = {
        let call = Arc::clone(&call);
        zhibang_server(move |request, _| {
            if request.path() != SERVICE_LIST {
                return Reply::status(404);
            }
            let index = call.fetch_add(1, Ordering::SeqCst);
            let body = table_of_size(sizes[index.min(sizes.len() - 1)]);
            if index < 3 {
                Reply::bytes(200, "application/json", body)
            } else {
                // The same sizes again without a Content-Length: counted while streaming.
                Reply::Stream(Stream {
                    status: 200,
                    headers: vec![("Content-Type".into(), "application/json".into())],
                    framing: Framing::Chunked,
                    parts: body.chunks(4096).map(|part| (part.to_vec(), 1)).collect(),
                    pause: Duration::ZERO,
                })
            }
        })
    };
    let client = zhibang(&server, json!({"max_response_bytes": LIMIT}));
    for (index, size) in sizes.iter().enumerate() {
        let envelope = client.endpoint("service_list", &json!({}));
        if *size <= LIMIT {
            let data = success(envelope)["data"].clone();
            assert_eq!(data["rows"][0]["title"], json!("一"), "answer {index} of {size} bytes");
        } else {
            let error = failure(envelope, "response_too_large", "transport", false);
            assert!(error["message"].as_str().is_some_and(|text| text.contains(&LIMIT.to_string())), "{error}");
        }
    }
    assert_eq!(server.requests_to(SERVICE_LIST).len(), sizes.len(), "one request per call");
}

#[test]
fn the_default_cap_is_32_mib() {
    let server = zhibang_server(|request, _| {
        if request.path() != SERVICE_LIST {
            return Reply::status(404);
        }
        // Announced just over 32 MiB: refused from the header, before a byte of body is read.
        Reply::Stream(Stream {
            status: 200,
            headers: vec![("Content-Type".into(), "application/json".into())],
            framing: Framing::Length(32 * 1024 * 1024 + 1),
            parts: blanks(32 * 1024 * 1024 + 64 * 1024),
            pause: Duration::ZERO,
        })
    });
    let client = zhibang(&server, json!({}));
    let error = failure(client.endpoint("service_list", &json!({})), "response_too_large", "transport", false);
    assert!(error["message"].as_str().is_some_and(|text| text.contains("33554432")), "{error}");
}

#[test]
fn a_huge_session_from_the_server_costs_no_more_than_its_size() {
    // The session travels in every request and is scrubbed from every error in dozens of spellings: 2 MiB
    // of it must not turn one failed call into hundreds of megabytes.
    in_child("a_huge_session_from_the_server_costs_no_more_than_its_size", || {
        let session = "S+/=".repeat(512 * 1024);
        // An error page echoing the start of the session, percent-encoded.
        let page = format!(
            "<p>bad session {}</p>",
            session[..400].replace('+', "%2B").replace('/', "%2F").replace('=', "%3D")
        );
        let server = Server::start(move |request, _| match request.path() {
            LOGIN => login_answer(&session),
            _ => Reply::html(500, &page),
        });
        let client = zhibang(&server, json!({}));
        let started = Instant::now();
        let envelope = client.endpoint("service_list", &json!({}));
        let elapsed = started.elapsed();
        assert!(elapsed < Duration::from_secs(15), "the call took {elapsed:?}");
        let text = envelope.to_string();
        assert!(text.len() < 4096, "a small envelope");
        assert!(!text.contains("S+/=S") && !text.contains("S%2B%2F%3DS"), "{envelope}");
        let error = failure(envelope, "http_status", "transport", false);
        assert_eq!(error["vendor_message"], json!("bad session ***"));
    });
}
