//! `aftersales-sandbox`: runs the sandbox server until SIGINT or SIGTERM. The first line on stdout is
//! `aftersales-sandbox listening on <url>`, for scripts to read the URL from.

use std::io::Write;
use std::process::ExitCode;
use std::str::FromStr;
use std::time::Duration;

use aftersales_sandbox::{
    ESHOUHOU_APP_ID, ESHOUHOU_APP_SECRET, ESHOUHOU_HQ_NETWORK_ID, ESHOUHOU_SERVICE_SPACE_ID, Sandbox, SandboxConfig,
    ZHIBANG_CAPTCHA, ZHIBANG_FROZEN_USER, ZHIBANG_PASSWORD, ZHIBANG_USER,
};

const USAGE: &str = "\
Usage: aftersales-sandbox [options]

Serves the eshouhou and Zhibang after-sales APIs on one loopback port.

Options:
  --host ADDRESS             address to bind (default 127.0.0.1)
  --port PORT                port to bind, 0 = any free port (default 0)
  --token-ttl-secs N         lifetime of every eshouhou token (default: the expire hours asked for)
  --session-idle-secs N      Zhibang session idle timeout (default 900)
  --zhibang-services N       rows in the Zhibang after-sales service table (default 3000)
  --eshouhou-work-orders N   eshouhou work orders (default 2500)
  --threads N                server worker threads (default 2)
  -h, --help                 print this help
";

fn main() -> ExitCode {
    let config = match parse_args(std::env::args().skip(1)) {
        Ok(Some(config)) => config,
        Ok(None) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("aftersales-sandbox: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let sandbox = match Sandbox::start(config) {
        Ok(sandbox) => sandbox,
        Err(error) => {
            eprintln!("aftersales-sandbox: cannot start: {error}");
            return ExitCode::FAILURE;
        }
    };
    let url = sandbox.url();
    let mut stdout = std::io::stdout().lock();
    let announced = writeln!(stdout, "aftersales-sandbox listening on {url}")
        .and_then(|()| stdout.flush())
        .and_then(|()| write!(stdout, "{}", credentials(&url)))
        .and_then(|()| stdout.flush());
    drop(stdout);
    if let Err(error) = announced {
        eprintln!("aftersales-sandbox: cannot write to stdout: {error}");
        return ExitCode::FAILURE;
    }
    if let Err(error) = wait_for_shutdown_signal() {
        eprintln!("aftersales-sandbox: cannot wait for signals: {error}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn credentials(url: &str) -> String {
    format!(
        "\
eshouhou   appid {ESHOUHOU_APP_ID}  secret {ESHOUHOU_APP_SECRET}
           serviceSpaceId {ESHOUHOU_SERVICE_SPACE_ID}  HQ serviceNetworkId {ESHOUHOU_HQ_NETWORK_ID}
zhibang    user txt:{ZHIBANG_USER}  password txt:{ZHIBANG_PASSWORD}  (frozen account: {ZHIBANG_FROZEN_USER}, captcha text {ZHIBANG_CAPTCHA})
admin      {url}/__sandbox/health | stats | faults | quirks | expire | kick | reset
"
    )
}

/// `None` when help was asked for.
fn parse_args(args: impl Iterator<Item = String>) -> Result<Option<SandboxConfig>, String> {
    let mut config = SandboxConfig::default();
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let (flag, inline_value) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag.to_owned(), Some(value.to_owned())),
            _ => (arg, None),
        };
        if flag == "-h" || flag == "--help" {
            return Ok(None);
        }
        let value = match inline_value.or_else(|| args.next()) {
            Some(value) => value,
            None => return Err(format!("{flag} needs a value")),
        };
        match flag.as_str() {
            "--host" => config.host = number(&flag, &value)?,
            "--port" => config.port = number(&flag, &value)?,
            "--token-ttl-secs" => config.token_ttl = Some(Duration::from_secs(number(&flag, &value)?)),
            "--session-idle-secs" => config.session_idle_timeout = Duration::from_secs(number(&flag, &value)?),
            "--zhibang-services" => config.zhibang_services = number(&flag, &value)?,
            "--eshouhou-work-orders" => config.eshouhou_work_orders = number(&flag, &value)?,
            "--threads" => config.threads = number(&flag, &value)?,
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    Ok(Some(config))
}

fn number<T: FromStr>(flag: &str, value: &str) -> Result<T, String> {
    value.parse().map_err(|_| format!("{flag}: invalid value {value:?}"))
}

fn wait_for_shutdown_signal() -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        #[cfg(unix)]
        {
            let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
            tokio::select! {
                result = tokio::signal::ctrl_c() => result,
                _ = terminate.recv() => Ok(()),
            }
        }
        #[cfg(not(unix))]
        {
            tokio::signal::ctrl_c().await
        }
    })
}

#[cfg(test)]
mod tests {
    use super::parse_args;

    fn parse(args: &[&str]) -> Result<Option<aftersales_sandbox::SandboxConfig>, String> {
        parse_args(args.iter().map(|arg| (*arg).to_owned()))
    }

    #[test]
    fn flags_take_separate_or_inline_values() {
        let config = parse(&["--port", "8080", "--zhibang-services=100000", "--token-ttl-secs", "5"])
            .expect("valid")
            .expect("not help");
        assert_eq!(config.port, 8080);
        assert_eq!(config.zhibang_services, 100_000);
        assert_eq!(config.token_ttl, Some(std::time::Duration::from_secs(5)));
    }

    #[test]
    fn help_bad_values_and_unknown_flags() {
        assert!(parse(&["--help"]).expect("valid").is_none());
        assert!(parse(&["--port", "http"]).is_err());
        assert!(parse(&["--port"]).is_err());
        assert!(parse(&["--verbose", "1"]).is_err());
    }
}
