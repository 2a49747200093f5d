using System;

namespace AfterSales.Native
{
    /// <summary>
    /// The exports of one provider that every client needs besides its endpoints (create, call by name with options,
    /// with a callback, cursor, list-all, stats, description), as one table that <see cref="NativeClient"/> calls for
    /// either provider.
    /// </summary>
    /// <remarks>
    /// <see cref="Of{TClient, TCursor}"/> takes the provider's own functions, typed with its own handles, so the compiler checks that a
    /// table never mixes the providers; the entries then take any <see cref="NativeHandle"/> and cast it back, which holds
    /// because the table's clients and cursors come from its own <see cref="NewClient"/> and <see cref="NewCursor"/>.
    /// </remarks>
    internal sealed class ProviderExports
    {
        private ProviderExports()
        {
        }

        /// <summary><c>aftersales_&lt;provider&gt;_client_new</c>, which reports a bad config through its out parameter.</summary>
        internal delegate THandle ClientConstructor<THandle>(byte[] configJson, out IntPtr errorJson);

        /// <summary><c>aftersales_&lt;provider&gt;_call_async</c>.</summary>
        internal delegate void CallAsyncExport<THandle>(
            THandle client, byte[] endpoint, byte[] paramsJson, byte[] optionsJson, IntPtr cancel, NativeMethods.CallCallback callback, IntPtr userData);

        /// <summary>The provider's name in the catalogue: <c>eshouhou</c> or <c>zhibang</c>.</summary>
        internal string Provider { get; private set; }

        /// <summary><c>aftersales_&lt;provider&gt;_client_new</c>.</summary>
        internal ClientConstructor<NativeHandle> NewClient { get; private set; }

        /// <summary><c>aftersales_&lt;provider&gt;_call_with</c>: any endpoint by its catalogue name, with options and a cancel token.</summary>
        internal Func<NativeHandle, byte[], byte[], byte[], IntPtr, IntPtr> CallWith { get; private set; }

        /// <summary><c>aftersales_&lt;provider&gt;_call_async</c>: the same, its envelope handed to a callback on a library thread.</summary>
        internal CallAsyncExport<NativeHandle> CallAsync { get; private set; }

        /// <summary><c>aftersales_&lt;provider&gt;_cursor_new_with</c>.</summary>
        internal Func<NativeHandle, byte[], byte[], byte[], IntPtr, NativeHandle> NewCursor { get; private set; }

        /// <summary><c>aftersales_&lt;provider&gt;_cursor_next</c>.</summary>
        internal Func<NativeHandle, IntPtr> NextPage { get; private set; }

        /// <summary><c>aftersales_&lt;provider&gt;_list_all</c>.</summary>
        internal Func<NativeHandle, byte[], byte[], uint, IntPtr> ListAll { get; private set; }

        /// <summary><c>aftersales_&lt;provider&gt;_client_stats</c>.</summary>
        internal Func<NativeHandle, IntPtr> Stats { get; private set; }

        /// <summary><c>aftersales_&lt;provider&gt;_client_describe</c>.</summary>
        internal Func<NativeHandle, IntPtr> Describe { get; private set; }

        /// <summary>The table of one provider, from its functions in the order of the properties.</summary>
        /// <typeparam name="TClient">The provider's client handle.</typeparam>
        /// <typeparam name="TCursor">The provider's cursor handle.</typeparam>
        internal static ProviderExports Of<TClient, TCursor>(
            string provider,
            ClientConstructor<TClient> newClient,
            Func<TClient, byte[], byte[], byte[], IntPtr, IntPtr> callWith,
            CallAsyncExport<TClient> callAsync,
            Func<TClient, byte[], byte[], byte[], IntPtr, TCursor> newCursor,
            Func<TCursor, IntPtr> nextPage,
            Func<TClient, byte[], byte[], uint, IntPtr> listAll,
            Func<TClient, IntPtr> stats,
            Func<TClient, IntPtr> describe)
            where TClient : NativeHandle
            where TCursor : NativeHandle
        {
            return new ProviderExports
            {
                Provider = provider,
                NewClient = (byte[] configJson, out IntPtr errorJson) => newClient(configJson, out errorJson),
                CallWith = (client, endpoint, paramsJson, optionsJson, cancel) => callWith((TClient)client, endpoint, paramsJson, optionsJson, cancel),
                CallAsync = (client, endpoint, paramsJson, optionsJson, cancel, callback, userData) =>
                    callAsync((TClient)client, endpoint, paramsJson, optionsJson, cancel, callback, userData),
                NewCursor = (client, endpoint, paramsJson, optionsJson, cancel) => newCursor((TClient)client, endpoint, paramsJson, optionsJson, cancel),
                NextPage = cursor => nextPage((TCursor)cursor),
                ListAll = (client, endpoint, paramsJson, maxPages) => listAll((TClient)client, endpoint, paramsJson, maxPages),
                Stats = client => stats((TClient)client),
                Describe = client => describe((TClient)client),
            };
        }
    }
}
