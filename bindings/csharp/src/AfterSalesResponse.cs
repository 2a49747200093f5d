namespace AfterSales
{
    /// <summary>A successful call: the normalized result and what it took to get it.</summary>
    public sealed class AfterSalesResponse
    {
        internal AfterSalesResponse(JsonObject data, JsonObject meta)
        {
            Data = data;
            Meta = meta;
        }

        /// <summary>
        /// The endpoint's normalized result (<c>data</c> of the envelope); its shape is in each method's documentation
        /// and in the catalogue (<see cref="AfterSalesLibrary.Endpoints"/>).
        /// </summary>
        public JsonObject Data { get; private set; }

        /// <summary>
        /// The call's <c>meta</c>: <c>provider</c>, <c>endpoint</c>, <c>requests</c> (HTTP requests sent, retries and
        /// re-logins included), <c>reauthenticated</c>, <c>elapsed_ms</c>, <c>request_id</c>, and <c>done</c> on cursor
        /// pages.
        /// </summary>
        public JsonObject Meta { get; private set; }

        /// <summary>The call's id (<c>meta.request_id</c>), which its log events carry too (<see cref="AfterSalesLogEventArgs.RequestId"/>).</summary>
        public string RequestId
        {
            get { return Meta.GetString("request_id"); }
        }
    }
}
