using System;
using Microsoft.Win32.SafeHandles;

namespace AfterSales.Native
{
    /// <summary>
    /// An object the library allocated, passed to every call instead of a raw pointer so that the runtime keeps it alive
    /// while a call is in flight: disposing it during a call frees it only once the call returns.
    /// </summary>
    /// <remarks>
    /// Each C type has its own sealed subclass below, so that a function's signature takes only its own kind of object
    /// and the marshaller can create the handle a function returns (it needs a concrete, non-generic type).
    /// </remarks>
    internal abstract class NativeHandle : SafeHandleZeroOrMinusOneIsInvalid
    {
        protected NativeHandle()
            : base(true)
        {
        }

        /// <summary>Frees the object; the runtime calls this once, after the last call using the handle has returned.</summary>
        /// <returns>Always true: the free functions cannot fail.</returns>
        protected sealed override bool ReleaseHandle()
        {
            Free(handle);
            return true;
        }

        /// <summary>Calls the C type's free function.</summary>
        protected abstract void Free(IntPtr pointer);
    }

    /// <summary><c>aftersales_eshouhou_client *</c>.</summary>
    internal sealed class EshouhouClientHandle : NativeHandle
    {
        protected override void Free(IntPtr pointer)
        {
            NativeMethods.aftersales_eshouhou_client_free(pointer);
        }
    }

    /// <summary><c>aftersales_eshouhou_cursor *</c>, a walk over the pages of a list endpoint; it holds its own reference to the client.</summary>
    internal sealed class EshouhouCursorHandle : NativeHandle
    {
        protected override void Free(IntPtr pointer)
        {
            NativeMethods.aftersales_eshouhou_cursor_free(pointer);
        }
    }

    /// <summary><c>aftersales_zhibang_client *</c>.</summary>
    internal sealed class ZhibangClientHandle : NativeHandle
    {
        protected override void Free(IntPtr pointer)
        {
            NativeMethods.aftersales_zhibang_client_free(pointer);
        }
    }

    /// <summary><c>aftersales_zhibang_cursor *</c>, a walk over the pages of a list endpoint; it holds its own reference to the client.</summary>
    internal sealed class ZhibangCursorHandle : NativeHandle
    {
        protected override void Free(IntPtr pointer)
        {
            NativeMethods.aftersales_zhibang_cursor_free(pointer);
        }
    }
}
