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
        /// A <see cref="EshouhouClientConfig"/> (one documented property per config key, generated from the library's
        /// catalogue), or an anonymous object, POCO or dictionary with the same keys. Unknown keys are an error, so a
        /// typo never falls back to a default. <c>credential_store</c> names a directory or <c>callbacks:NAME</c> for an
        /// <see cref="ICredentialStore"/> registered with <see cref="AfterSalesLibrary.RegisterCredentialStore"/>.
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
