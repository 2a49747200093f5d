using System;
using AfterSales.Native;

namespace AfterSales
{
    /// <summary>
    /// A client of the eshouhou (易售后) open platform: one method per endpoint (generated from the catalogue) with an
    /// awaitable <c>…Async</c> twin, and the members of <see cref="AfterSalesClient"/> (a generic
    /// <see cref="AfterSalesClient.Call"/>, <see cref="AfterSalesClient.Pages"/>/<see cref="AfterSalesClient.Rows"/> over
    /// list endpoints, <see cref="AfterSalesClient.CallAsync"/>, <see cref="AfterSalesClient.OpenCursor"/>).
    /// </summary>
    /// <remarks>
    /// The token is fetched on the first call, shared by all threads, cached and renewed inside. One instance is
    /// safe to use from many threads at once; make one per app and keep it. <see cref="AfterSalesClient.Dispose"/>
    /// frees the native client once calls in flight have returned.
    /// </remarks>
    public sealed partial class EshouhouClient : AfterSalesClient
    {
        // The exports behind the constructor and the members of AfterSalesClient; each generated endpoint method calls
        // its own, or call_with and call_async through them for its forms with options.
        private static readonly ProviderExports Exports = ProviderExports.Of<EshouhouClientHandle, EshouhouCursorHandle>(
            "eshouhou",
            NativeMethods.aftersales_eshouhou_client_new,
            NativeMethods.aftersales_eshouhou_call_with,
            NativeMethods.aftersales_eshouhou_call_async,
            NativeMethods.aftersales_eshouhou_cursor_new_with,
            NativeMethods.aftersales_eshouhou_cursor_next,
            NativeMethods.aftersales_eshouhou_list_all,
            NativeMethods.aftersales_eshouhou_client_stats,
            NativeMethods.aftersales_eshouhou_client_describe);

        /// <summary>Creates a client; nothing is sent until the first call.</summary>
        /// <param name="config">
        /// An anonymous object, POCO or dictionary with the config keys: <c>app_id</c> and <c>app_secret</c>
        /// (required, from 系统设置 → 我的应用), <c>base_url</c> (default <c>https://api.eshouhou.cn</c>),
        /// <c>token_expire_hours</c> (1–24, default 2), <c>service_space_id</c>, <c>service_network_id</c>,
        /// <c>service_network_type</c> (1 headquarters, default, or 2 outlet), and the transport keys below. Unknown
        /// keys are an error, so a typo never falls back to a default.
        /// <para>
        /// <c>credential_store</c>: share the token with the clients of the same app id and server, in other
        /// processes and on other machines: a directory path (this machine), or <c>callbacks:NAME</c> for an
        /// <see cref="ICredentialStore"/> registered with <see cref="AfterSalesLibrary.RegisterCredentialStore"/>.
        /// Default: none.
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
        public EshouhouClient(object config)
            : base(Exports, config)
        {
        }

        // The generated endpoint methods pass this to their native function.
        private EshouhouClientHandle Handle
        {
            get { return (EshouhouClientHandle)native.Handle; }
        }
    }
}
