using Microsoft.Win32.SafeHandles;

namespace AfterSales.Native
{
    /// <summary>
    /// A Zhibang client (<c>aftersales_zhibang_client *</c>). Passed to every call instead of a raw pointer so that the runtime keeps the client alive while a call is in flight: <see cref="ZhibangClient.Dispose"/> during a call frees it only when the call returns.
    /// </summary>
    internal sealed class ZhibangClientHandle : SafeHandleZeroOrMinusOneIsInvalid
    {
        // The marshaller creates the instance when the native function returns the pointer.
        private ZhibangClientHandle()
            : base(true)
        {
        }

        /// <summary>Frees the Zhibang client; the runtime calls this once, after the last call using the handle has returned.</summary>
        /// <returns>Always true: the free function cannot fail.</returns>
        protected override bool ReleaseHandle()
        {
            NativeMethods.aftersales_zhibang_client_free(handle);
            return true;
        }
    }
}
