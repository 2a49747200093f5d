namespace AfterSales
{
    /// <summary>
    /// A write may have been done (<c>outcome_unknown</c>): it reached the server, or may have, but no decisive answer
    /// came back (a timeout or reset after sending, a 5xx, a cut-off or unreadable answer, or, after the library read
    /// the record back, a record that does not show the write). The message says what the library saw.
    /// </summary>
    /// <remarks>
    /// Never simply repeat the call: the server may already have done it, and a second save can do it twice. Read the
    /// record back (e.g. <c>ServiceDetail</c> for <c>ServiceHandle</c>) and repeat only what it shows was not done.
    /// <see cref="AfterSalesException.Retryable"/> is always false, so a retry policy that honours it leaves it alone;
    /// catch this class before <see cref="AfterSalesTransportException"/>.
    /// </remarks>
    public class AfterSalesOutcomeUnknownException : AfterSalesTransportException
    {
        /// <summary>Creates an exception for an unknown outcome.</summary>
        /// <param name="code">The stable snake_case error code, <c>outcome_unknown</c>.</param>
        /// <param name="message">What was sent and what was seen.</param>
        /// <param name="retryable">Whether the same call may succeed if made again later (false for this code).</param>
        public AfterSalesOutcomeUnknownException(string code, string message, bool retryable)
            : base(code, message, retryable)
        {
        }
    }
}
