using System;
using System.Collections.Generic;
using AfterSales.Native;

namespace AfterSales
{
    /// <summary>Registration of the host's credential stores (<see cref="ICredentialStore"/>).</summary>
    public static partial class AfterSalesLibrary
    {
        private static readonly object CredentialStoresGate = new object();

        // Every registration ever made: clients created before a name was registered again keep calling the earlier
        // store, so no registration's delegates may ever be collected.
        private static readonly List<CredentialStoreCallbacks> CredentialStores = new List<CredentialStoreCallbacks>();

        /// <summary>
        /// Makes <paramref name="store"/> the credential store <c>callbacks:NAME</c> of this process
        /// (<c>aftersales_credential_store_register</c>): clients created afterwards with
        /// <c>credential_store = "callbacks:NAME"</c> in their config share their Zhibang session or eshouhou token through
        /// it with every process that does the same, so the deployment logs in once. Registering a name again replaces the
        /// store for clients created afterwards.
        /// </summary>
        /// <remarks>
        /// Register once per process (or per AppDomain, before its clients are created) at start-up. The store's methods
        /// run on the threads that make calls. For a store on this machine alone no registration is needed:
        /// <c>credential_store</c> may be a directory path.
        /// </remarks>
        /// <param name="name">The name the configs use after <c>callbacks:</c>, e.g. <c>redis</c>.</param>
        /// <param name="store">The host's store.</param>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="store"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="name"/> is empty or holds a NUL character.</exception>
        /// <exception cref="DllNotFoundException">The native library was not found.</exception>
        /// <exception cref="InvalidOperationException">The library's ABI version does not match this wrapper.</exception>
        public static void RegisterCredentialStore(string name, ICredentialStore store)
        {
            if (name == null)
            {
                throw new ArgumentNullException(nameof(name));
            }

            if (store == null)
            {
                throw new ArgumentNullException(nameof(store));
            }

            if (name.Length == 0)
            {
                throw new ArgumentException("A credential store name must not be empty", nameof(name));
            }

            byte[] nativeName = Utf8Marshal.ToNative(name);
            LibraryLoader.EnsureReady();
            var callbacks = new CredentialStoreCallbacks(name, store);
            lock (CredentialStoresGate)
            {
                CredentialStores.Add(callbacks);
                NativeMethods.StoreCallbacks table = callbacks.Table;
                if (NativeMethods.aftersales_credential_store_register(nativeName, ref table, IntPtr.Zero) != 0)
                {
                    throw new ArgumentException("libaftersales refused the credential store name " + name, nameof(name));
                }
            }
        }
    }
}
