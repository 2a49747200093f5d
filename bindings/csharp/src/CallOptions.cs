using System;
using AfterSales.Native;

namespace AfterSales
{
    /// <summary>
    /// What one call (or one walk over pages) sets instead of the client's config: its per-request timeout, its
    /// deadline and its request id. Pass it to any endpoint method, <c>Call</c>, <c>Pages</c>, <c>Rows</c>, their
    /// <c>…Async</c> forms and <c>OpenCursor</c>; null changes nothing.
    /// </summary>
    public sealed class CallOptions
    {
        /// <summary>The limit of one request of this call, instead of the config's <c>timeout_ms</c>.</summary>
        public TimeSpan? Timeout { get; set; }

        /// <summary>The limit of the whole call (every attempt, back-off and re-login), instead of the config's <c>deadline_ms</c>.</summary>
        public TimeSpan? Deadline { get; set; }

        /// <summary>This call's id, 1–64 printable ASCII characters without spaces, in <c>Meta</c>, errors and log events.</summary>
        public string RequestId { get; set; }

        /// <summary>The <c>options_json</c> of the C ABI, or null (none) for null options.</summary>
        internal static byte[] ToNativeJson(CallOptions options)
        {
            if (options == null)
            {
                return null;
            }

            var json = new JsonObject();
            if (options.Timeout.HasValue)
            {
                json["timeout_ms"] = Milliseconds(options.Timeout.Value);
            }

            if (options.Deadline.HasValue)
            {
                json["deadline_ms"] = Milliseconds(options.Deadline.Value);
            }

            if (options.RequestId != null)
            {
                json["request_id"] = options.RequestId;
            }

            return Utf8Marshal.ToNative(json.ToString());
        }

        // Rounded up, so that a limit under a millisecond never becomes 0, which the library refuses.
        private static long Milliseconds(TimeSpan span)
        {
            return (long)Math.Ceiling(span.TotalMilliseconds);
        }
    }
}
