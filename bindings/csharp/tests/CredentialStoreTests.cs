using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using AfterSales;
using NUnit.Framework;

namespace AfterSales.Tests
{
    /// <summary>
    /// One login for the whole deployment: clients sharing a credential store, registered by the host
    /// (<see cref="ICredentialStore"/>) or a directory. Several clients of one process stand in for several processes:
    /// each client keeps its own session, so without the store each would log in.
    /// </summary>
    [TestFixture]
    public sealed class CredentialStoreTests
    {
        private const int Clients = 4;

        [SetUp]
        public void ResetSandbox()
        {
            Sandbox.Reset();
        }

        [Test]
        public void ClientsOfOneAccountLogInOnceAndReLogInOnceAfterAKick()
        {
            var store = new MemoryStore();
            string name = UniqueName();
            AfterSalesLibrary.RegisterCredentialStore(name, store);
            List<ZhibangClient> clients = Enumerable.Range(0, Clients).Select(i => Zhibang("callbacks:" + name)).ToList();
            try
            {
                CallOnThreads(clients);
                Assert.AreEqual(1L, Sandbox.Stats().GetInt64("zhibang_logins"), "one login for all the clients");

                Sandbox.Kick(TestClients.ZhibangUser);
                CallOnThreads(clients);
                Assert.AreEqual(2L, Sandbox.Stats().GetInt64("zhibang_logins"), "one re-login for all the clients");
                Assert.AreEqual(2L, clients.Sum(client => client.Stats.GetInt64("logins")));
            }
            finally
            {
                clients.ForEach(client => client.Dispose());
            }

            Assert.AreEqual(store.Locks, store.Unlocks, "every lock taken was released");
            AssertNoSecret(store.Values);
        }

        [Test]
        public void EshouhouClientsFetchOneToken()
        {
            var store = new MemoryStore();
            string name = UniqueName();
            AfterSalesLibrary.RegisterCredentialStore(name, store);
            for (int i = 0; i < Clients; i++)
            {
                JsonObject config = TestClients.EshouhouConfig();
                config["credential_store"] = "callbacks:" + name;
                using (var client = new EshouhouClient(config))
                {
                    Assert.IsNotNull(client.GetServiceSpace().Data);
                }
            }

            Assert.AreEqual(1L, Sandbox.Stats().GetInt64("eshouhou_tokens_issued"));
            AssertNoSecret(store.Values);
        }

        [Test]
        public void ClientsSharingADirectoryLogInOnce()
        {
            string directory = Path.Combine(Path.GetTempPath(), "aftersales-store-" + Guid.NewGuid().ToString("N"));
            try
            {
                List<ZhibangClient> clients = Enumerable.Range(0, Clients).Select(i => Zhibang(directory)).ToList();
                try
                {
                    CallOnThreads(clients);
                }
                finally
                {
                    clients.ForEach(client => client.Dispose());
                }

                Assert.AreEqual(1L, Sandbox.Stats().GetInt64("zhibang_logins"));
                string[] values = Directory.GetFiles(directory, "*.json");
                Assert.AreEqual(1, values.Length, "one file per server and account");
                AssertNoSecret(values.Select(File.ReadAllBytes));
            }
            finally
            {
                Directory.Delete(directory, true);
            }
        }

        [Test]
        public void AStoreThatThrowsFailsTheCallIsTracedAndTheClientRecovers()
        {
            var store = new MemoryStore { Failing = true };
            string name = UniqueName();
            AfterSalesLibrary.RegisterCredentialStore(name, store);
            var traced = new StringWriter();
            var listener = new TextWriterTraceListener(traced);
            AfterSalesLog.Source.Switch.Level = SourceLevels.Warning;
            AfterSalesLog.Source.Listeners.Add(listener);
            try
            {
                using (ZhibangClient client = Zhibang("callbacks:" + name))
                {
                    var error = Assert.Throws<AfterSalesTransportException>(() => client.ServiceList(new { pagesize = 5 }));
                    StringAssert.Contains("credential store failed to lock", error.Message);
                    store.Failing = false;
                    Assert.AreEqual(5, client.ServiceList(new { pagesize = 5 }).Data.GetArray("rows").Count);
                }
            }
            finally
            {
                AfterSalesLog.Source.Listeners.Remove(listener);
                AfterSalesLog.Source.Switch.Level = SourceLevels.Off;
            }

            listener.Flush();
            StringAssert.Contains("credential store " + name + " failed to lock", traced.ToString());
            StringAssert.Contains("the store's server is down", traced.ToString());
        }

        [Test]
        public void NamesAreChecked()
        {
            var unregistered = Assert.Throws<AfterSalesInputException>(() => Zhibang("callbacks:" + UniqueName()));
            Assert.AreEqual("credential_store", unregistered.Parameter);
            Assert.Throws<ArgumentNullException>(() => AfterSalesLibrary.RegisterCredentialStore(null, new MemoryStore()));
            Assert.Throws<ArgumentNullException>(() => AfterSalesLibrary.RegisterCredentialStore(UniqueName(), null));
            Assert.Throws<ArgumentException>(() => AfterSalesLibrary.RegisterCredentialStore(string.Empty, new MemoryStore()));
        }

        private static string UniqueName()
        {
            return "test-" + Guid.NewGuid().ToString("N");
        }

        private static ZhibangClient Zhibang(string credentialStore)
        {
            JsonObject config = TestClients.ZhibangConfig();
            config["credential_store"] = credentialStore;
            return new ZhibangClient(config);
        }

        // Each client calls on a thread of its own, all at once, so their first calls race for the login.
        private static void CallOnThreads(List<ZhibangClient> clients)
        {
            var start = new Barrier(clients.Count);
            var failures = new List<Exception>();
            List<Thread> threads = clients.Select(client => new Thread(() =>
            {
                start.SignalAndWait();
                try
                {
                    for (int i = 0; i < 10; i++)
                    {
                        client.ServiceList(new { pagesize = 5 });
                    }
                }
                catch (Exception error)
                {
                    lock (failures)
                    {
                        failures.Add(error);
                    }
                }
            })).ToList();
            threads.ForEach(thread => thread.Start());
            threads.ForEach(thread => thread.Join());
            Assert.IsEmpty(failures, string.Join("\n", failures.Select(error => error.Message)));
        }

        private static void AssertNoSecret(IEnumerable<byte[]> values)
        {
            foreach (byte[] value in values)
            {
                string text = Encoding.UTF8.GetString(value);
                Assert.IsFalse(text.Contains(TestClients.ZhibangPassword), "a stored value holds the password");
                Assert.IsFalse(text.Contains(TestClients.AppSecret), "a stored value holds the app secret");
            }
        }

        /// <summary>A store in a dictionary, with a <see cref="SemaphoreSlim"/> per key (no thread affinity).</summary>
        private sealed class MemoryStore : ICredentialStore
        {
            private readonly Dictionary<string, byte[]> values = new Dictionary<string, byte[]>();
            private readonly Dictionary<string, SemaphoreSlim> locks = new Dictionary<string, SemaphoreSlim>();
            private int taken;
            private int released;

            internal bool Failing { get; set; }

            internal int Locks
            {
                get { return Volatile.Read(ref taken); }
            }

            internal int Unlocks
            {
                get { return Volatile.Read(ref released); }
            }

            internal List<byte[]> Values
            {
                get
                {
                    lock (values)
                    {
                        return values.Values.ToList();
                    }
                }
            }

            public byte[] Get(string key)
            {
                lock (values)
                {
                    byte[] value;
                    return values.TryGetValue(key, out value) ? value : null;
                }
            }

            public void Put(string key, byte[] value)
            {
                lock (values)
                {
                    values[key] = value;
                }
            }

            public bool Lock(string key, TimeSpan timeout)
            {
                if (Failing)
                {
                    throw new IOException("the store's server is down");
                }

                if (!Semaphore(key).Wait(timeout))
                {
                    return false;
                }

                Interlocked.Increment(ref taken);
                return true;
            }

            public void Unlock(string key)
            {
                Interlocked.Increment(ref released);
                Semaphore(key).Release();
            }

            private SemaphoreSlim Semaphore(string key)
            {
                lock (locks)
                {
                    SemaphoreSlim semaphore;
                    if (!locks.TryGetValue(key, out semaphore))
                    {
                        semaphore = new SemaphoreSlim(1, 1);
                        locks[key] = semaphore;
                    }

                    return semaphore;
                }
            }
        }
    }
}
