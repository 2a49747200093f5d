using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using AfterSales;
using NUnit.Framework;

namespace AfterSales.Tests
{
    /// <summary>
    /// Control over each call: per-call options, the <c>…Async</c> methods on the library's call threads, cancellation
    /// through a <see cref="CancellationToken"/> while the sandbox holds the request back (a <c>delay</c> fault), and
    /// the awaited cursor.
    /// </summary>
    [TestFixture]
    public sealed class ControlTests
    {
        private const string ServiceListPath = "/sysa/mobilephone/salesmanage/service/list.asp";
        private const string ServiceHandlePath = "/sysa/mobilephone/salesmanage/service/chuli.asp";
        private const int HeldMs = 10000;
        private const int CancelAfterMs = 300;
        private static readonly TimeSpan Prompt = TimeSpan.FromMilliseconds(200);

        [SetUp]
        public void ResetSandbox()
        {
            Sandbox.Reset();
        }

        [Test]
        public void EveryEndpointMethodHasAnAsyncTwin()
        {
            foreach (Type client in new[] { typeof(EshouhouClient), typeof(ZhibangClient) })
            {
                foreach (MethodInfo method in client.GetMethods().Where(m => Attribute.IsDefined(m, typeof(EndpointAttribute))))
                {
                    MethodInfo twin = client.GetMethod(method.Name + "Async");
                    Assert.IsNotNull(twin, client.Name + "." + method.Name + "Async");
                    Assert.AreEqual(typeof(Task<AfterSalesResponse>), twin.ReturnType);
                    CollectionAssert.AreEqual(
                        new[] { typeof(object), typeof(CallOptions), typeof(CancellationToken) },
                        twin.GetParameters().Select(p => p.ParameterType).ToArray());
                    CollectionAssert.AreEqual(
                        new[] { typeof(object), typeof(CallOptions) },
                        method.GetParameters().Select(p => p.ParameterType).ToArray());
                }
            }
        }

        [Test]
        public void RequestIdComesBackInMetaOfSyncAsyncAndPagedCalls()
        {
            using (ZhibangClient client = TestClients.Zhibang())
            {
                Assert.AreEqual("erp-1", client.ServiceList(new { pagesize = 2 }, new CallOptions { RequestId = "erp-1" }).RequestId);
                Assert.AreEqual("erp-2", client.Call("service_list", new { pagesize = 2 }, new CallOptions { RequestId = "erp-2" }).RequestId);
                Assert.AreEqual("erp-3", client.ServiceListAsync(new { pagesize = 2 }, new CallOptions { RequestId = "erp-3" }).Result.RequestId);
                Assert.AreEqual("erp-4", client.CallAsync("dept_list", null, new CallOptions { RequestId = "erp-4" }).Result.RequestId);
                Assert.AreEqual(3, client.Pages("service_list", new { pagesize = 1000 }, new CallOptions { RequestId = "erp-5" }).Count());
                var refused = Assert.Throws<AfterSalesInputException>(
                    () => client.ServiceList(null, new CallOptions { RequestId = "has space" }));
                Assert.AreEqual("request_id", refused.Parameter);
            }
        }

        [Test]
        public void TimeoutAndDeadlineBoundOneCall()
        {
            using (ZhibangClient client = RetrylessZhibang())
            {
                client.Login();
                foreach (CallOptions options in new[] { new CallOptions { Timeout = TimeSpan.FromMilliseconds(500) }, new CallOptions { Deadline = TimeSpan.FromMilliseconds(700) } })
                {
                    Sandbox.InjectFault(ServiceListPath, "delay", 1, HeldMs);
                    Stopwatch watch = Stopwatch.StartNew();
                    var error = Assert.Throws<AfterSalesTransportException>(() => client.ServiceList(null, options));
                    Assert.AreEqual("timeout", error.Code);
                    Assert.Less(watch.Elapsed, TimeSpan.FromSeconds(3));
                }

                Sandbox.InjectFault(ServiceListPath, "delay", 1, HeldMs);
                var late = Assert.Throws<AfterSalesTransportException>(
                    () => Await(client.ServiceListAsync(null, new CallOptions { Deadline = TimeSpan.FromMilliseconds(500) })));
                Assert.AreEqual("timeout", late.Code);
                Assert.AreEqual(3, client.ServiceList(new { pagesize = 3 }).Data.GetArray("rows").Count);
            }
        }

        [Test]
        public void CancellingTheTokenStopsACallInFlightAndTheClientGoesOn()
        {
            using (ZhibangClient client = RetrylessZhibang())
            using (var source = new CancellationTokenSource())
            {
                client.Login();
                Sandbox.InjectFault(ServiceListPath, "delay", 1, HeldMs);
                Task<AfterSalesResponse> call = client.ServiceListAsync(null, null, source.Token);
                TimeSpan returned = TimeFromCancelToEnd(source, () => Assert.Throws<TaskCanceledException>(() => Await(call)));

                Console.WriteLine("cancel to return: {0:F1} ms", returned.TotalMilliseconds);
                Assert.Less(returned, Prompt);
                Assert.IsTrue(call.IsCanceled);
                Assert.AreEqual(1L, client.Stats.GetObject("errors").GetInt64("cancelled"));
                Assert.AreEqual(3, client.ServiceListAsync(new { pagesize = 3 }).Result.Data.GetArray("rows").Count);
                Assert.AreEqual(3, client.ServiceList(new { pagesize = 3 }).Data.GetArray("rows").Count);
            }
        }

        [Test]
        public void AnAlreadyCancelledTokenSendsNothing()
        {
            using (ZhibangClient client = TestClients.Zhibang())
            {
                client.Login();
                long sent = RequestsTo(ServiceListPath);
                Task<AfterSalesResponse> call = client.CallAsync("service_list", null, null, new CancellationToken(true));
                Assert.Throws<TaskCanceledException>(() => Await(call));
                Assert.AreEqual(sent, RequestsTo(ServiceListPath));
            }
        }

        [Test]
        public void ACancelledWriteThatMayHaveLeftIsAnUnknownOutcome()
        {
            using (ZhibangClient client = RetrylessZhibang())
            using (var source = new CancellationTokenSource())
            {
                string ord = client.ServiceList(new { pagesize = 1 }).Data.GetArray("rows").Objects().First().GetString("ord");
                Sandbox.InjectFault(ServiceHandlePath, "delay", 1, HeldMs);
                Task<AfterSalesResponse> write = client.ServiceHandleAsync(
                    new { ord = ord, cateid = "61", info1 = "取消测试", cate = "69", intro = "171" }, null, source.Token);
                TimeSpan returned = TimeFromCancelToEnd(source, () => Assert.Throws<AfterSalesOutcomeUnknownException>(() => Await(write)));

                Assert.Less(returned, Prompt);
                Assert.IsTrue(write.IsFaulted);
            }
        }

        [Test]
        public void AHundredAsyncCallsOverlapWithoutHoldingPoolThreads()
        {
            const int calls = 100;
            using (ZhibangClient client = TestClients.Zhibang())
            {
                client.Login();
                Sandbox.InjectFault(ServiceListPath, "delay", calls, 300);
                int workers, ports;
                ThreadPool.GetAvailableThreads(out workers, out ports);
                int threadsBefore = ProcessThreads();
                int fewestWorkers = workers;
                int mostThreads = threadsBefore;

                Task<AfterSalesResponse>[] pending = Enumerable.Range(1, calls)
                    .Select(page => client.ServiceListAsync(new { pagesize = 5, pageindex = page }))
                    .ToArray();
                while (!Task.WaitAll(pending, 20))
                {
                    int available;
                    ThreadPool.GetAvailableThreads(out available, out ports);
                    fewestWorkers = Math.Min(fewestWorkers, available);
                    mostThreads = Math.Max(mostThreads, ProcessThreads());
                }

                long overlapped = Sandbox.Stats().GetInt64("max_concurrent_requests") ?? 0;
                Console.WriteLine(
                    "{0} calls: {1} requests at once; pool workers in use at most {2}; process threads {3} before, at most {4} during",
                    calls, overlapped, workers - fewestWorkers, threadsBefore, mostThreads);
                Assert.AreEqual(calls * 5, pending.SelectMany(t => t.Result.Data.GetArray("rows").Objects()).Select(r => r.GetString("ord")).Distinct().Count());
                Assert.GreaterOrEqual(overlapped, 32L, "the calls overlapped");
                Assert.LessOrEqual(workers - fewestWorkers, 2, "no pool thread waits for a call");

                // The library's 64 call threads and 2 I/O threads, and a few of the runtime's own.
                Assert.LessOrEqual(mostThreads - threadsBefore, 64 + 2 + 4);
            }
        }

        [Test]
        public void ACancelledPageLeavesTheCursorOnItAndTheWalkGoesOn()
        {
            using (ZhibangClient client = RetrylessZhibang())
            using (AfterSalesCursor cursor = client.OpenCursor("service_list", new { pagesize = 500 }, new CallOptions { RequestId = "erp-walk" }))
            {
                var pages = new List<AfterSalesResponse> { Await(cursor.NextPageAsync()) };
                Sandbox.InjectFault(ServiceListPath, "delay", 1, HeldMs);
                using (var source = new CancellationTokenSource())
                {
                    Task<AfterSalesResponse> held = cursor.NextPageAsync(source.Token);
                    TimeSpan returned = TimeFromCancelToEnd(source, () => Assert.Catch<OperationCanceledException>(() => Await(held)));
                    Console.WriteLine("page cancel to return: {0:F1} ms", returned.TotalMilliseconds);
                    Assert.Less(returned, Prompt);
                }

                AfterSalesResponse page;
                while ((page = Await(cursor.NextPageAsync())) != null)
                {
                    pages.Add(page);
                }

                CollectionAssert.AreEqual(Enumerable.Range(1, 6).Select(i => (long)i), pages.Select(p => p.Data.GetObject("page").GetInt64("index")));
                Assert.AreEqual(3000, pages.SelectMany(p => p.Data.GetArray("rows").Objects()).Select(r => r.GetString("ord")).Distinct().Count());
                Assert.IsTrue(pages.All(p => p.RequestId == "erp-walk"));
                Assert.IsNull(Await(cursor.NextPageAsync()));
            }
        }

        private static ZhibangClient RetrylessZhibang()
        {
            JsonObject config = TestClients.ZhibangConfig();
            config["retries"] = 0;
            return new ZhibangClient(config);
        }

        // Cancels the source after CancelAfterMs (CancelAfter's timer) and returns how long the end took to come after it.
        private static TimeSpan TimeFromCancelToEnd(CancellationTokenSource source, Action awaitEnd)
        {
            Stopwatch watch = Stopwatch.StartNew();
            long cancelledAt = 0;
            source.Token.Register(() => Interlocked.Exchange(ref cancelledAt, watch.ElapsedTicks));
            source.CancelAfter(CancelAfterMs);
            awaitEnd();
            long end = watch.ElapsedTicks;
            Assert.AreNotEqual(0L, Interlocked.Read(ref cancelledAt), "the call ended before the cancel");
            return TimeSpan.FromSeconds((end - cancelledAt) / (double)Stopwatch.Frequency);
        }

        private static T Await<T>(Task<T> task)
        {
            return task.GetAwaiter().GetResult();
        }

        private static int ProcessThreads()
        {
            using (Process process = Process.GetCurrentProcess())
            {
                return process.Threads.Count;
            }
        }

        private static long RequestsTo(string path)
        {
            return Sandbox.Stats().GetObject("requests").GetInt64(path) ?? 0;
        }
    }
}
