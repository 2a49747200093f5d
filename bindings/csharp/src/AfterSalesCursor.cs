using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AfterSales.Native;

namespace AfterSales
{
    /// <summary>
    /// A walk over the pages of a list endpoint, one awaited page at a time: <see cref="NextPageAsync"/> until it
    /// returns null. Made by <c>OpenCursor</c> of a client; dispose it (<c>using</c>) to free the native cursor.
    /// </summary>
    /// <remarks>
    /// <para>
    /// netstandard2.0 with C# 7.2 has no <c>IAsyncEnumerable</c>, so the walk is a cursor object with one awaited
    /// method, the shape of <c>DbDataReader.ReadAsync</c>: a <c>while</c> loop over it reads like <c>await foreach</c>.
    /// </para>
    /// <para>
    /// The C ABI has no asynchronous cursor, so each page's request blocks a thread of its own (a long-running task,
    /// never a thread-pool thread) while it runs. Many concurrent walks are better paged with <c>CallAsync</c> and
    /// explicit page numbers, which hold no thread at all.
    /// </para>
    /// <para>
    /// A page whose <see cref="CancellationToken"/> is cancelled ends in <see cref="OperationCanceledException"/> within
    /// milliseconds, and the cursor stays on that page: the next <see cref="NextPageAsync"/> asks for it again (from a
    /// new native cursor with a fresh cancel token, since a native cursor's token stays cancelled). A failure that is
    /// retryable also leaves the cursor on its page; any other failure ends the walk and is thrown again by every later
    /// call without a request.
    /// </para>
    /// </remarks>
    public sealed class AfterSalesCursor : IDisposable
    {
        private static readonly Lazy<Dictionary<string, string>> IndexParameters =
            new Lazy<Dictionary<string, string>>(ReadIndexParameters);

        private readonly object gate = new object();
        private readonly Func<byte[], IntPtr, NativeHandle> open;
        private readonly Func<NativeHandle, IntPtr> next;
        private readonly byte[] parametersJson;
        private readonly JsonObject filters;
        private readonly string indexParameter;
        private NativeHandle cursor;
        private IntPtr token;
        private long? nextIndex;
        private bool stale;
        private bool finished;
        private bool disposed;
        private JsonObject failure;
        private int fetching;

        internal AfterSalesCursor(
            string provider,
            string endpoint,
            object parameters,
            Func<byte[], IntPtr, NativeHandle> open,
            Func<NativeHandle, IntPtr> next)
        {
            this.open = open;
            this.next = next;
            parametersJson = Utf8Marshal.ToNativeJson(parameters);
            filters = Json.Parse(JsonWriter.Write(parameters ?? new JsonObject())) as JsonObject;
            IndexParameters.Value.TryGetValue(provider + " " + endpoint, out indexParameter);
            Open(parametersJson);
        }

        /// <summary>The next page, or null after the last one.</summary>
        /// <param name="cancellationToken">Cancels this page's request; the cursor stays on the page.</param>
        /// <returns>The page's response: <c>Data</c> holds <c>rows</c>, <c>page</c> (and <c>columns</c> for Zhibang), <c>Meta</c> the call's meta.</returns>
        /// <exception cref="OperationCanceledException">The page's request was cancelled by <paramref name="cancellationToken"/>.</exception>
        /// <exception cref="AfterSalesException">The page failed.</exception>
        /// <exception cref="ObjectDisposedException">The cursor, or its client when a cancelled page is asked for again, was disposed.</exception>
        /// <exception cref="InvalidOperationException">The previous page has not arrived yet.</exception>
        public async Task<AfterSalesResponse> NextPageAsync(CancellationToken cancellationToken = default(CancellationToken))
        {
            if (Interlocked.Exchange(ref fetching, 1) == 1)
            {
                throw new InvalidOperationException("the previous NextPageAsync has not completed: a cursor fetches one page at a time");
            }

            try
            {
                if (failure != null)
                {
                    throw ErrorMapper.FromError(failure);
                }

                if (finished)
                {
                    return null;
                }

                cancellationToken.ThrowIfCancellationRequested();
                NativeHandle current = Current();
                IntPtr envelope;
                using (cancellationToken.Register(CancelPage))
                {
                    envelope = await Task.Factory.StartNew(
                        () => next(current), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
                }

                return Page(envelope, cancellationToken);
            }
            finally
            {
                Volatile.Write(ref fetching, 0);
            }
        }

        /// <summary>Frees the native cursor; a page in flight finishes first. Calling it again does nothing.</summary>
        public void Dispose()
        {
            lock (gate)
            {
                disposed = true;
                FreeNative();
            }
        }

        private static Dictionary<string, string> ReadIndexParameters()
        {
            var parameters = new Dictionary<string, string>();
            foreach (JsonObject endpoint in AfterSalesLibrary.Endpoints().GetArray("endpoints").Objects())
            {
                JsonObject paging = endpoint.GetObject("paging");
                if (paging != null)
                {
                    parameters[endpoint.GetString("provider") + " " + endpoint.GetString("name")] = paging.GetString("index_param");
                }
            }

            return parameters;
        }

        // The native cursor to ask, a new one after a cancelled page: the old one's token stays cancelled.
        private NativeHandle Current()
        {
            lock (gate)
            {
                if (disposed)
                {
                    throw new ObjectDisposedException(nameof(AfterSalesCursor));
                }

                if (stale)
                {
                    FreeNative();
                    if (nextIndex.HasValue && filters != null && indexParameter != null)
                    {
                        filters[indexParameter] = nextIndex.Value;
                        Open(Utf8Marshal.ToNativeJson(filters));
                    }
                    else
                    {
                        Open(parametersJson);
                    }
                }

                return cursor;
            }
        }

        private void Open(byte[] json)
        {
            token = NativeMethods.aftersales_cancel_token_new();
            if (token == IntPtr.Zero)
            {
                throw new OutOfMemoryException("libaftersales could not allocate a cancel token");
            }

            cursor = open(json, token);
            stale = false;
        }

        private void FreeNative()
        {
            if (cursor != null)
            {
                cursor.Dispose();
            }

            NativeMethods.aftersales_cancel_token_free(token);
            token = IntPtr.Zero;
        }

        private void CancelPage()
        {
            lock (gate)
            {
                stale = true;
                if (token != IntPtr.Zero)
                {
                    NativeMethods.aftersales_cancel_token_cancel(token);
                }
            }
        }

        private AfterSalesResponse Page(IntPtr envelope, CancellationToken cancellationToken)
        {
            JsonObject error;
            bool ended;
            AfterSalesResponse page = Envelope.TakePage(envelope, out error, out ended);
            if (ended)
            {
                finished = true;
                failure = error;
                Dispose();
            }

            if (error != null)
            {
                AfterSalesException exception = ErrorMapper.FromError(error);
                if (exception.Code == "cancelled")
                {
                    throw new OperationCanceledException("the page's request was cancelled; the next NextPageAsync asks for it again", exception, cancellationToken);
                }

                throw exception;
            }

            if (page.Data == null)
            {
                return null;
            }

            JsonObject pageInfo = page.Data.GetObject("page");
            long? index = pageInfo == null ? null : pageInfo.GetInt64("index");
            if (index.HasValue)
            {
                nextIndex = index.Value + 1;
            }

            return page;
        }
    }
}
