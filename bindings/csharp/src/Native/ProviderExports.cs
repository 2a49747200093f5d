using System;
using System.Runtime.InteropServices;

namespace AfterSales.Native
{
    /// <summary>
    /// The exports of one provider that every client needs besides its endpoints (create, call by name, cursor,
    /// list-all, stats, description), bound to the provider's own handle types so that an eshouhou handle can never reach a Zhibang
    /// function.
    /// </summary>
    /// <typeparam name="TClient">The provider's client handle.</typeparam>
    /// <typeparam name="TCursor">The provider's cursor handle.</typeparam>
    internal sealed class ProviderExports<TClient, TCursor>
        where TClient : SafeHandle
        where TCursor : SafeHandle
    {
        internal ProviderExports(
            string clientName,
            ClientConstructor createClient,
            Func<TClient, byte[], byte[], IntPtr> call,
            Func<TClient, byte[], byte[], TCursor> newCursor,
            Func<TCursor, IntPtr> nextPage,
            Func<TClient, byte[], byte[], uint, IntPtr> listAll,
            Func<TClient, IntPtr> stats,
            Func<TClient, IntPtr> describe)
        {
            ClientName = clientName;
            CreateClient = createClient;
            Call = call;
            NewCursor = newCursor;
            NextPage = nextPage;
            ListAll = listAll;
            Stats = stats;
            Describe = describe;
        }

        /// <summary><c>aftersales_&lt;provider&gt;_client_new</c>, which reports a bad config through its out parameter.</summary>
        internal delegate TClient ClientConstructor(byte[] configJson, out IntPtr errorJson);

        /// <summary>The public client class, as <see cref="ObjectDisposedException"/> names it.</summary>
        internal string ClientName { get; private set; }

        /// <summary><c>aftersales_&lt;provider&gt;_client_new</c>.</summary>
        internal ClientConstructor CreateClient { get; private set; }

        /// <summary><c>aftersales_&lt;provider&gt;_call</c>: any endpoint by its catalogue name.</summary>
        internal Func<TClient, byte[], byte[], IntPtr> Call { get; private set; }

        /// <summary><c>aftersales_&lt;provider&gt;_cursor_new</c>.</summary>
        internal Func<TClient, byte[], byte[], TCursor> NewCursor { get; private set; }

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
