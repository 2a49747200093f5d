//! A loopback HTTP server that imitates the eshouhou open platform and the Zhibang ERP after-sales pages,
//! both on one port, so the `aftersales` library's tests, demo and benchmarks (and integrators without a
//! vendor account) have something faithful to talk to.
//!
//! [`Sandbox::start`] binds the port and serves on a private tokio runtime; dropping the [`Sandbox`] stops
//! it. Everything the admin API (`/__sandbox/...`) can do is also available here in-process.

mod admin;
mod calendar;
mod demo;
mod eshouhou;
mod faults;
mod locks;
mod seed;
mod server;
mod state;
mod stats;
mod zhibang;

use std::io;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

pub use faults::{Fault, FaultKind, Quirks};
pub use stats::Stats;

use state::State;

/// The app id of the vendor's own TokenApi example.
pub const ESHOUHOU_APP_ID: &str = "ysh54dd4f8arinfx";
/// The secret that, with [`ESHOUHOU_APP_ID`], signs the vendor's TokenApi example.
pub const ESHOUHOU_APP_SECRET: &str = "45e1cc23a7144a28ab110804491e3135";
/// The one service space (tenant) the sandbox serves.
pub const ESHOUHOU_SERVICE_SPACE_ID: &str = "6a8251ba-ce64-46b7-a505-a4e560032706";
/// The headquarters service network of that space (`HQServiceNetworkID`).
pub const ESHOUHOU_HQ_NETWORK_ID: &str = "bd7fc093-0ccf-4335-9daf-10931b4e7c7d";
/// The Zhibang account that can log in.
pub const ZHIBANG_USER: &str = "apiuser";
/// The password of [`ZHIBANG_USER`] and of [`ZHIBANG_FROZEN_USER`].
pub const ZHIBANG_PASSWORD: &str = "sandbox-pass";
/// A Zhibang account whose login, with the right password, answers 用户被冻结。
pub const ZHIBANG_FROZEN_USER: &str = "frozen";
/// The text of every captcha image.
pub const ZHIBANG_CAPTCHA: &str = "8888";

/// How to run a [`Sandbox`].
#[derive(Clone, Debug)]
pub struct SandboxConfig {
    /// Address to bind; 127.0.0.1 by default.
    pub host: IpAddr,
    /// Port to bind; 0 picks a free one.
    pub port: u16,
    /// Lifetime of every eshouhou token; `None` gives each token the `expire` hours it asked for.
    pub token_ttl: Option<Duration>,
    /// A Zhibang session unused for longer than this times out.
    pub session_idle_timeout: Duration,
    /// Rows in the Zhibang after-sales service table.
    pub zhibang_services: usize,
    /// Number of eshouhou work orders.
    pub eshouhou_work_orders: usize,
    /// Tokio worker threads serving requests.
    pub threads: usize,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            host: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 0,
            token_ttl: None,
            session_idle_timeout: Duration::from_secs(15 * 60),
            zhibang_services: 3000,
            eshouhou_work_orders: 2500,
            threads: 2,
        }
    }
}

/// A running sandbox server. Dropping it shuts the server down.
pub struct Sandbox {
    state: Arc<State>,
    runtime: Option<tokio::runtime::Runtime>,
}

impl Sandbox {
    /// Binds the configured address and starts serving on background threads.
    pub fn start(config: SandboxConfig) -> io::Result<Sandbox> {
        let listener = std::net::TcpListener::bind((config.host, config.port))?;
        listener.set_nonblocking(true)?;
        let url = url_of(listener.local_addr()?);
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(config.threads.max(1))
            .thread_name("aftersales-sandbox")
            .enable_all()
            .build()?;
        let state = Arc::new(State::new(config, url));
        let listener = {
            let _entered = runtime.enter();
            tokio::net::TcpListener::from_std(listener)?
        };
        runtime.spawn(server::serve(listener, Arc::clone(&state)));
        Ok(Sandbox { state, runtime: Some(runtime) })
    }

    /// The base URL, e.g. `http://127.0.0.1:41234` (no trailing slash).
    pub fn url(&self) -> String {
        self.state.base_url.clone()
    }

    /// A snapshot of the counters since start or the last [`Sandbox::reset`].
    pub fn stats(&self) -> Stats {
        self.state.stats()
    }

    /// Makes the next `fault.times` requests under `fault.path_prefix` fail as `fault.kind` says.
    pub fn inject_fault(&self, fault: Fault) {
        self.state.faults.inject(fault);
    }

    /// Forgets every pending fault.
    pub fn clear_faults(&self) {
        self.state.faults.clear();
    }

    /// Switches the vendor answer forms the references say a client must accept.
    pub fn set_quirks(&self, quirks: Quirks) {
        self.state.set_quirks(quirks);
    }

    /// Every eshouhou token issued so far is rejected from now on.
    pub fn expire_tokens(&self) {
        self.state.eshouhou.tokens.expire_all();
    }

    /// Every Zhibang session open now answers 会话超时 from now on.
    pub fn expire_sessions(&self) {
        self.state.zhibang.sessions.expire_all();
    }

    /// Ends `username`'s Zhibang session as if the account had logged in on another device.
    pub fn kick(&self, username: &str) {
        self.state.zhibang.sessions.kick(username);
    }

    /// Back to the initial state: data, counters, faults, quirks and login failures.
    pub fn reset(&self) {
        self.state.reset();
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        if let Some(runtime) = self.runtime.take() {
            // Unlike a plain drop, this is allowed inside another runtime (an async test).
            runtime.shutdown_background();
        }
    }
}

/// The URL a client on this machine can reach; a wildcard bind is reached through loopback.
fn url_of(address: SocketAddr) -> String {
    let host = match address.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(std::net::Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    format!("http://{}", SocketAddr::new(host, address.port()))
}
