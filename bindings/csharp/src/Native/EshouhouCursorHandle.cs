using Microsoft.Win32.SafeHandles;

namespace AfterSales.Native
{
    /// <summary>
    /// A walk over the pages of an eshouhou list endpoint (<c>aftersales_eshouhou_cursor *</c>); it holds its own reference to the client.
    /// </summary>
    internal sealed class EshouhouCursorHandle : SafeHandleZeroOrMinusOneIsInvalid
    {
        // The marshaller creates the instance when the native function returns the pointer.
        private EshouhouCursorHandle()
            : base(true)
        {
        }

        /// <summary>Frees the eshouhou cursor; the runtime calls this once, after the last call using the handle has returned.</summary>
        /// <returns>Always true: the free function cannot fail.</returns>
        protected override bool ReleaseHandle()
        {
            NativeMethods.aftersales_eshouhou_cursor_free(handle);
            return true;
        }
    }
}
