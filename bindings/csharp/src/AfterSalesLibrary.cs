using System;
using AfterSales.Native;

namespace AfterSales
{
    /// <summary>Facts about the loaded native library: versions, the endpoint catalogue and a leak counter.</summary>
    public static partial class AfterSalesLibrary
    {
        /// <summary>The ABI version this wrapper was written for; the library must report the same.</summary>
        public static uint ExpectedAbiVersion
        {
            get { return NativeMethods.ExpectedAbiVersion; }
        }

        /// <summary>The ABI version of the loaded library (<c>aftersales_abi_version</c>), read without the version check.</summary>
        /// <exception cref="DllNotFoundException">The native library was not found.</exception>
        public static uint AbiVersion
        {
            get { return LibraryLoader.AbiVersion(); }
        }

        /// <summary>The library version, <c>MAJOR.MINOR.PATCH</c> (<c>aftersales_version</c>).</summary>
        /// <exception cref="DllNotFoundException">The native library was not found.</exception>
        /// <exception cref="InvalidOperationException">The library's ABI version does not match this wrapper.</exception>
        public static string Version
        {
            get
            {
                LibraryLoader.EnsureReady();

                // A static string owned by the library: copied, never freed.
                return Utf8Marshal.FromNative(NativeMethods.aftersales_version());
            }
        }

        /// <summary>
        /// How many strings the library has handed out that were not freed yet (<c>aftersales_live_string_count</c>).
        /// It returns to its earlier value once everything received was freed, so a growing value means a leak.
        /// </summary>
        /// <exception cref="InvalidOperationException">The library's ABI version does not match this wrapper.</exception>
        public static ulong LiveStringCount
        {
            get
            {
                LibraryLoader.EnsureReady();
                return NativeMethods.aftersales_live_string_count();
            }
        }

        /// <summary>
        /// The endpoint catalogue (<c>aftersales_endpoints</c>): <c>version</c>, <c>abi_version</c>, <c>endpoints</c>
        /// (provider, name, function, title, method, path, doc, writes, paging, result, params with type, required
        /// flag and limits) and <c>error_codes</c> (code, family, retryable, description).
        /// </summary>
        /// <returns>A fresh copy of the catalogue.</returns>
        /// <exception cref="InvalidOperationException">The library's ABI version does not match this wrapper.</exception>
        public static JsonObject Endpoints()
        {
            LibraryLoader.EnsureReady();
            return (JsonObject)Json.Parse(Envelope.TakeString(NativeMethods.aftersales_endpoints()));
        }
    }
}
