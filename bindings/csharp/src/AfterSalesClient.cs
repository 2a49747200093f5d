using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AfterSales.Native;

namespace AfterSales
{
    /// <summary>
    /// What every client offers besides its endpoint methods: <see cref="Call"/> and <see cref="CallAsync"/> by catalogue
    /// name, <see cref="Pages"/>, <see cref="Rows"/>, <see cref="OpenCursor"/> and <see cref="ListAll"/> over list
    /// endpoints, <see cref="Stats"/>, <see cref="ToString"/> and <see cref="Dispose"/>. Code that serves both vendors
    /// can hold an <see cref="EshouhouClient"/> or a <see cref="ZhibangClient"/> as this type.
    /// </summary>
    /// <remarks>
    /// One instance is safe to use from many threads at once. The native client is passed to every call as a
    /// <see cref="System.Runtime.InteropServices.SafeHandle"/>, so the runtime keeps it alive while a call is in flight:
    /// <see cref="Dispose"/> during a call frees it only once the call returns.
    /// </remarks>
    public abstract class AfterSalesClient : IDisposable
    {
        /// <summary>
        /// The native client; the generated endpoint methods call through it by this name for their forms with options
        /// and their <c>…Async</c> twins.
        /// </summary>
        private protected readonly NativeClient native;

        // Only the clients of this assembly: each binds its own provider's exports.
        internal AfterSalesClient(ProviderExports exports, object config)
        {
            native = new NativeClient(exports, GetType().Name, config);
        }

        /// <summary>Calls any endpoint by its catalogue name, exactly as its own method would.</summary>
        /// <param name="endpoint">The catalogue name, e.g. <c>get_customer_project</c> (eshouhou) or <c>service_list</c> (Zhibang).</param>
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
        /// <param name="endpoint">The catalogue name, e.g. <c>get_customer_project</c> (eshouhou) or <c>service_list</c> (Zhibang).</param>
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
        /// time. Eshouhou: <c>pageIndex</c> is the first page (default 1), <c>pageSize</c> the page size (default 100);
        /// eshouhou sends no totals, so a short page is the last. Zhibang: <c>pageindex</c> is the first page (default 1)
        /// and <c>pagesize</c> the page size (default 200); <c>user_list</c> calls them <c>page_index</c> and
        /// <c>page_size</c>. The walk ends at the server's page count.
        /// </summary>
        /// <param name="endpoint">A list endpoint, e.g. <c>get_work_orders</c> (eshouhou) or <c>service_list</c> (Zhibang).</param>
        /// <param name="parameters">The endpoint's parameters (filters); null for none.</param>
        /// <param name="options">Each page's timeout, deadline and request id; null for the config's.</param>
        /// <returns>
        /// The <c>data</c> of each page: <c>{"rows", "page"}</c>, and <c>"columns"</c> for Zhibang. Each enumeration walks
        /// anew from the first page.
        /// </returns>
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
        /// <param name="endpoint">A list endpoint, e.g. <c>get_work_orders</c> (eshouhou) or <c>service_list</c> (Zhibang).</param>
        /// <param name="parameters">The endpoint's parameters (filters); null for none.</param>
        /// <param name="options">Each page's timeout, deadline and request id; null for the config's.</param>
        /// <returns>
        /// Each record: from eshouhou with a <c>&lt;Field&gt;Name</c> label beside each documented enum code, from Zhibang
        /// as an object from column id to cell.
        /// </returns>
        /// <exception cref="AfterSalesException">A page failed, thrown by <c>MoveNext</c>, with the rules of <see cref="Pages"/>.</exception>
        public IEnumerable<JsonObject> Rows(string endpoint, object parameters = null, CallOptions options = null)
        {
            return native.Rows(endpoint, parameters, options);
        }

        /// <summary>
        /// Opens an awaited walk over the pages of a list endpoint: call <see cref="AfterSalesCursor.NextPageAsync"/>
        /// until it returns null, and dispose the cursor.
        /// </summary>
        /// <param name="endpoint">A list endpoint, e.g. <c>get_work_orders</c> (eshouhou) or <c>service_list</c> (Zhibang).</param>
        /// <param name="parameters">The endpoint's parameters (filters); null for none.</param>
        /// <param name="options">Each page's timeout, deadline and request id; null for the config's.</param>
        /// <returns>The cursor, before its first page.</returns>
        /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
        public AfterSalesCursor OpenCursor(string endpoint, object parameters = null, CallOptions options = null)
        {
            return native.OpenCursor(endpoint, parameters, options);
        }

        /// <summary>
        /// Fetches every page of a list endpoint into one response whose data is <c>{"rows", "pages", "complete"}</c>
        /// (and <c>"columns"</c> for Zhibang). Prefer <see cref="Rows"/> for long lists: this holds every row in memory.
        /// </summary>
        /// <param name="endpoint">A list endpoint, e.g. <c>get_work_orders</c> (eshouhou) or <c>service_list</c> (Zhibang).</param>
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

        /// <summary>
        /// What the client is, never a secret: e.g. <c>EshouhouClient eshouhou https://api.eshouhou.cn app_id=ysh54dd4f8arinfx</c>
        /// or <c>ZhibangClient zhibang http://erp.example.com:8080 user=api name="erp-sync"</c> (and <c>disposed</c> once it is).
        /// </summary>
        /// <returns>The class, provider, <c>base_url</c>, app id or user name, and <c>name</c> of the config.</returns>
        public override string ToString()
        {
            return native.Describe();
        }

        /// <summary>Frees the native client; a call still in flight finishes first. Calling it again does nothing.</summary>
        public void Dispose()
        {
            native.Dispose();
        }
    }
}
