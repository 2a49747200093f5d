//! libaftersales loaded with `dlopen`, as C, Python and .NET load it: the exported functions the
//! benchmarks call, looked up once so a call costs what it costs a C program, and handles that free
//! themselves.

use std::ffi::{CStr, CString, c_char, c_void};
use std::path::Path;
use std::ptr;

use serde_json::Value;

type NewClient = unsafe extern "C" fn(*const c_char, *mut *mut c_char) -> *mut c_void;
type FreeHandle = unsafe extern "C" fn(*mut c_void);
type EndpointFn = unsafe extern "C" fn(*mut c_void, *const c_char) -> *mut c_char;
type CallFn = unsafe extern "C" fn(*mut c_void, *const c_char, *const c_char) -> *mut c_char;
type CursorNew = unsafe extern "C" fn(*mut c_void, *const c_char, *const c_char) -> *mut c_void;
type CursorNewWith =
    unsafe extern "C" fn(*mut c_void, *const c_char, *const c_char, *const c_char, *mut c_void) -> *mut c_void;
type CursorNext = unsafe extern "C" fn(*mut c_void) -> *mut c_char;
type ListAll = unsafe extern "C" fn(*mut c_void, *const c_char, *const c_char, u32) -> *mut c_char;
type StringFree = unsafe extern "C" fn(*mut c_char);
/// `aftersales_log_callback`.
pub type LogCallback = unsafe extern "C" fn(*mut c_void, u32, *const c_char);
type SetLogCallback = unsafe extern "C" fn(Option<LogCallback>, *mut c_void, u32);

/// `min_level` of `aftersales_set_log_callback`, as include/aftersales.h defines them.
pub const LOG_OFF: u32 = 0;
pub const LOG_ERROR: u32 = 1;
pub const LOG_INFO: u32 = 3;
pub const LOG_DEBUG: u32 = 4;

pub struct Library {
    eshouhou_client_new: NewClient,
    eshouhou_client_free: FreeHandle,
    eshouhou_get_customer_project: EndpointFn,
    zhibang_client_new: NewClient,
    zhibang_client_free: FreeHandle,
    zhibang_call: CallFn,
    zhibang_cursor_new: CursorNew,
    zhibang_cursor_new_with: CursorNewWith,
    zhibang_cursor_next: CursorNext,
    zhibang_cursor_free: FreeHandle,
    zhibang_list_all: ListAll,
    string_free: StringFree,
    set_log_callback: SetLogCallback,
    // Declared last so it is dropped last: the function pointers above point into it.
    _library: libloading::Library,
}

/// A function of `library` by name, as the header declares it.
///
/// # Safety
/// `T` must be the function's type as declared in include/aftersales.h.
unsafe fn function<T: Copy>(library: &libloading::Library, name: &str) -> Result<T, String> {
    // SAFETY: forwarded from the caller.
    unsafe { library.get::<T>(name.as_bytes()) }
        .map(|symbol| *symbol)
        .map_err(|error| format!("libaftersales does not export {name}: {error}"))
}

impl Library {
    pub fn load(path: &Path) -> Result<Library, String> {
        // SAFETY: loading libaftersales runs no initialisation code with preconditions.
        let library = unsafe { libloading::Library::new(path) }
            .map_err(|error| format!("cannot load {}: {error}", path.display()))?;
        // SAFETY: each type below is the one include/aftersales.h declares for that name.
        unsafe {
            Ok(Library {
                eshouhou_client_new: function(&library, "aftersales_eshouhou_client_new")?,
                eshouhou_client_free: function(&library, "aftersales_eshouhou_client_free")?,
                eshouhou_get_customer_project: function(&library, "aftersales_eshouhou_get_customer_project")?,
                zhibang_client_new: function(&library, "aftersales_zhibang_client_new")?,
                zhibang_client_free: function(&library, "aftersales_zhibang_client_free")?,
                zhibang_call: function(&library, "aftersales_zhibang_call")?,
                zhibang_cursor_new: function(&library, "aftersales_zhibang_cursor_new")?,
                zhibang_cursor_new_with: function(&library, "aftersales_zhibang_cursor_new_with")?,
                zhibang_cursor_next: function(&library, "aftersales_zhibang_cursor_next")?,
                zhibang_cursor_free: function(&library, "aftersales_zhibang_cursor_free")?,
                zhibang_list_all: function(&library, "aftersales_zhibang_list_all")?,
                string_free: function(&library, "aftersales_string_free")?,
                set_log_callback: function(&library, "aftersales_set_log_callback")?,
                _library: library,
            })
        }
    }

    pub fn eshouhou_client(&self, config: &Value) -> Result<Client<'_>, String> {
        self.client(Provider::Eshouhou, &c_string(&config.to_string()))
    }

    pub fn zhibang_client(&self, config: &Value) -> Result<Client<'_>, String> {
        self.client(Provider::Zhibang, &c_string(&config.to_string()))
    }

    /// `aftersales_<provider>_client_new` with a config already in C form, so that timing it times the
    /// library alone.
    pub fn client(&self, provider: Provider, config: &CStr) -> Result<Client<'_>, String> {
        let (new, free) = match provider {
            Provider::Eshouhou => (self.eshouhou_client_new, self.eshouhou_client_free),
            Provider::Zhibang => (self.zhibang_client_new, self.zhibang_client_free),
        };
        let mut error: *mut c_char = ptr::null_mut();
        // SAFETY: a NUL-terminated config and a writable out-pointer.
        let handle = unsafe { new(config.as_ptr(), &mut error) };
        if handle.is_null() {
            return Err(Envelope { library: self, text: error }.as_str().to_owned());
        }
        Ok(Client { library: self, handle, free })
    }

    /// `aftersales_set_log_callback`: the process-wide log callback, or none with `None`.
    ///
    /// # Safety
    /// `callback` must be safe to call from any thread with `user_data` until the callback is set again.
    pub unsafe fn set_log_callback(&self, callback: Option<LogCallback>, user_data: *mut c_void, min_level: u32) {
        // SAFETY: forwarded from the caller.
        unsafe { (self.set_log_callback)(callback, user_data, min_level) };
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Provider {
    Eshouhou,
    Zhibang,
}

impl Provider {
    pub const ALL: [Provider; 2] = [Provider::Eshouhou, Provider::Zhibang];

    pub fn name(self) -> &'static str {
        match self {
            Provider::Eshouhou => "eshouhou",
            Provider::Zhibang => "zhibang",
        }
    }

    pub fn parse(name: &str) -> Result<Provider, String> {
        Provider::ALL
            .into_iter()
            .find(|provider| provider.name() == name)
            .ok_or_else(|| format!("unknown provider `{name}`: eshouhou or zhibang"))
    }
}

pub fn c_string(text: &str) -> CString {
    CString::new(text).unwrap_or_default()
}

/// A client handle, freed on drop.
pub struct Client<'a> {
    library: &'a Library,
    handle: *mut c_void,
    free: FreeHandle,
}

// SAFETY: the header documents clients as safe to use from many threads at once.
unsafe impl Send for Client<'_> {}
// SAFETY: as above.
unsafe impl Sync for Client<'_> {}

impl<'a> Client<'a> {
    /// `aftersales_eshouhou_get_customer_project` (on an eshouhou client).
    pub fn get_customer_project(&self, params: &CStr) -> Envelope<'a> {
        // SAFETY: a live eshouhou client and a NUL-terminated string.
        let text = unsafe { (self.library.eshouhou_get_customer_project)(self.handle, params.as_ptr()) };
        Envelope { library: self.library, text }
    }

    /// `aftersales_zhibang_call` (on a Zhibang client).
    pub fn zhibang_call(&self, endpoint: &str, params: &str) -> Envelope<'a> {
        let (endpoint, params) = (c_string(endpoint), c_string(params));
        // SAFETY: a live Zhibang client and NUL-terminated strings.
        let text = unsafe { (self.library.zhibang_call)(self.handle, endpoint.as_ptr(), params.as_ptr()) };
        Envelope { library: self.library, text }
    }

    /// `aftersales_zhibang_cursor_new` (on a Zhibang client).
    pub fn zhibang_cursor(&self, endpoint: &str, params: &str) -> Cursor<'a> {
        let (endpoint, params) = (c_string(endpoint), c_string(params));
        // SAFETY: a live Zhibang client and NUL-terminated strings.
        let handle = unsafe { (self.library.zhibang_cursor_new)(self.handle, endpoint.as_ptr(), params.as_ptr()) };
        Cursor { library: self.library, handle }
    }

    /// `aftersales_zhibang_cursor_new_with` without a cancel token (on a Zhibang client).
    pub fn zhibang_cursor_with(&self, endpoint: &str, params: &str, options: &str) -> Cursor<'a> {
        let (endpoint, params, options) = (c_string(endpoint), c_string(params), c_string(options));
        // SAFETY: a live Zhibang client, NUL-terminated strings and no cancel token (NULL is allowed).
        let handle = unsafe {
            (self.library.zhibang_cursor_new_with)(
                self.handle,
                endpoint.as_ptr(),
                params.as_ptr(),
                options.as_ptr(),
                ptr::null_mut(),
            )
        };
        Cursor { library: self.library, handle }
    }

    /// `aftersales_zhibang_list_all` without a page limit (on a Zhibang client).
    pub fn zhibang_list_all(&self, endpoint: &str, params: &str) -> Envelope<'a> {
        let (endpoint, params) = (c_string(endpoint), c_string(params));
        // SAFETY: a live Zhibang client and NUL-terminated strings.
        let text = unsafe { (self.library.zhibang_list_all)(self.handle, endpoint.as_ptr(), params.as_ptr(), 0) };
        Envelope { library: self.library, text }
    }
}

impl Drop for Client<'_> {
    fn drop(&mut self) {
        // SAFETY: the handle is live, no call is in flight (calls borrow the client), and it is freed once.
        unsafe { (self.free)(self.handle) };
    }
}

/// A Zhibang cursor handle, freed on drop.
pub struct Cursor<'a> {
    library: &'a Library,
    handle: *mut c_void,
}

impl<'a> Cursor<'a> {
    pub fn next_page(&mut self) -> Envelope<'a> {
        // SAFETY: a live cursor, used by this thread only.
        let text = unsafe { (self.library.zhibang_cursor_next)(self.handle) };
        Envelope { library: self.library, text }
    }
}

impl Drop for Cursor<'_> {
    fn drop(&mut self) {
        // SAFETY: the cursor is live and freed once.
        unsafe { (self.library.zhibang_cursor_free)(self.handle) };
    }
}

/// An envelope string the library returned, given back to `aftersales_string_free` on drop.
pub struct Envelope<'a> {
    library: &'a Library,
    text: *mut c_char,
}

impl Envelope<'_> {
    /// The envelope text; empty if the library returned NULL (out of memory) or invalid UTF-8.
    pub fn as_str(&self) -> &str {
        if self.text.is_null() {
            return "";
        }
        // SAFETY: a NUL-terminated string owned by this envelope until drop.
        unsafe { CStr::from_ptr(self.text) }.to_str().unwrap_or_default()
    }

    /// Whether it is a success envelope, read from its first bytes as a C caller would (`{"ok":true` comes
    /// first), without measuring the whole string: the call benchmarks time the library, not a `strlen`.
    pub fn is_ok(&self) -> bool {
        const PREFIX: &[u8] = b"{\"ok\":true";
        !self.text.is_null()
            && PREFIX.iter().enumerate().all(|(index, expected)| {
                // SAFETY: the string is NUL-terminated and the walk stops at the first mismatch, which
                // the NUL is, so it never reads past the end.
                let byte = unsafe { *self.text.cast::<u8>().add(index) };
                byte == *expected
            })
    }

    /// `Ok` for a success envelope, else the envelope's text as the error.
    pub fn success(&self) -> Result<(), String> {
        self.is_ok().then_some(()).ok_or_else(|| self.as_str().to_owned())
    }

    /// The envelope parsed, as a caller in any language does next.
    pub fn parse(&self) -> Result<Value, String> {
        serde_json::from_str(self.as_str()).map_err(|error| format!("the envelope is not JSON: {error}"))
    }
}

impl Drop for Envelope<'_> {
    fn drop(&mut self) {
        // SAFETY: a string from the library (or NULL), freed once.
        unsafe { (self.library.string_free)(self.text) };
    }
}
