//! Cancel tokens: made by the host, handed to calls, cancelled from any thread.

use super::boundary;
use crate::cancel::CancelToken;

/// A new cancel token, not cancelled. Hand it to `aftersales_<provider>_call_with`,
/// `_call_async` or `_cursor_new_with`; one token may serve many calls at once. Free it with
/// `aftersales_cancel_token_free`.
///
/// Returns NULL only if memory ran out.
#[unsafe(no_mangle)]
pub extern "C" fn aftersales_cancel_token_new() -> *mut CancelToken {
    Box::into_raw(Box::new(CancelToken::new()))
}

/// Cancels every call that carries the token, those in flight and those started with it later. Callable
/// from any thread, any number of times; a token stays cancelled. NULL is a no-op.
///
/// Pointers: `token` is NULL or a live token from `aftersales_cancel_token_new`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_cancel_token_cancel(token: *mut CancelToken) {
    // SAFETY: the caller guarantees `token` is NULL or live.
    if let Some(token) = unsafe { token.as_ref() } {
        token.cancel();
    }
}

/// Frees a token; NULL is a no-op. Calls in flight that carry it keep their own reference, so freeing it
/// never disturbs them (they can no longer be cancelled through it).
///
/// Pointers: `token` is NULL or a token from `aftersales_cancel_token_new` that was not freed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn aftersales_cancel_token_free(token: *mut CancelToken) {
    // SAFETY: forwarded from the caller.
    unsafe { boundary::free_handle(token) }
}
