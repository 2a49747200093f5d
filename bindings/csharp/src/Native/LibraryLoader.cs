using System;
using System.Globalization;
using System.Threading;

namespace AfterSales.Native
{
    /// <summary>Makes sure the right native library is loaded before the first real call, once per process.</summary>
    internal static class LibraryLoader
    {
        private static readonly object Gate = new object();
        private static bool preloaded;
        private static bool ready;

        /// <summary>
        /// Preloads the library where the runtime would not look by itself (.NET Framework), then checks its ABI version.
        /// </summary>
        /// <exception cref="DllNotFoundException">The native library was not found.</exception>
        /// <exception cref="InvalidOperationException">The native library has another ABI version than this wrapper.</exception>
        internal static void EnsureReady()
        {
            if (Volatile.Read(ref ready))
            {
                return;
            }

            lock (Gate)
            {
                if (ready)
                {
                    return;
                }

                uint abi = AbiVersion();
                if (abi != NativeMethods.ExpectedAbiVersion)
                {
                    throw new InvalidOperationException(string.Format(
                        CultureInfo.InvariantCulture,
                        "The loaded libaftersales has ABI version {0}, but this AfterSales.dll was written for ABI version {1}: deploy the native library that came with this package.",
                        abi,
                        NativeMethods.ExpectedAbiVersion));
                }

                Volatile.Write(ref ready, true);
            }
        }

        /// <summary>The ABI version of the library, loaded from the package's own folders where needed; not checked.</summary>
        /// <exception cref="DllNotFoundException">The native library was not found.</exception>
        internal static uint AbiVersion()
        {
            lock (Gate)
            {
                if (!preloaded)
                {
                    WindowsPreloader.TryPreload();
                    preloaded = true;
                }
            }

            try
            {
                return NativeMethods.aftersales_abi_version();
            }
            catch (DllNotFoundException error)
            {
                throw new DllNotFoundException(
                    "The native library libaftersales was not found. Put aftersales.dll (Windows), libaftersales.so (Linux) or libaftersales.dylib (macOS) next to AfterSales.dll or in runtimes/<rid>/native/ below it; see the package README.",
                    error);
            }
            catch (EntryPointNotFoundException error)
            {
                throw new InvalidOperationException("The loaded aftersales library has no aftersales_abi_version: it is not libaftersales, or a version too old for this wrapper.", error);
            }
        }
    }
}
