using System;
using System.Runtime.InteropServices;

namespace AfterSales.Native
{
    /// <summary>
    /// The exports of one provider that every client needs besides its endpoints (create, call by name with options,
    /// with a callback, cursor, list-all, stats, description), bound to the provider's own handle types so that an eshouhou handle can never reach a Zhibang
    /// function.
    /// </summary>
    /// <typeparam name="TClient">The provider's client handle.</typeparam>
    /// <typeparam name="TCursor">The provider's cursor handle.</typeparam>
    internal sealed class ProviderExports<TClient, TCursor>
        where TClient : SafeHandle
        where TCursor : SafeHandle
    {
        internal ProviderExports(
            string provider,
            string clientName,
            ClientConstructor createClient,
            CallWithExport callWith,
            CallAsyncExport callAsync,
            CursorNewWithExport newCursor,
            Func<TCursor, IntPtr> nextPage,
            Func<TClient, byte[], byte[], uint, IntPtr> listAll,
            Func<TClient, IntPtr> stats,
            Func<TClient, IntPtr> describe)
        {
            Provider = provider;
            ClientName = clientName;
            CreateClient = createClient;
            CallWith = callWith;
            CallAsync = callAsync;
            NewCursor = newCursor;
            NextPage = nextPage;
            ListAll = listAll;
            Stats = stats;
            Describe = describe;
        }

        /// <summary><c>aftersales_&lt;provider&gt;_client_new</c>, which reports a bad config through its out parameter.</summary>
        internal delegate TClient ClientConstructor(byte[] configJson, out IntPtr errorJson);

        /// <summary><c>aftersales_&lt;provider&gt;_call_with</c>.</summary>
        internal delegate IntPtr CallWithExport(TClient client, byte[] endpoint, byte[] paramsJson, byte[] optionsJson, IntPtr cancel);

        /// <summary><c>aftersales_&lt;provider&gt;_call_async</c>.</summary>
        internal delegate void CallAsyncExport(
            TClient client, byte[] endpoint, byte[] paramsJson, byte[] optionsJson, IntPtr cancel, NativeMethods.CallCallback callback, IntPtr userData);

        /// <summary><c>aftersales_&lt;provider&gt;_cursor_new_with</c>.</summary>
        internal delegate TCursor CursorNewWithExport(TClient client, byte[] endpoint, byte[] paramsJson, byte[] optionsJson, IntPtr cancel);

        /// <summary>The provider's name in the catalogue: <c>eshouhou</c> or <c>zhibang</c>.</summary>
        internal string Provider { get; private set; }

        /// <summary>The public client class, as <see cref="ObjectDisposedException"/> names it.</summary>
        internal string ClientName { get; private set; }

        /// <summary><c>aftersales_&lt;provider&gt;_client_new</c>.</summary>
        internal ClientConstructor CreateClient { get; private set; }

        /// <summary><c>aftersales_&lt;provider&gt;_call_with</c>: any endpoint by its catalogue name, with options and a cancel token.</summary>
        internal CallWithExport CallWith { get; private set; }

        /// <summary><c>aftersales_&lt;provider&gt;_call_async</c>: the same, its envelope handed to a callback on a library thread.</summary>
        internal CallAsyncExport CallAsync { get; private set; }

        /// <summary><c>aftersales_&lt;provider&gt;_cursor_new_with</c>.</summary>
        internal CursorNewWithExport NewCursor { get; private set; }

        /// <summary><c>aftersales_&lt;provider&gt;_cursor_next</c>.</summary>
        internal Func<TCursor, IntPtr> NextPage { get; private set; }

        /// <summary><c>aftersales_&lt;provider&gt;_list_all</c>.</summary>
        internal Func<TClient, byte[], byte[], uint, IntPtr> ListAll { get; private set; }

        /// <summary><c>aftersales_&lt;provider&gt;_client_stats</c>.</summary>
        internal Func<TClient, IntPtr> Stats { get; private set; }

        /// <summary><c>aftersales_&lt;provider&gt;_client_describe</c>.</summary>
        internal Func<TClient, IntPtr> Describe { get; private set; }
    }
}
