using System;
using AfterSales.Native;

namespace AfterSales
{
    /// <summary>
    /// A client of the Zhibang (智邦国际) ERP after-sales module: one method per endpoint (generated from the
    /// catalogue) with an awaitable <c>…Async</c> twin, and the members of <see cref="AfterSalesClient"/> (a generic
    /// <see cref="AfterSalesClient.Call"/>, <see cref="AfterSalesClient.Pages"/>/<see cref="AfterSalesClient.Rows"/> over
    /// list endpoints, <see cref="AfterSalesClient.CallAsync"/>, <see cref="AfterSalesClient.OpenCursor"/>).
    /// </summary>
    /// <remarks>
    /// The client logs in on the first call, once for all threads, shares the session, and logs in again once when
    /// the server ends it. One instance is safe to use from many threads at once; make one per app and keep it, with
    /// an account of its own (a second login of the same account elsewhere ends this session).
    /// <see cref="AfterSalesClient.Dispose"/> frees the native client once calls in flight have returned; it does not log
    /// out (call <see cref="Logout"/> first to end the session on the server).
    /// </remarks>
    public sealed partial class ZhibangClient : AfterSalesClient
    {
        // The exports behind the constructor and the members of AfterSalesClient; each generated endpoint method calls
        // its own, or call_with and call_async through them for its forms with options.
        private static readonly ProviderExports Exports = ProviderExports.Of<ZhibangClientHandle, ZhibangCursorHandle>(
            "zhibang",
            NativeMethods.aftersales_zhibang_client_new,
            NativeMethods.aftersales_zhibang_call_with,
            NativeMethods.aftersales_zhibang_call_async,
            NativeMethods.aftersales_zhibang_cursor_new_with,
            NativeMethods.aftersales_zhibang_cursor_next,
            NativeMethods.aftersales_zhibang_list_all,
            NativeMethods.aftersales_zhibang_client_stats,
            NativeMethods.aftersales_zhibang_client_describe);

        /// <summary>Creates a client; nothing is sent until the first call.</summary>
        /// <param name="config">
        /// An anonymous object, POCO or dictionary with the config keys: <c>base_url</c> (required, the customer's ZB
        /// server, e.g. <c>http://erp.example.com:8080</c>), <c>username</c> and <c>password</c> (required),
        /// <c>serial_number</c> (the device serial, 1–20 letters or digits; derived from user and server by default),
        /// <c>login_path</c> (<c>/webapi/v3/ov1/login</c>, the default, or <c>/sysa/mobilephone/login.asp</c>),
        /// and <c>verify_writes</c> and the transport keys, both below. Unknown keys are an error, so a typo never falls
        /// back to a default.
        /// <para>
        /// <c>verify_writes</c> (bool, default true): when a write gets no decisive answer (a timeout or reset once it was
        /// sent, a 5xx, an answer that cannot be read, or prose saying neither success nor failure), the client reads the
        /// record back (<c>ServiceHandle</c> through <c>ServiceDetail</c>): the result is <c>outcome</c> <c>succeeded</c>
        /// with <c>verified</c> true when the record shows the write, else <see cref="AfterSalesOutcomeUnknownException"/>
        /// saying what was seen. With false there is no read-back: <see cref="AfterSalesOutcomeUnknownException"/> (or
        /// <c>outcome</c> <c>unconfirmed</c> for such prose) is reported as it came.
        /// </para>
        /// <para>
        /// <c>credential_store</c>: share the session with the clients of the same account and server in other processes
        /// and on other machines, so that they log in once between them: a directory path (this machine), or
        /// <c>callbacks:NAME</c> for an <see cref="ICredentialStore"/> registered with
        /// <see cref="AfterSalesLibrary.RegisterCredentialStore"/>. Default: none.
        /// </para>
        /// <para>
        /// Transport keys: <c>timeout_ms</c> (one request, from connect to the answer's last byte; default 30000),
        /// <c>connect_timeout_ms</c> (default 10000), <c>deadline_ms</c> (the whole call: every attempt, back-off, token
        /// renewal and re-login; default 60000, at most 3600000), <c>retries</c> (how many times a read is retried after
        /// a connect failure, a timeout or HTTP 408/429/502/503/504, a write only when it never left; default 2),
        /// <c>retry_backoff_ms</c> (the ceiling of the first retry's random wait, doubled for each further one; default
        /// 200), <c>max_response_bytes</c> (the largest answer, counted after decompression; default 33554432),
        /// <c>user_agent</c>, <c>proxy</c> (default: the usual proxy environment variables), <c>ca_certificates</c>
        /// (extra trust anchors: PEM text or a PEM file's path) and <c>ca_certificates_only</c> (bool, default false:
        /// trust only <c>ca_certificates</c>, which it then requires).
        /// </para>
        /// </param>
        /// <exception cref="ArgumentNullException"><paramref name="config"/> is null.</exception>
        /// <exception cref="AfterSalesInputException">The config is invalid; <see cref="AfterSalesException.Parameter"/> names the key.</exception>
        /// <exception cref="DllNotFoundException">The native library was not found.</exception>
        /// <exception cref="InvalidOperationException">The native library's ABI version does not match this wrapper.</exception>
        public ZhibangClient(object config)
            : base(Exports, config)
        {
        }

        // The generated endpoint methods pass this to their native function.
        private ZhibangClientHandle Handle
        {
            get { return (ZhibangClientHandle)native.Handle; }
        }
    }
}
