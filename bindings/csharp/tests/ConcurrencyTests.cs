using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using AfterSales;
using NUnit.Framework;

namespace AfterSales.Tests
{
    /// <summary>One client shared by 8 threads: every call succeeds and the token or session is fetched once.</summary>
    [TestFixture]
    public sealed class ConcurrencyTests
    {
        private const int Threads = 8;
        private const int CallsPerThread = 25;

        [SetUp]
        public void ResetSandbox()
        {
            Sandbox.Reset();
        }

        [Test]
        public void EightThreadsShareOneEshouhouClient()
        {
            using (EshouhouClient client = TestClients.Eshouhou())
            {
                Func<int, JsonObject>[] calls =
                {
                    i => client.GetServiceSpace().Data,
                    i => client.GetWorkOrders(new { pageSize = 5, pageIndex = 1 + i }).Data,
                    i => client.GetCustomerProject(new { projectId = "a6fa4a6c-f0a8-4684-b09c-880cb29a61b9" }).Data,
                    i => client.Call("search_accessory_list", new { pageSize = 3 }).Data,
                };

                RunOnThreads(calls);

                Assert.AreEqual(1L, Sandbox.Stats().GetInt64("eshouhou_tokens_issued"), "one token for all threads");
            }
        }

        [Test]
        public void EightThreadsShareOneZhibangClient()
        {
            using (ZhibangClient client = TestClients.Zhibang())
            {
                Func<int, JsonObject>[] calls =
                {
                    i => client.ServiceList(new { pagesize = 5, pageindex = 1 + i }).Data,
                    i => client.DeptList().Data,
                    i => client.CustomerDetail(new { ord = 2001 + i }).Data,
                    i => client.Call("user_list", new { page_size = 3 }).Data,
                };

                RunOnThreads(calls);

                JsonObject stats = Sandbox.Stats();
                Assert.AreEqual(1L, stats.GetInt64("zhibang_logins"), "one login shared by all threads");
                Assert.AreEqual(0L, stats.GetInt64("zhibang_login_failures"));
            }
        }

        // All threads start together, so the first calls race for the token or session.
        private static void RunOnThreads(Func<int, JsonObject>[] calls)
        {
            var failures = new ConcurrentQueue<Exception>();
            int succeeded = 0;
            var start = new Barrier(Threads);
            Thread[] threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                for (int i = 0; i < CallsPerThread; i++)
                {
                    try
                    {
                        Assert.IsNotNull(calls[(t + i) % calls.Length](i));
                        Interlocked.Increment(ref succeeded);
                    }
                    catch (Exception error)
                    {
                        failures.Enqueue(error);
                    }
                }
            })).ToArray();

            foreach (Thread thread in threads)
            {
                thread.Start();
            }

            foreach (Thread thread in threads)
            {
                thread.Join();
            }

            CollectionAssert.IsEmpty(failures.Select(error => error.GetType().Name + ": " + error.Message).ToList());
            Assert.AreEqual(Threads * CallsPerThread, succeeded);
        }
    }
}
