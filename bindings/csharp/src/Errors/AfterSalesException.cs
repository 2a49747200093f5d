using System;

namespace AfterSales
{
    /// <summary>
    /// A call failed. Catch a subclass for one family of errors (<see cref="AfterSalesInputException"/>,
    /// <see cref="AfterSalesAuthException"/>, <see cref="AfterSalesTransportException"/>,
    /// <see cref="AfterSalesVendorException"/>, <see cref="AfterSalesDecodeException"/>,
    /// <see cref="AfterSalesInternalException"/>) or for one code that needs its own handling
    /// (<see cref="AfterSalesOutcomeUnknownException"/>), or switch on <see cref="Code"/> for one error.
    /// </summary>
    /// <remarks>
    /// The message never contains an app secret, password, token or session value, so it is safe to log.
    /// An error family this version does not know yet arrives as this base class, with its <see cref="Family"/>.
    /// </remarks>
    public class AfterSalesException : Exception
    {
        /// <summary>Creates an exception, e.g. to stand in for the library in a test of your own code.</summary>
        /// <param name="code">The stable snake_case error code, e.g. <c>credentials_rejected</c>.</param>
        /// <param name="family">The family: input, auth, transport, vendor, decode or internal.</param>
        /// <param name="message">What went wrong, in English, with the vendor's text where there is one.</param>
        /// <param name="retryable">Whether the same call may succeed if made again later.</param>
        public AfterSalesException(string code, string family, string message, bool retryable)
            : base(message)
        {
            Code = code;
            Family = family;
            Retryable = retryable;
        }

        /// <summary>The stable error code (<c>unknown_parameter</c>, <c>timeout</c>, <c>vendor_error</c>, ...); codes never change once released.</summary>
        public string Code { get; private set; }

        /// <summary>The error family: <c>input</c>, <c>auth</c>, <c>transport</c>, <c>vendor</c>, <c>decode</c> or <c>internal</c>.</summary>
        public string Family { get; private set; }

        /// <summary>Whether the same call may succeed if made again later (e.g. a timeout); the library has already retried where that is safe.</summary>
        public bool Retryable { get; private set; }

        /// <summary>The parameter or config key at fault, for input errors (e.g. <c>projectId</c> or <c>condition.state</c>); otherwise null.</summary>
        public string Parameter { get; internal set; }

        /// <summary>The HTTP status of the answer, for <c>http_status</c> and <c>server_unavailable</c> errors (the last one); otherwise null.</summary>
        public int? HttpStatus { get; internal set; }

        /// <summary>The vendor's own result code or status, as text (eshouhou <c>ResultCode</c>, Zhibang <c>status</c> or <c>Code</c>); otherwise null.</summary>
        public string VendorCode { get; internal set; }

        /// <summary>The vendor's own error text, verbatim (e.g. <c>用户名或密码错误。</c>); otherwise null.</summary>
        public string VendorMessage { get; internal set; }

        /// <summary>
        /// The id of the failed call, also at the end of <see cref="Exception.Message"/> and on the call's log events
        /// (<see cref="AfterSalesLogEventArgs.RequestId"/>); null for an exception made without a call.
        /// </summary>
        public string RequestId { get; internal set; }

        /// <summary>For <c>captcha_required</c>: the URL of the captcha image to show to a person, whose answer goes to <c>Login(new { rndcode })</c>.</summary>
        public string CaptchaUrl { get; internal set; }
    }
}
