// TraceSource.TraceEvent is [Conditional("TRACE")]: defined here, a failing store is traced whatever symbols the
// project is built with (Mono's mcs defines none).
#define TRACE

using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace AfterSales.Native
{
    /// <summary>
    /// The C callbacks (<c>aftersales_credential_store_callbacks</c>) of one registered <see cref="ICredentialStore"/>.
    /// </summary>
    internal sealed class CredentialStoreCallbacks
    {
        // The statuses the library reads from each callback.
        private const int Ok = 0;
        private const int Absent = 1;
        private const int TimedOut = 1;
        private const int Failed = -1;

        private readonly string name;
        private readonly ICredentialStore store;

        // The library keeps pointers to these for the life of the process, and a collected delegate would be a call
        // into freed memory: AfterSalesLibrary keeps every instance, and each instance its delegates.
        private readonly NativeMethods.StoreGet get;
        private readonly NativeMethods.StorePut put;
        private readonly NativeMethods.StoreLock @lock;
        private readonly NativeMethods.StoreUnlock unlock;

        internal CredentialStoreCallbacks(string name, ICredentialStore store)
        {
            this.name = name;
            this.store = store;
            get = Get;
            put = Put;
            @lock = Lock;
            unlock = Unlock;
        }

        internal NativeMethods.StoreCallbacks Table
        {
            get { return new NativeMethods.StoreCallbacks { Get = get, Put = put, Lock = @lock, Unlock = unlock }; }
        }

        private int Get(IntPtr userData, IntPtr key, IntPtr reply)
        {
            return Guarded("read", key, text =>
            {
                byte[] value = store.Get(text);
                if (value == null)
                {
                    return Absent;
                }

                NativeMethods.aftersales_store_reply_set(reply, value, (UIntPtr)value.Length);
                return Ok;
            });
        }

        private int Put(IntPtr userData, IntPtr key, IntPtr value, UIntPtr length)
        {
            return Guarded("write", key, text =>
            {
                var bytes = new byte[checked((int)length.ToUInt64())];
                Marshal.Copy(value, bytes, 0, bytes.Length);
                store.Put(text, bytes);
                return Ok;
            });
        }

        private int Lock(IntPtr userData, IntPtr key, uint timeoutMs)
        {
            return Guarded("lock", key, text => store.Lock(text, TimeSpan.FromMilliseconds(timeoutMs)) ? Ok : TimedOut);
        }

        private int Unlock(IntPtr userData, IntPtr key)
        {
            return Guarded("unlock", key, text =>
            {
                store.Unlock(text);
                return Ok;
            });
        }

        private int Guarded(string operation, IntPtr key, Func<string, int> body)
        {
            // An exception must not unwind into native code (the runtime would end the process): it becomes a failure
            // status, which fails the call that needed the store, and a trace for the host to see why.
            string text = null;
            try
            {
                text = Utf8Marshal.FromNative(key);
                return body(text);
            }
            catch (Exception error)
            {
                try
                {
                    AfterSalesLog.Source.TraceEvent(
                        TraceEventType.Warning, 0, "credential store {0} failed to {1} {2}: {3}", name, operation, text, error);
                }
                catch (Exception)
                {
                    // Nor may a failing listener.
                }

                return Failed;
            }
        }
    }
}
