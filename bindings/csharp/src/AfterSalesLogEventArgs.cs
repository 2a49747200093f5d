using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;

namespace AfterSales
{
    /// <summary>
    /// One log event of the library (see <see cref="AfterSalesLog"/>): its type, the event as the library wrote it, its
    /// parsed fields, and a readable line (<see cref="Message"/>, also <c>ToString()</c>), e.g.
    /// <c>call zhibang service_list ok in 41.0 ms, 2 requests (request 5f1c0a93d2e47b16)</c>.
    /// </summary>
    public sealed class AfterSalesLogEventArgs : EventArgs
    {
        internal AfterSalesLogEventArgs(TraceEventType type, string eventJson, JsonObject fields)
        {
            Type = type;
            EventJson = eventJson;
            Fields = fields;
            Message = Describe(fields);
        }

        /// <summary>The event's level: <c>Error</c>, <c>Warning</c>, <c>Information</c> or <c>Verbose</c> (debug).</summary>
        public TraceEventType Type { get; private set; }

        /// <summary>The event as a JSON object, exactly as the library wrote it.</summary>
        public string EventJson { get; private set; }

        /// <summary>
        /// The event's fields, where they apply: <c>level</c>, <c>event</c>, <c>provider</c>, <c>client</c> (the config's
        /// <c>name</c>), <c>endpoint</c>, <c>method</c>, <c>url</c> (origin and path only), <c>status</c>, <c>attempt</c>,
        /// <c>requests</c>, <c>elapsed_ms</c>, <c>bytes</c>, <c>wait_ms</c>, <c>request_id</c>, <c>code</c>, <c>message</c>.
        /// </summary>
        public JsonObject Fields { get; private set; }

        /// <summary>What happened: <c>call</c>, <c>request</c>, <c>response</c>, <c>retry</c>, <c>login</c>, <c>relogin</c>, <c>token_issued</c>, <c>token_refused</c>, <c>verify</c>, ...</summary>
        public string Name
        {
            get { return Fields.GetString("event"); }
        }

        /// <summary><c>eshouhou</c> or <c>zhibang</c>.</summary>
        public string Provider
        {
            get { return Fields.GetString("provider"); }
        }

        /// <summary>The <c>name</c> of the client's config, or null.</summary>
        public string Client
        {
            get { return Fields.GetString("client"); }
        }

        /// <summary>The endpoint of the call, e.g. <c>service_list</c>.</summary>
        public string Endpoint
        {
            get { return Fields.GetString("endpoint"); }
        }

        /// <summary>The call's id, as in <see cref="AfterSalesResponse.RequestId"/> and <see cref="AfterSalesException.RequestId"/>.</summary>
        public string RequestId
        {
            get { return Fields.GetString("request_id"); }
        }

        /// <summary>The error code of a failed call or attempt, else null.</summary>
        public string Code
        {
            get { return Fields.GetString("code"); }
        }

        /// <summary>The event as one readable line.</summary>
        public string Message { get; private set; }

        /// <summary>The readable line, which is what text trace listeners write.</summary>
        /// <returns><see cref="Message"/>.</returns>
        public override string ToString()
        {
            return Message;
        }

        private static string Describe(JsonObject fields)
        {
            var words = new List<string>();
            foreach (string name in new[] { "event", "provider", "endpoint", "method", "url" })
            {
                if (fields.ContainsKey(name))
                {
                    words.Add(fields.GetString(name));
                }
            }

            bool isCall = fields.GetString("event") == "call";

            // A failed call's message names its status already.
            if (fields.ContainsKey("status") && !isCall)
            {
                words.Add("-> " + fields.GetString("status"));
            }

            if (fields.ContainsKey("attempt"))
            {
                words.Add("attempt " + fields.GetString("attempt"));
            }

            if (isCall)
            {
                words.Add(fields.ContainsKey("code") ? "failed (" + fields.GetString("code") + ")" : "ok");
            }
            else if (fields.ContainsKey("code"))
            {
                words.Add("(" + fields.GetString("code") + ")");
            }

            var figures = new List<string>();
            if (fields.ContainsKey("elapsed_ms"))
            {
                figures.Add("in " + Milliseconds(fields, "elapsed_ms"));
            }

            if (fields.ContainsKey("bytes"))
            {
                figures.Add(fields.GetString("bytes") + " bytes");
            }

            if (fields.ContainsKey("wait_ms"))
            {
                figures.Add("waiting " + Milliseconds(fields, "wait_ms"));
            }

            if (fields.ContainsKey("requests"))
            {
                figures.Add(fields.GetString("requests") + (fields.GetInt64("requests") == 1 ? " request" : " requests"));
            }

            if (figures.Count > 0)
            {
                words.Add(string.Join(", ", figures));
            }

            string line = string.Join(" ", words);
            string message = fields.GetString("message") ?? string.Empty;
            if (message.Length > 0)
            {
                line += ": " + message;
            }

            // The library ends its error messages with the request id already.
            string requestId = fields.GetString("request_id");
            if (!string.IsNullOrEmpty(requestId) && message.IndexOf(requestId, StringComparison.Ordinal) < 0)
            {
                line += " (request " + requestId + ")";
            }

            return line;
        }

        private static string Milliseconds(JsonObject fields, string name)
        {
            return Convert.ToDouble(fields[name], CultureInfo.InvariantCulture).ToString("0.0", CultureInfo.InvariantCulture) + " ms";
        }
    }
}
