"""The exceptions raised for failure envelopes: one class per error family, all under AfterSalesError,
and below them a class for each code that calls for its own handling (OutcomeUnknown, Cancelled).

The class is chosen by the envelope's `code` when the binding has a class for it, else by its `family`,
so a code added to the library later still lands in the right family; the exact code stays available
as `error.code`, and as a number that never changes as `error.error_code` (an `ErrorCode`).
"""

from __future__ import annotations

from typing import Any, Mapping, Optional

# Re-exported: aftersales.errors.ErrorCode is the public name.
from ._error_codes import ErrorCode as ErrorCode


class AfterSalesError(Exception):
    """A call failed. Built from the envelope's `error` object, which `details` keeps in full."""

    def __init__(self, error: Mapping[str, Any]) -> None:
        # The single positional argument keeps the exception picklable (Exception re-creates itself
        # from `args`), e.g. when it crosses a process pool.
        super().__init__(dict(error))
        self.details: dict[str, Any] = dict(error)

    @property
    def code(self) -> str:
        """The library's stable snake_case error code, e.g. `missing_parameter` or `timeout`."""
        return str(self.details.get("code", "unknown"))

    @property
    def error_code(self) -> ErrorCode:
        """The code's stable number (``ErrorCode.UNKNOWN`` for a code this package does not know), e.g. for a
        ``match`` statement."""
        return ErrorCode.of(self.code)

    @property
    def family(self) -> str:
        """input, auth, transport, vendor, decode or internal."""
        return str(self.details.get("family", "unknown"))

    @property
    def message(self) -> str:
        return str(self.details.get("message", ""))

    @property
    def retryable(self) -> bool:
        """True when the same call may succeed if it is simply made again later."""
        return bool(self.details.get("retryable", False))

    @property
    def parameter(self) -> Optional[str]:
        """The parameter or config key at fault, for input errors."""
        return self.details.get("parameter")

    @property
    def http_status(self) -> Optional[int]:
        return self.details.get("http_status")

    @property
    def vendor_code(self) -> Optional[str]:
        """The vendor's own result code or status, as text (e.g. "1", "11", "500")."""
        return self.details.get("vendor_code")

    @property
    def vendor_message(self) -> Optional[str]:
        """The vendor's own error text (usually Chinese), exactly as it sent it."""
        return self.details.get("vendor_message")

    @property
    def captcha_url(self) -> Optional[str]:
        """For `captcha_required`: the image whose text goes into `login(rndcode=...)`."""
        return self.details.get("captcha_url")

    @property
    def request_id(self) -> Optional[str]:
        """The call's id, also at the end of the message and on its log events (None for errors raised
        before a call, e.g. `client_closed`)."""
        return self.details.get("request_id")

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InvalidArgument(AfterSalesError):
    """Bad input, refused before anything was sent: unknown, missing, mistyped or too long parameters."""


class AuthError(AfterSalesError):
    """Credentials rejected, captcha required, account disabled, token or session expired."""


class TransportError(AfterSalesError):
    """The server could not be reached, timed out, failed TLS, answered with an HTTP error status or
    an answer too large, redirected elsewhere, or a write's outcome is unknown (`OutcomeUnknown`)."""


class OutcomeUnknown(TransportError):
    """A write may have been done: it reached the server (or may have), but no decisive answer came back
    (a timeout or reset after sending, a 5xx, a cut-off or unreadable answer, or, after the library read
    the record back, a record that does not show the write).

    Never simply repeat the call: the server may already have done it, and a second save can do it
    twice. Read the record back (e.g. `service_detail` for `service_handle`) and repeat only what it
    shows was not done. `retryable` is always False; the message says what the library saw.
    """


class Cancelled(TransportError):
    """The call was stopped by its CancelToken (or by Ctrl-C, or by cancelling its asyncio task) before it
    could have changed anything; `retryable` is False. A write that may already have left raises
    `OutcomeUnknown` instead."""


class VendorError(AfterSalesError):
    """The vendor answered and said no: a non-zero result code, or Zhibang prose saying it did not save."""


class DecodeError(AfterSalesError):
    """The answer was not JSON or not the documented shape."""


class InternalError(AfterSalesError):
    """A bug inside the native library, caught at its boundary; the client stays usable."""


class ClientClosedError(InvalidArgument):
    """The client (or cursor) was used after close(). Raised by the Python wrapper, never by the library."""

    @classmethod
    def of(cls, what: str) -> ClientClosedError:
        return cls(
            {"code": "client_closed", "family": "input", "message": f"this {what} is closed", "retryable": False}
        )


_CLASS_OF_FAMILY: dict[str, type[AfterSalesError]] = {
    "input": InvalidArgument,
    "auth": AuthError,
    "transport": TransportError,
    "vendor": VendorError,
    "decode": DecodeError,
    "internal": InternalError,
}


_CLASS_OF_CODE: dict[str, type[AfterSalesError]] = {
    "outcome_unknown": OutcomeUnknown,
    "cancelled": Cancelled,
}


def error_from_envelope(error: Mapping[str, Any]) -> AfterSalesError:
    """The exception for a failure envelope's `error` object: the class of its code, else of its family;
    an unknown family gives AfterSalesError."""
    by_code = _CLASS_OF_CODE.get(str(error.get("code")))
    if by_code is not None:
        return by_code(error)
    return _CLASS_OF_FAMILY.get(str(error.get("family")), AfterSalesError)(error)
