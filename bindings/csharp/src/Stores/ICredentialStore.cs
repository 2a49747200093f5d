using System;

namespace AfterSales
{
    /// <summary>
    /// A store the clients of several processes or machines share their Zhibang session or eshouhou token through, so
    /// that they log in once between them (a Zhibang account allows one session: each extra login ends another
    /// process's). Register it with <see cref="AfterSalesLibrary.RegisterCredentialStore"/> and name it in the client
    /// config as <c>credential_store = "callbacks:NAME"</c>.
    /// </summary>
    /// <remarks>
    /// Keys are short ASCII names. Values are small JSON documents holding the session or token, its generation and
    /// expiry, never a password or app secret. Every method may be called from any thread that makes calls, several at
    /// once; <see cref="Unlock"/> need not come from the thread that called <see cref="Lock"/>, so use a lock without
    /// thread affinity (<c>SemaphoreSlim</c>, a database row, a Redis key), not <c>Monitor</c>. An exception thrown by a
    /// method is traced on <see cref="AfterSalesLog.Source"/> as a warning and fails the call that needed the store.
    /// </remarks>
    public interface ICredentialStore
    {
        /// <summary>The value stored under <paramref name="key"/>, or null when there is none.</summary>
        /// <param name="key">The entry of one provider, server and account.</param>
        /// <returns>The bytes last stored by <see cref="Put"/>, or null.</returns>
        byte[] Get(string key);

        /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>, replacing what was there; a reader sees the old value or the new one, whole.</summary>
        /// <param name="key">The entry of one provider, server and account.</param>
        /// <param name="value">The JSON bytes to keep.</param>
        void Put(string key, byte[] value);

        /// <summary>
        /// Takes the lock of <paramref name="key"/>, waiting at most <paramref name="timeout"/>. A lock whose holder dies
        /// must free itself (an expiry, a lock bound to the holder's database session), or every process waits for the
        /// dead one.
        /// </summary>
        /// <param name="key">The entry of one provider, server and account.</param>
        /// <param name="timeout">The longest wait (the rest of the call's deadline).</param>
        /// <returns>True when taken, false when the time ran out.</returns>
        bool Lock(string key, TimeSpan timeout);

        /// <summary>Releases the lock of <paramref name="key"/> that <see cref="Lock"/> took.</summary>
        /// <param name="key">The entry of one provider, server and account.</param>
        void Unlock(string key);
    }
}
