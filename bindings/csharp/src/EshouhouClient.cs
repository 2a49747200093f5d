using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AfterSales.Native;

namespace AfterSales
{
    /// <summary>
    /// A client of the eshouhou (易售后) open platform: one method per endpoint (generated from the catalogue), a
    /// generic <see cref="Call"/>, <see cref="Pages"/>/<see cref="Rows"/> over list endpoints, and an awaitable form of each call
    /// (<c>…Async</c>, <see cref="CallAsync"/>, <see cref="OpenCursor"/>).
    /// </summary>
    /// <remarks>
    /// The token is fetched on the first call, shared by all threads, cached and renewed inside. One instance is
    /// safe to use from many threads at once; make one per app and keep it. <see cref="Dispose"/> frees the native
    /// client once calls in flight have returned.
    /// </remarks>
    public sealed partial class EshouhouClient : IDisposable
    {
        // The exports behind the constructor, Call, CallAsync, Pages, Rows, OpenCursor, ListAll, Stats and ToString (each generated endpoint
        // method calls its own, or call_with and call_async with options).
        private static readonly ProviderExports<EshouhouClientHandle, EshouhouCursorHandle> Exports =
            new ProviderExports<EshouhouClientHandle, EshouhouCursorHandle>(
                "eshouhou",
                nameof(EshouhouClient),
                NativeMethods.aftersales_eshouhou_client_new,
                NativeMethods.aftersales_eshouhou_call_with,
                NativeMethods.aftersales_eshouhou_call_async,
                NativeMethods.aftersales_eshouhou_cursor_new_with,
                NativeMethods.aftersales_eshouhou_cursor_next,
                NativeMethods.aftersales_eshouhou_list_all,
                NativeMethods.aftersales_eshouhou_client_stats,
                NativeMethods.aftersales_eshouhou_client_describe);

        private readonly NativeClient<EshouhouClientHandle, EshouhouCursorHandle> native;

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
        {
            native = new NativeClient<EshouhouClientHandle, EshouhouCursorHandle>(Exports, config);
        }

        /// <summary>Calls any endpoint by its catalogue name, exactly as its own method would.</summary>
        /// <param name="endpoint">The catalogue name, e.g. <c>get_customer_project</c>.</param>
        /// <param name="parameters">An anonymous object, POCO or dictionary with the vendor's parameter names; null for none.</param>
        /// <param name="options">This call's timeout, deadline and request id; null for the config's.</param>
        /// <returns>The response; its <see cref="AfterSalesResponse.Data"/> is the endpoint's normalized result.</returns>
        /// <exception cref="AfterSalesException">The call failed; the subclass tells the family (an unknown name is <c>unknown_endpoint</c>).</exception>
        /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
        public AfterSalesResponse Call(string endpoint, object parameters = null, CallOptions options = null)
        {
            return native.Call(endpoint, parameters, options);
        }

        /// <summary>
        /// Calls any endpoint by its catalogue name without holding a thread: the call runs on one of the library's call
        /// threads (at most 64 in the process; more wait their turn) and its callback completes the task.
        /// </summary>
        /// <param name="endpoint">The catalogue name, e.g. <c>get_customer_project</c>.</param>
        /// <param name="parameters">An anonymous object, POCO or dictionary with the vendor's parameter names; null for none.</param>
        /// <param name="options">This call's timeout, deadline and request id; null for the config's.</param>
        /// <param name="cancellationToken">Cancels the call, also while its request is in flight (it ends within milliseconds).</param>
        /// <returns>The response, as <see cref="Call"/> returns it.</returns>
        /// <exception cref="AfterSalesException">The task faults with it when the call failed; <see cref="AfterSalesOutcomeUnknownException"/> for a cancelled write that may have left.</exception>
        /// <exception cref="OperationCanceledException">The task is cancelled (<see cref="TaskCanceledException"/>) when <paramref name="cancellationToken"/> stopped the call.</exception>
        /// <exception cref="ObjectDisposedException">The client was disposed (thrown at once).</exception>
        public Task<AfterSalesResponse> CallAsync(
            string endpoint, object parameters = null, CallOptions options = null, CancellationToken cancellationToken = default(CancellationToken))
        {
            return native.CallAsync(endpoint, parameters, options, cancellationToken);
        }

        /// <summary>
        /// Walks every page of a list endpoint (those whose catalogue entry has <c>paging</c>), one page in memory at a
        /// time. <c>pageIndex</c> is the first page (default 1), <c>pageSize</c> the page size (default 100); eshouhou
        /// sends no totals, so a short page is the last.
        /// </summary>
        /// <param name="endpoint">A list endpoint, e.g. <c>get_work_orders</c>.</param>
        /// <param name="parameters">The endpoint's parameters (filters); null for none.</param>
        /// <param name="options">Each page's timeout, deadline and request id; null for the config's.</param>
        /// <returns>The <c>data</c> of each page: <c>{"rows", "page"}</c>. Each enumeration walks anew from the first page.</returns>
        /// <exception cref="AfterSalesException">
        /// A page failed, thrown by <c>MoveNext</c> (a non-list endpoint fails on the first page). After a retryable
        /// failure (<see cref="AfterSalesException.Retryable"/>) the next <c>MoveNext</c> of the same enumerator asks for
        /// the same page again; any other failure ends the walk and every later <c>MoveNext</c> throws it again without
        /// a request.
        /// </exception>
        /// <exception cref="ObjectDisposedException">The client was disposed before enumeration started.</exception>
        public IEnumerable<JsonObject> Pages(string endpoint, object parameters = null, CallOptions options = null)
        {
            return native.Pages(endpoint, parameters, options);
        }

        /// <summary>The rows of every page of a list endpoint, as <see cref="Pages"/> walks them.</summary>
        /// <param name="endpoint">A list endpoint, e.g. <c>get_work_orders</c>.</param>
        /// <param name="parameters">The endpoint's parameters (filters); null for none.</param>
        /// <param name="options">Each page's timeout, deadline and request id; null for the config's.</param>
        /// <returns>Each record, with a <c>&lt;Field&gt;Name</c> label beside each documented enum code.</returns>
        /// <exception cref="AfterSalesException">A page failed, thrown by <c>MoveNext</c>, with the rules of <see cref="Pages"/>.</exception>
        public IEnumerable<JsonObject> Rows(string endpoint, object parameters = null, CallOptions options = null)
        {
            return native.Rows(endpoint, parameters, options);
        }

        /// <summary>
        /// Opens an awaited walk over the pages of a list endpoint: call <see cref="AfterSalesCursor.NextPageAsync"/>
        /// until it returns null, and dispose the cursor.
        /// </summary>
        /// <param name="endpoint">A list endpoint, e.g. <c>get_work_orders</c>.</param>
        /// <param name="parameters">The endpoint's parameters (filters); null for none.</param>
        /// <param name="options">Each page's timeout, deadline and request id; null for the config's.</param>
        /// <returns>The cursor, before its first page.</returns>
        /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
        public AfterSalesCursor OpenCursor(string endpoint, object parameters = null, CallOptions options = null)
        {
            return native.OpenCursor(endpoint, parameters, options);
        }

        /// <summary>
        /// Fetches every page of a list endpoint into one response whose data is <c>{"rows", "pages", "complete"}</c>.
        /// Prefer <see cref="Rows"/> for long lists: this holds every row in memory.
        /// </summary>
        /// <param name="endpoint">A list endpoint, e.g. <c>get_work_orders</c>.</param>
        /// <param name="parameters">The endpoint's parameters (filters); null for none.</param>
        /// <param name="maxPages">The most pages to fetch, 0 for no limit; <c>complete</c> is false when the limit stopped the walk.</param>
        /// <returns>The response with all rows.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPages"/> is negative.</exception>
        /// <exception cref="AfterSalesException">A page failed.</exception>
        public AfterSalesResponse ListAll(string endpoint, object parameters = null, int maxPages = 0)
        {
            return native.ListAll(endpoint, parameters, maxPages);
        }

        /// <summary>
        /// Counters since the client was created: <c>calls</c>, <c>errors</c> (an object from error code to count),
        /// <c>requests</c>, <c>retries</c>, <c>logins</c>, <c>token_renewals</c>, <c>bytes_in</c>, <c>bytes_out</c>, and
        /// <c>latency_ms</c> (<c>p50</c>, <c>p95</c>, <c>p99</c> of whole calls). A fresh snapshot on each read.
        /// </summary>
        /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
        public JsonObject Stats
        {
            get { return native.Stats(); }
        }

        /// <summary>What the client is, never a secret: e.g. <c>EshouhouClient eshouhou http://erp.example.com:8080 app_id=ysh54dd4f8arinfx name="erp-sync"</c> (and <c>disposed</c> once it is).</summary>
        /// <returns>The provider, <c>base_url</c>, app id and <c>name</c> of the config.</returns>
        public override string ToString()
        {
            return native.Describe(nameof(EshouhouClient));
        }

        /// <summary>Frees the native client; a call still in flight finishes first. Calling it again does nothing.</summary>
        public void Dispose()
        {
            native.Dispose();
        }

        // The generated endpoint methods pass this to their native function.
        private EshouhouClientHandle Handle
        {
            get
            {
                return native.Handle;
            }
        }
    }
}
