using System;
using System.Runtime.InteropServices;

namespace AfterSales.Native
{
    /// <summary>
    /// The exports of libaftersales that are not endpoints (the endpoint exports are generated into
    /// NativeMethods.Endpoints.g.cs). Strings go in as NUL-terminated UTF-8 byte arrays and come back as
    /// <see cref="IntPtr"/> that must be freed with <see cref="aftersales_string_free"/>; no signature returns
    /// <c>bool</c> or <c>string</c>, whose marshalling would guess an encoding or free memory with the wrong allocator.
    /// </summary>
    internal static partial class NativeMethods
    {
        /// <summary>
        /// The file name without prefix or extension: .NET and Mono add <c>lib</c>/<c>.so</c>, <c>.dylib</c> or <c>.dll</c>.
        /// </summary>
        internal const string Library = "aftersales";

        /// <summary>The ABI version this wrapper was written for (AFTERSALES_ABI_VERSION of the header).</summary>
        internal const uint ExpectedAbiVersion = 1;

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr aftersales_version();

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern uint aftersales_abi_version();

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr aftersales_endpoints();

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern void aftersales_string_free(IntPtr text);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern ulong aftersales_live_string_count();

        /// <summary>enum aftersales_error_code is a uint32_t in the header; every number fits an int enum.</summary>
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern AfterSalesErrorCode aftersales_error_code_from_string(byte[] code);

        /// <summary>void (*)(void *user_data, uint32_t level, const char *event_json)</summary>
        [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
        internal delegate void LogCallback(IntPtr userData, uint level, IntPtr eventJson);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern void aftersales_set_log_callback(LogCallback callback, IntPtr userData, uint minLevel);

        /// <summary>void (*)(void *user_data, char *envelope_json): the callback owns the envelope.</summary>
        [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
        internal delegate void CallCallback(IntPtr userData, IntPtr envelopeJson);

        /// <summary>The callbacks of a host's credential store (aftersales_credential_store_callbacks).</summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct StoreCallbacks
        {
            internal StoreGet Get;
            internal StorePut Put;
            internal StoreLock Lock;
            internal StoreUnlock Unlock;
        }

        [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
        internal delegate int StoreGet(IntPtr userData, IntPtr key, IntPtr reply);

        [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
        internal delegate int StorePut(IntPtr userData, IntPtr key, IntPtr value, UIntPtr length);

        [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
        internal delegate int StoreLock(IntPtr userData, IntPtr key, uint timeoutMs);

        [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
        internal delegate int StoreUnlock(IntPtr userData, IntPtr key);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern int aftersales_credential_store_register(byte[] name, ref StoreCallbacks callbacks, IntPtr userData);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern void aftersales_store_reply_set(IntPtr reply, byte[] value, UIntPtr length);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr aftersales_cancel_token_new();

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern void aftersales_cancel_token_cancel(IntPtr token);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern void aftersales_cancel_token_free(IntPtr token);

        // Each provider has the same set of functions under its own names, typed with its own handles: a DllImport
        // binds one C name, so the set is declared once per provider, and ProviderExports.Of gathers each into a table.
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern EshouhouClientHandle aftersales_eshouhou_client_new(byte[] configJson, out IntPtr errorJson);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern void aftersales_eshouhou_client_free(IntPtr client);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr aftersales_eshouhou_client_stats(EshouhouClientHandle client);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr aftersales_eshouhou_client_describe(EshouhouClientHandle client);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr aftersales_eshouhou_call_with(EshouhouClientHandle client, byte[] endpoint, byte[] paramsJson, byte[] optionsJson, IntPtr cancel);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern void aftersales_eshouhou_call_async(EshouhouClientHandle client, byte[] endpoint, byte[] paramsJson, byte[] optionsJson, IntPtr cancel, CallCallback callback, IntPtr userData);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern EshouhouCursorHandle aftersales_eshouhou_cursor_new_with(EshouhouClientHandle client, byte[] endpoint, byte[] paramsJson, byte[] optionsJson, IntPtr cancel);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr aftersales_eshouhou_call(EshouhouClientHandle client, byte[] endpoint, byte[] paramsJson);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern EshouhouCursorHandle aftersales_eshouhou_cursor_new(EshouhouClientHandle client, byte[] endpoint, byte[] paramsJson);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr aftersales_eshouhou_cursor_next(EshouhouCursorHandle cursor);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern void aftersales_eshouhou_cursor_free(IntPtr cursor);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr aftersales_eshouhou_list_all(EshouhouClientHandle client, byte[] endpoint, byte[] paramsJson, uint maxPages);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern ZhibangClientHandle aftersales_zhibang_client_new(byte[] configJson, out IntPtr errorJson);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern void aftersales_zhibang_client_free(IntPtr client);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr aftersales_zhibang_client_stats(ZhibangClientHandle client);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr aftersales_zhibang_client_describe(ZhibangClientHandle client);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr aftersales_zhibang_call_with(ZhibangClientHandle client, byte[] endpoint, byte[] paramsJson, byte[] optionsJson, IntPtr cancel);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern void aftersales_zhibang_call_async(ZhibangClientHandle client, byte[] endpoint, byte[] paramsJson, byte[] optionsJson, IntPtr cancel, CallCallback callback, IntPtr userData);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern ZhibangCursorHandle aftersales_zhibang_cursor_new_with(ZhibangClientHandle client, byte[] endpoint, byte[] paramsJson, byte[] optionsJson, IntPtr cancel);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr aftersales_zhibang_call(ZhibangClientHandle client, byte[] endpoint, byte[] paramsJson);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern ZhibangCursorHandle aftersales_zhibang_cursor_new(ZhibangClientHandle client, byte[] endpoint, byte[] paramsJson);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr aftersales_zhibang_cursor_next(ZhibangCursorHandle cursor);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern void aftersales_zhibang_cursor_free(IntPtr cursor);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
        internal static extern IntPtr aftersales_zhibang_list_all(ZhibangClientHandle client, byte[] endpoint, byte[] paramsJson, uint maxPages);
    }
}
