//! What the C-ABI integration tests share: the built `libaftersales` loaded with `dlopen` (so the tests
//! exercise the real shared library, as C, Python and .NET do), owned wrappers that free every handle and
//! string, and a sandbox per test on loopback.

use std::ffi::{CStr, CString, c_char, c_void};
use std::path::PathBuf;
use std::sync::LazyLock;

use aftersales_sandbox::{Sandbox, SandboxConfig};
use libloading::Library;
use serde_json::{Value, json};

type NewClient = unsafe extern "C" fn(*const c_char, *mut *mut c_char) -> *mut c_void;
type FreeHandle = unsafe extern "C" fn(*mut c_void);
type EndpointFn = unsafe extern "C" fn(*mut c_void, *const c_char) -> *mut c_char;
type CallFn = unsafe extern "C" fn(*mut c_void, *const c_char, *const c_char) -> *mut c_char;
type CursorNew = unsafe extern "C" fn(*mut c_void, *const c_char, *const c_char) -> *mut c_void;
type CursorNext = unsafe extern "C" fn(*mut c_void) -> *mut c_char;
type ListAll = unsafe extern "C" fn(*mut c_void, *const c_char, *const c_char, u32) -> *mut c_char;
type StringFree = unsafe extern "C" fn(*mut c_char);
type StringFn = unsafe extern "C" fn() -> *mut c_char;
type CountFn = unsafe extern "C" fn() -> u64;

/// `target/<profile>/`, where the test binary's `deps/` folder lives.
fn profile_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    exe.parent().and_then(|deps| deps.parent()).expect("target/<profile>/deps").to_path_buf()
}

/// The shared library of this build (`target/<profile>/libaftersales.so`).
pub fn library_path() -> PathBuf {
    profile_dir().join(libloading::library_filename("aftersales"))
}

/// `cargo test` builds the library as an rlib for the test binary but does not always rebuild the
/// cdylib, so the tests build it themselves (same target folder and profile) before loading it: they
/// must never run against a stale shared library.
fn build_shared_library() {
    let profile_dir = profile_dir();
    let target_dir = profile_dir.parent().expect("target folder");
    let mut build = std::process::Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    build.args(["build", "--quiet", "--lib", "-p", "aftersales", "--target-dir"]).arg(target_dir);
    if profile_dir.file_name().is_some_and(|name| name == "release") {
        build.arg("--release");
    }
    let status = build.status().expect("cargo runs");
    assert!(status.success(), "building libaftersales failed");
}

pub static LIBRARY: LazyLock<Library> = LazyLock::new(|| {
    build_shared_library();
    let path = library_path();
    // SAFETY: loading our own library, whose initialisers are Rust statics with no side effects.
    unsafe { Library::new(&path) }.unwrap_or_else(|error| panic!("cannot load {}: {error}", path.display()))
});

/// A function of the library by name; panics when the library does not export it.
pub fn function<T: Copy>(name: &str) -> T {
    // SAFETY: the caller names the type of the exported function; the header is the contract.
    let symbol = unsafe { LIBRARY.get::<T>(name.as_bytes()) };
    *symbol.unwrap_or_else(|error| panic!("libaftersales does not export {name}: {error}"))
}

/// Whether the library exports `name`.
pub fn exports(name: &str) -> bool {
    // SAFETY: only the presence of the symbol is checked.
    unsafe { LIBRARY.get::<*const c_void>(name.as_bytes()) }.is_ok()
}

pub fn c_string(text: &str) -> CString {
    CString::new(text).expect("test strings have no NUL")
}

/// Copies a returned string, frees it with `aftersales_string_free`, and parses it.
pub fn take_json(text: *mut c_char) -> Value {
    assert!(!text.is_null(), "the library returned NULL");
    // SAFETY: the library returned a NUL-terminated string it owns until freed.
    let copy = unsafe { CStr::from_ptr(text) }.to_str().expect("envelopes are UTF-8").to_owned();
    // SAFETY: freed exactly once, with the library's own function.
    unsafe { function::<StringFree>("aftersales_string_free")(text) };
    serde_json::from_str(&copy).unwrap_or_else(|error| panic!("not JSON ({error}): {copy}"))
}

pub fn live_strings() -> u64 {
    // SAFETY: no arguments.
    unsafe { function::<CountFn>("aftersales_live_string_count")() }
}

pub fn catalogue() -> Value {
    // SAFETY: no arguments; the result is freed by take_json.
    take_json(unsafe { function::<StringFn>("aftersales_endpoints")() })
}

/// Asserts a success envelope and returns it.
#[track_caller]
pub fn ok(envelope: Value) -> Value {
    assert_eq!(envelope["ok"], json!(true), "expected success, got {envelope}");
    envelope
}

/// Asserts a failure envelope with `code` and returns its `error` object.
#[track_caller]
pub fn failed(envelope: Value, code: &str) -> Value {
    assert_eq!(envelope["ok"], json!(false), "expected {code}, got {envelope}");
    assert_eq!(envelope["error"]["code"], json!(code), "{envelope}");
    envelope["error"].clone()
}

/// The secrets of the sandbox accounts; no envelope may contain them.
pub fn assert_no_secret(envelope: &Value) {
    let text = envelope.to_string();
    for secret in [aftersales_sandbox::ESHOUHOU_APP_SECRET, aftersales_sandbox::ZHIBANG_PASSWORD] {
        assert!(!text.contains(secret), "an envelope leaked a secret: {text}");
    }
}

/// A client handle of one provider, freed on drop.
pub struct Client {
    provider: &'static str,
    handle: *mut c_void,
}

// SAFETY: the library documents clients as safe to use from many threads at once.
unsafe impl Send for Client {}
// SAFETY: as above.
unsafe impl Sync for Client {}

impl Client {
    /// `aftersales_<provider>_client_new`; the failure envelope on a bad config.
    pub fn new(provider: &'static str, config: &Value) -> Result<Client, Value> {
        let config = c_string(&config.to_string());
        let mut error: *mut c_char = std::ptr::null_mut();
        let new = function::<NewClient>(&format!("aftersales_{provider}_client_new"));
        // SAFETY: valid config string and out-pointer.
        let handle = unsafe { new(config.as_ptr(), &mut error) };
        if handle.is_null() {
            return Err(take_json(error));
        }
        assert!(error.is_null(), "error_json must be NULL on success");
        Ok(Client { provider, handle })
    }

    pub fn eshouhou(sandbox: &Sandbox, extra: Value) -> Client {
        let mut config = json!({
            "app_id": aftersales_sandbox::ESHOUHOU_APP_ID,
            "app_secret": aftersales_sandbox::ESHOUHOU_APP_SECRET,
            "base_url": sandbox.url(),
            "service_space_id": aftersales_sandbox::ESHOUHOU_SERVICE_SPACE_ID,
            "service_network_id": aftersales_sandbox::ESHOUHOU_HQ_NETWORK_ID,
        });
        merge(&mut config, extra);
        Client::new("eshouhou", &config).unwrap_or_else(|error| panic!("eshouhou client: {error}"))
    }

    pub fn zhibang(sandbox: &Sandbox, extra: Value) -> Client {
        let mut config = json!({
            "base_url": sandbox.url(),
            "username": aftersales_sandbox::ZHIBANG_USER,
            "password": aftersales_sandbox::ZHIBANG_PASSWORD,
        });
        merge(&mut config, extra);
        Client::new("zhibang", &config).unwrap_or_else(|error| panic!("zhibang client: {error}"))
    }

    pub fn provider(&self) -> &'static str {
        self.provider
    }

    /// The raw handle, for exports the helpers here do not wrap.
    pub fn handle(&self) -> *mut c_void {
        self.handle
    }

    /// A report about the client itself, `aftersales_<provider>_client_<report>` (`stats`, `describe`).
    pub fn report(&self, report: &str) -> Value {
        let function = function::<CursorNext>(&format!("aftersales_{}_client_{report}", self.provider));
        // SAFETY: live client.
        take_json(unsafe { function(self.handle) })
    }

    /// The endpoint's own exported function, `aftersales_<provider>_<name>`.
    pub fn endpoint(&self, name: &str, params: &Value) -> Value {
        let function = function::<EndpointFn>(&format!("aftersales_{}_{name}", self.provider));
        let params = c_string(&params.to_string());
        // SAFETY: live handle and valid string.
        let envelope = take_json(unsafe { function(self.handle, params.as_ptr()) });
        assert_no_secret(&envelope);
        envelope
    }

    /// `aftersales_<provider>_call` with a raw params text (or NULL).
    pub fn call_raw(&self, endpoint: Option<&str>, params: Option<&[u8]>) -> Value {
        let call = function::<CallFn>(&format!("aftersales_{}_call", self.provider));
        let endpoint = endpoint.map(c_string);
        let params = params.map(|bytes| CString::new(bytes).expect("no NUL"));
        let endpoint_ptr = endpoint.as_ref().map_or(std::ptr::null(), |text| text.as_ptr());
        let params_ptr = params.as_ref().map_or(std::ptr::null(), |text| text.as_ptr());
        // SAFETY: live handle; strings valid or NULL.
        take_json(unsafe { call(self.handle, endpoint_ptr, params_ptr) })
    }

    pub fn call(&self, endpoint: &str, params: &Value) -> Value {
        let envelope = self.call_raw(Some(endpoint), Some(params.to_string().as_bytes()));
        assert_no_secret(&envelope);
        envelope
    }

    pub fn cursor(&self, endpoint: &str, params: &Value) -> Cursor {
        let new = function::<CursorNew>(&format!("aftersales_{}_cursor_new", self.provider));
        let (endpoint, params) = (c_string(endpoint), c_string(&params.to_string()));
        // SAFETY: live handle and valid strings.
        let handle = unsafe { new(self.handle, endpoint.as_ptr(), params.as_ptr()) };
        assert!(!handle.is_null(), "cursor_new never returns NULL");
        Cursor { provider: self.provider, handle }
    }

    pub fn list_all(&self, endpoint: &str, params: &Value, max_pages: u32) -> Value {
        let all = function::<ListAll>(&format!("aftersales_{}_list_all", self.provider));
        let (endpoint, params) = (c_string(endpoint), c_string(&params.to_string()));
        // SAFETY: live handle and valid strings.
        take_json(unsafe { all(self.handle, endpoint.as_ptr(), params.as_ptr(), max_pages) })
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let free = function::<FreeHandle>(&format!("aftersales_{}_client_free", self.provider));
        // SAFETY: the handle is live and freed once.
        unsafe { free(self.handle) };
    }
}

/// A cursor handle, freed on drop.
pub struct Cursor {
    provider: &'static str,
    handle: *mut c_void,
}

impl Cursor {
    pub fn next_page(&self) -> Value {
        let next = function::<CursorNext>(&format!("aftersales_{}_cursor_next", self.provider));
        // SAFETY: live cursor.
        take_json(unsafe { next(self.handle) })
    }

    /// Every page until `meta.done`, checking each is a success.
    pub fn pages(&self) -> Vec<Value> {
        let mut pages = Vec::new();
        loop {
            let page = ok(self.next_page());
            let done = page["meta"]["done"] == json!(true);
            pages.push(page);
            if done {
                return pages;
            }
        }
    }
}

impl Drop for Cursor {
    fn drop(&mut self) {
        let free = function::<FreeHandle>(&format!("aftersales_{}_cursor_free", self.provider));
        // SAFETY: the cursor is live and freed once.
        unsafe { free(self.handle) };
    }
}

fn merge(config: &mut Value, extra: Value) {
    if let (Value::Object(config), Value::Object(extra)) = (config, extra) {
        config.extend(extra);
    }
}

pub fn sandbox() -> Sandbox {
    sandbox_with(SandboxConfig::default())
}

pub fn sandbox_with(config: SandboxConfig) -> Sandbox {
    Sandbox::start(config).expect("sandbox starts on loopback")
}
