namespace AfterSales
{
    /// <summary>The arguments were refused before anything was sent: unknown, missing, mistyped or too long parameters (see <see cref="AfterSalesException.Parameter"/>), invalid JSON, an unknown endpoint, a bad client config. Fix the call; retrying does not help.</summary>
    public class AfterSalesInputException : AfterSalesException
    {
        /// <summary>Creates an exception of the input family.</summary>
        /// <param name="code">The stable snake_case error code.</param>
        /// <param name="message">What went wrong.</param>
        /// <param name="retryable">Whether the same call may succeed if made again later.</param>
        public AfterSalesInputException(string code, string message, bool retryable)
            : base(code, "input", message, retryable)
        {
        }
    }

    /// <summary>The vendor refused the credentials (<c>credentials_rejected</c>, <c>account_disabled</c>), wants a captcha (<c>captcha_required</c>, see <see cref="AfterSalesException.CaptchaUrl"/>), or the token or session could not be renewed (<c>token_expired</c>, <c>session_expired</c>, <c>session_kicked</c>).</summary>
    public class AfterSalesAuthException : AfterSalesException
    {
        /// <summary>Creates an exception of the auth family.</summary>
        /// <param name="code">The stable snake_case error code.</param>
        /// <param name="message">What went wrong.</param>
        /// <param name="retryable">Whether the same call may succeed if made again later.</param>
        public AfterSalesAuthException(string code, string message, bool retryable)
            : base(code, "auth", message, retryable)
        {
        }
    }

    /// <summary>The server could not be reached or answered with a failure at the HTTP level: <c>connect_failed</c>, <c>timeout</c>, <c>tls_failed</c>, <c>http_status</c> and <c>server_unavailable</c> (see <see cref="AfterSalesException.HttpStatus"/>), <c>transport_failed</c>, <c>response_too_large</c>, <c>redirect_refused</c>; and <c>outcome_unknown</c>, a write that may have been done, as the subclass <see cref="AfterSalesOutcomeUnknownException"/>.</summary>
    public class AfterSalesTransportException : AfterSalesException
    {
        /// <summary>Creates an exception of the transport family.</summary>
        /// <param name="code">The stable snake_case error code.</param>
        /// <param name="message">What went wrong.</param>
        /// <param name="retryable">Whether the same call may succeed if made again later.</param>
        public AfterSalesTransportException(string code, string message, bool retryable)
            : base(code, "transport", message, retryable)
        {
        }
    }

    /// <summary>The vendor answered and said no: <c>vendor_error</c> (a non-zero result code or status) or <c>vendor_rejected</c> (Zhibang's prose said it did not save); <see cref="AfterSalesException.VendorCode"/> and <see cref="AfterSalesException.VendorMessage"/> keep its words.</summary>
    public class AfterSalesVendorException : AfterSalesException
    {
        /// <summary>Creates an exception of the vendor family.</summary>
        /// <param name="code">The stable snake_case error code.</param>
        /// <param name="message">What went wrong.</param>
        /// <param name="retryable">Whether the same call may succeed if made again later.</param>
        public AfterSalesVendorException(string code, string message, bool retryable)
            : base(code, "vendor", message, retryable)
        {
        }
    }

    /// <summary>The vendor's answer was not JSON or not the documented shape (<c>invalid_response</c>), e.g. an HTML error page with HTTP 200.</summary>
    public class AfterSalesDecodeException : AfterSalesException
    {
        /// <summary>Creates an exception of the decode family.</summary>
        /// <param name="code">The stable snake_case error code.</param>
        /// <param name="message">What went wrong.</param>
        /// <param name="retryable">Whether the same call may succeed if made again later.</param>
        public AfterSalesDecodeException(string code, string message, bool retryable)
            : base(code, "decode", message, retryable)
        {
        }
    }

    /// <summary>A bug in libaftersales was caught at the boundary (<c>internal_error</c>); the client stays usable. Please report it.</summary>
    public class AfterSalesInternalException : AfterSalesException
    {
        /// <summary>Creates an exception of the internal family.</summary>
        /// <param name="code">The stable snake_case error code.</param>
        /// <param name="message">What went wrong.</param>
        /// <param name="retryable">Whether the same call may succeed if made again later.</param>
        public AfterSalesInternalException(string code, string message, bool retryable)
            : base(code, "internal", message, retryable)
        {
        }
    }
}
