using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AfterSales.Native;

namespace AfterSales
{
    /// <summary>
    /// What <see cref="AfterSalesClient"/> does with its native client, for either provider: the client's lifetime,
    /// the argument checks, and the calls by endpoint name (<c>Call</c>, <c>CallAsync</c>, <c>Pages</c>, <c>Rows</c>,
    /// <c>OpenCursor</c>, <c>ListAll</c>) through the provider's <see cref="ProviderExports"/>.
    /// </summary>
    /// <remarks>
    /// The native client is held as a <see cref="NativeHandle"/> and passed as one to every call, so the runtime keeps
    /// it alive while a call is in flight: <see cref="Dispose"/> during a call frees it only once the call returns.
    /// </remarks>
    internal sealed class NativeClient
    {
        private readonly ProviderExports exports;
        private readonly string clientName;
        private readonly NativeHandle handle;

        // What the client is never changes, and ToString must work after Dispose too.
        private readonly JsonObject description;

        /// <summary>Creates the native client from the config; nothing is sent.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="config"/> is null.</exception>
        /// <exception cref="AfterSalesInputException">The config is invalid.</exception>
        /// <exception cref="DllNotFoundException">The native library was not found.</exception>
        /// <exception cref="InvalidOperationException">The native library's ABI version does not match this wrapper.</exception>
        /// <param name="exports">The provider's exports.</param>
        /// <param name="clientName">The public client class, as <see cref="ObjectDisposedException"/> and <see cref="Describe"/> name it.</param>
        /// <param name="config">The client's config.</param>
        internal NativeClient(ProviderExports exports, string clientName, object config)
        {
            if (config == null)
            {
                throw new ArgumentNullException("config");
            }

            LibraryLoader.EnsureReady();
            IntPtr error;
            NativeHandle created = exports.NewClient(Utf8Marshal.ToNativeJson(config), out error);
            if (created.IsInvalid)
            {
                created.Dispose();
                throw Envelope.TakeError(error);
            }

            this.exports = exports;
            this.clientName = clientName;
            handle = created;
            description = Envelope.Take(exports.Describe(handle)).Data;
        }

        /// <summary>
        /// The native client, for the generated endpoint methods to pass to their export. Every call takes it here, so
        /// this is also where the library learns which log levels are wanted now.
        /// </summary>
        /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
        internal NativeHandle Handle
        {
            get
            {
                if (handle.IsClosed)
                {
                    throw new ObjectDisposedException(clientName);
                }

                AfterSalesLog.Sync();
                return handle;
            }
        }

        /// <summary>Calls any endpoint by its catalogue name, with this call's options (null: none).</summary>
        internal AfterSalesResponse Call(string endpoint, object parameters, CallOptions options)
        {
            byte[] name = RequireEndpoint(endpoint);
            return Envelope.Take(exports.CallWith(Handle, name, Utf8Marshal.ToNativeJson(parameters), CallOptions.ToNativeJson(options), IntPtr.Zero));
        }

        /// <summary>
        /// Starts a call on the library's call threads; the task completes from its callback, and
        /// <paramref name="cancellationToken"/> cancels it. Bad arguments throw here, before anything starts.
        /// </summary>
        internal Task<AfterSalesResponse> CallAsync(string endpoint, object parameters, CallOptions options, CancellationToken cancellationToken)
        {
            byte[] name = RequireEndpoint(endpoint);
            byte[] json = Utf8Marshal.ToNativeJson(parameters);
            byte[] optionsJson = CallOptions.ToNativeJson(options);
            NativeHandle client = Handle;
            return PendingCall.Start(
                client,
                cancellationToken,
                (token, callback, userData) => exports.CallAsync(client, name, json, optionsJson, token, callback, userData));
        }

        /// <summary>
        /// The pages of a list endpoint; the arguments are checked (and the parameters serialized) now, the cursor is
        /// opened when enumeration starts.
        /// </summary>
        internal IEnumerable<JsonObject> Pages(string endpoint, object parameters, CallOptions options)
        {
            byte[] name = RequireEndpoint(endpoint);
            byte[] json = Utf8Marshal.ToNativeJson(parameters);
            byte[] optionsJson = CallOptions.ToNativeJson(options);
            return CursorWalk.Pages(() => NewCursor(name, json, optionsJson, IntPtr.Zero), NextPage);
        }

        /// <summary>The rows of every page of a list endpoint.</summary>
        internal IEnumerable<JsonObject> Rows(string endpoint, object parameters, CallOptions options)
        {
            return CursorWalk.Rows(Pages(endpoint, parameters, options));
        }

        /// <summary>An asynchronous walk over the pages of a list endpoint; its first native cursor is opened now.</summary>
        internal AfterSalesCursor OpenCursor(string endpoint, object parameters, CallOptions options)
        {
            byte[] name = RequireEndpoint(endpoint);
            byte[] optionsJson = CallOptions.ToNativeJson(options);
            return new AfterSalesCursor(
                exports.Provider,
                endpoint,
                parameters,
                (json, token) => NewCursor(name, json, optionsJson, token),
                NextPage);
        }

        /// <summary>Every page of a list endpoint in one response, at most <paramref name="maxPages"/> (0: no limit).</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPages"/> is negative.</exception>
        internal AfterSalesResponse ListAll(string endpoint, object parameters, int maxPages)
        {
            if (maxPages < 0)
            {
                throw new ArgumentOutOfRangeException("maxPages", "maxPages is 0 (no limit) or a positive number");
            }

            byte[] name = RequireEndpoint(endpoint);
            return Envelope.Take(exports.ListAll(Handle, name, Utf8Marshal.ToNativeJson(parameters), (uint)maxPages));
        }

        /// <summary>The client's counters since it was created (<c>aftersales_&lt;provider&gt;_client_stats</c>).</summary>
        internal JsonObject Stats()
        {
            return Envelope.Take(exports.Stats(Handle)).Data;
        }

        /// <summary>The class name, provider, <c>base_url</c>, account or app id and <c>name</c>, and whether it was disposed.</summary>
        internal string Describe()
        {
            // From the library's description, never from the config: that holds the app secret or the password.
            string account = description.ContainsKey("username")
                ? "user=" + description.GetString("username")
                : "app_id=" + description.GetString("app_id");
            string name = description.GetString("name");
            return clientName + " " + description.GetString("provider") + " " + description.GetString("base_url") + " " + account
                + (name == null ? string.Empty : " name=\"" + name + "\"")
                + (handle.IsClosed ? " disposed" : string.Empty);
        }

        /// <summary>Releases the native client; the runtime frees it once calls in flight have returned.</summary>
        internal void Dispose()
        {
            handle.Dispose();
        }

        // A native cursor before its first page, which cancel (when not zero) stops.
        private NativeHandle NewCursor(byte[] endpoint, byte[] paramsJson, byte[] optionsJson, IntPtr cancel)
        {
            NativeHandle cursor = exports.NewCursor(Handle, endpoint, paramsJson, optionsJson, cancel);
            if (cursor.IsInvalid)
            {
                throw new OutOfMemoryException("libaftersales could not allocate a cursor");
            }

            return cursor;
        }

        // The envelope of a cursor's next page; like every call, it first tells the library the log levels wanted now.
        private IntPtr NextPage(NativeHandle cursor)
        {
            AfterSalesLog.Sync();
            return exports.NextPage(cursor);
        }

        private static byte[] RequireEndpoint(string endpoint)
        {
            if (endpoint == null)
            {
                throw new ArgumentNullException("endpoint");
            }

            return Utf8Marshal.ToNative(endpoint);
        }
    }
}
