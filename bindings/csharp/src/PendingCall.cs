using System;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using AfterSales.Native;

namespace AfterSales
{
    /// <summary>
    /// One call started with <c>aftersales_&lt;provider&gt;_call_async</c>: the task its envelope completes, the native
    /// cancel token that a <see cref="CancellationToken"/> cancels, and the client kept alive until the callback ran.
    /// </summary>
    /// <remarks>
    /// No thread waits for the call: it runs on one of the library's call threads, whose callback completes the task.
    /// The callback gets this object back through a <see cref="GCHandle"/> passed as <c>user_data</c>.
    /// </remarks>
    internal sealed class PendingCall
    {
        // One delegate for every call, never collected: the library may call it whenever a call is in flight.
        private static readonly NativeMethods.CallCallback Completed = OnCompleted;

        // Continuations run on the thread pool, never on the library's call thread that completes the task.
        private readonly TaskCompletionSource<AfterSalesResponse> completion =
            new TaskCompletionSource<AfterSalesResponse>(TaskCreationOptions.RunContinuationsAsynchronously);

        private readonly object gate = new object();
        private readonly SafeHandle client;
        private readonly CancellationToken cancellationToken;
        private IntPtr token;
        private CancellationTokenRegistration registration;

        private PendingCall(SafeHandle client, CancellationToken cancellationToken)
        {
            this.client = client;
            this.cancellationToken = cancellationToken;
        }

        /// <summary>Starts the call: <paramref name="start"/> passes the token, callback and user data to the export.</summary>
        /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
        internal static Task<AfterSalesResponse> Start(
            SafeHandle client,
            CancellationToken cancellationToken,
            Action<IntPtr, NativeMethods.CallCallback, IntPtr> start)
        {
            var call = new PendingCall(client, cancellationToken);
            bool added = false;
            client.DangerousAddRef(ref added);
            call.token = NativeMethods.aftersales_cancel_token_new();
            if (call.token == IntPtr.Zero)
            {
                client.DangerousRelease();
                throw new OutOfMemoryException("libaftersales could not allocate a cancel token");
            }

            // Registered before the start, so a token cancelled already reaches the call before it sends anything.
            call.registration = cancellationToken.Register(call.Cancel);
            GCHandle self = GCHandle.Alloc(call);
            try
            {
                start(call.token, Completed, GCHandle.ToIntPtr(self));
            }
            catch
            {
                self.Free();
                call.End();
                throw;
            }

            return call.completion.Task;
        }

        private void Cancel()
        {
            lock (gate)
            {
                if (token != IntPtr.Zero)
                {
                    NativeMethods.aftersales_cancel_token_cancel(token);
                }
            }
        }

        private void End()
        {
            lock (gate)
            {
                NativeMethods.aftersales_cancel_token_free(token);
                token = IntPtr.Zero;
            }

            registration.Dispose();
            client.DangerousRelease();
        }

        // Runs on a library thread: an exception escaping here would end the process, so every outcome completes the task.
        private static void OnCompleted(IntPtr userData, IntPtr envelope)
        {
            GCHandle self = GCHandle.FromIntPtr(userData);
            var call = (PendingCall)self.Target;
            self.Free();
            AfterSalesResponse response = null;
            Exception failure = null;
            try
            {
                response = Envelope.Take(envelope);
            }
            catch (Exception error)
            {
                failure = error;
            }

            call.End();
            var afterSales = failure as AfterSalesException;
            if (afterSales != null && afterSales.Code == "cancelled")
            {
                call.completion.TrySetCanceled(call.cancellationToken);
            }
            else if (failure != null)
            {
                call.completion.TrySetException(failure);
            }
            else
            {
                call.completion.TrySetResult(response);
            }
        }
    }
}
