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
        /// A <see cref="ZhibangClientConfig"/> (one documented property per config key, generated from the library's
        /// catalogue), or an anonymous object, POCO or dictionary with the same keys. Unknown keys are an error, so a
        /// typo never falls back to a default. <c>credential_store</c> names a directory or <c>callbacks:NAME</c> for an
        /// <see cref="ICredentialStore"/> registered with <see cref="AfterSalesLibrary.RegisterCredentialStore"/>.
        /// <para>
        /// With <c>verify_writes</c> (the default), a write without a decisive answer is read back (<c>ServiceHandle</c>
        /// through <c>ServiceDetail</c>): the result is <c>outcome</c> <c>succeeded</c> with <c>verified</c> true when the
        /// record shows the write, else <see cref="AfterSalesOutcomeUnknownException"/> saying what was seen.
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
