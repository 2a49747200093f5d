using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading;
using AfterSales;
using NUnit.Framework;

namespace AfterSales.Tests
{
    /// <summary>Disposal, finalization and the token/session renewals the library does inside.</summary>
    [TestFixture]
    public sealed class LifecycleTests
    {
        [SetUp]
        public void ResetSandbox()
        {
            Sandbox.Reset();
        }

        [Test]
        public void UsingDisposesAndADisposedClientRefusesCalls()
        {
            EshouhouClient client;
            using (client = TestClients.Eshouhou())
            {
                Assert.IsNotNull(client.GetServiceSpace().Data);
            }

            Assert.Throws<ObjectDisposedException>(() => client.GetServiceSpace());
            Assert.Throws<ObjectDisposedException>(() => client.Call("get_service_space"));
            Assert.Throws<ObjectDisposedException>(() => client.Rows("get_products").First());
            Assert.DoesNotThrow(client.Dispose, "a second Dispose does nothing");
        }

        [Test]
        public void BothClientsServeThroughTheirCommonBaseWhichOnlyTheyExtend()
        {
            var clients = new AfterSalesClient[] { TestClients.Eshouhou(), TestClients.Zhibang() };
            var endpoints = new[] { "get_service_space", "dept_list" };
            for (int i = 0; i < clients.Length; i++)
            {
                using (AfterSalesClient client = clients[i])
                {
                    Assert.IsNotNull(client.Call(endpoints[i]).Data);
                    Assert.AreEqual(1L, client.Stats.GetInt64("calls"));
                    StringAssert.StartsWith(client.GetType().Name + " ", client.ToString());
                }

                Assert.Throws<ObjectDisposedException>(() => clients[i].Call(endpoints[i]));
                StringAssert.EndsWith(" disposed", clients[i].ToString());
            }

            Assert.IsFalse(
                typeof(AfterSalesClient).GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                    .Any(constructor => constructor.IsPublic || constructor.IsFamily || constructor.IsFamilyOrAssembly),
                "code outside the assembly cannot derive a client of its own");
        }

        [Test]
        public void DisposeDuringACallWaitsForTheCallToReturn()
        {
            const string slowPath = "/webapi/v3/orgs/dept/list";
            ZhibangClient client = TestClients.Zhibang();
            client.Login();
            Sandbox.InjectFault(slowPath, "delay", 1, 1000);
            AfterSalesResponse response = null;
            Exception failure = null;
            var call = new Thread(() =>
            {
                try
                {
                    response = client.DeptList();
                }
                catch (Exception error)
                {
                    failure = error;
                }
            });

            call.Start();
            WaitUntilTheSandboxHasReceived(slowPath);
            client.Dispose();
            call.Join();

            Assert.IsNull(failure);
            Assert.IsNotEmpty(response.Data.GetArray("rows"), "the native client was freed only after the call returned");
            Assert.Throws<ObjectDisposedException>(() => client.DeptList());
        }

        [Test]
        public void AnUndisposedClientIsReleasedByTheFinalizerWithoutHarm()
        {
            ulong before = AfterSalesLibrary.LiveStringCount;

            AbandonClients();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            Assert.AreEqual(before, AfterSalesLibrary.LiveStringCount);
            using (EshouhouClient client = TestClients.Eshouhou())
            {
                Assert.IsNotNull(client.GetServiceSpace().Data);
            }
        }

        [Test]
        public void AnExpiredTokenIsRenewedInside()
        {
            using (EshouhouClient client = TestClients.Eshouhou())
            {
                client.GetServiceSpace();
                Sandbox.Expire(true, false);

                AfterSalesResponse response = client.GetServiceSpace();

                Assert.AreEqual(true, response.Meta.GetBoolean("reauthenticated"));
                Assert.AreEqual(2L, Sandbox.Stats().GetInt64("eshouhou_tokens_issued"));
            }
        }

        [Test]
        public void AKickedSessionLogsInAgainInside()
        {
            using (ZhibangClient client = TestClients.Zhibang())
            {
                client.DeptList();
                Sandbox.Kick(TestClients.ZhibangUser);

                AfterSalesResponse response = client.DeptList();

                Assert.AreEqual(true, response.Meta.GetBoolean("reauthenticated"));
                Assert.AreEqual(2L, Sandbox.Stats().GetInt64("zhibang_logins"));
            }
        }

        [Test]
        public void AnExpiredSessionLogsInAgainInside()
        {
            using (ZhibangClient client = TestClients.Zhibang())
            {
                client.DeptList();
                Sandbox.Expire(false, true);

                Assert.AreEqual(true, client.CustomerList(new { pagesize = 1 }).Meta.GetBoolean("reauthenticated"));
            }
        }

        // The sandbox counts a request when it arrives, before the injected delay: the call is then in flight.
        private static void WaitUntilTheSandboxHasReceived(string path)
        {
            for (int attempt = 0; attempt < 500; attempt++)
            {
                if (Sandbox.Stats().GetObject("requests").ContainsKey(path))
                {
                    return;
                }

                Thread.Sleep(10);
            }

            Assert.Fail("the call never reached the sandbox");
        }

        // Not inlined, so that no local variable keeps the clients reachable during the collection.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void AbandonClients()
        {
            TestClients.Eshouhou().GetServiceSpace();
            TestClients.Zhibang().DeptList();
        }
    }
}
