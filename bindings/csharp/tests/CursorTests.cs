using System.Collections.Generic;
using System.Linq;
using AfterSales;
using NUnit.Framework;

namespace AfterSales.Tests
{
    /// <summary>Pages and Rows walk list endpoints through native cursors and free them however enumeration ends.</summary>
    [TestFixture]
    public sealed class CursorTests
    {
        private const string ServiceListPath = "/sysa/mobilephone/salesmanage/service/list.asp";

        [SetUp]
        public void ResetSandbox()
        {
            Sandbox.Reset();
        }

        [Test]
        public void EshouhouRowsWalkEveryWorkOrderOnce()
        {
            using (EshouhouClient client = TestClients.Eshouhou())
            {
                List<string> ids = client.Rows("get_work_orders", new { pageSize = 400 }).Select(row => row.GetString("ID")).ToList();

                Assert.AreEqual(2500, ids.Count, "the sandbox seeds 2500 work orders");
                Assert.AreEqual(ids.Count, ids.Distinct().Count());
            }
        }

        [Test]
        public void ZhibangPagesCarryColumnsAndReachTheServersTotal()
        {
            using (ZhibangClient client = TestClients.Zhibang())
            {
                long total = client.ServiceList(new { pagesize = 1 }).Data.GetObject("page").GetInt64("total").Value;
                int rows = 0;
                foreach (JsonObject page in client.Pages("service_list", new { pagesize = 500 }))
                {
                    Assert.IsNotEmpty(page.GetArray("columns"));
                    rows += page.GetArray("rows").Count;
                }

                Assert.AreEqual(total, rows);
            }
        }

        [Test]
        public void FiltersApplyToEveryPage()
        {
            using (ZhibangClient client = TestClients.Zhibang())
            {
                List<JsonObject> pending = client.Rows("service_list", new { stype = 1, pagesize = 50 }).ToList();

                Assert.IsNotEmpty(pending);
                CollectionAssert.DoesNotContain(pending.Select(row => row.GetString("status")).ToList(), "已处理");
            }
        }

        [Test]
        public void StoppingEarlyLeavesNothingBehind()
        {
            using (EshouhouClient client = TestClients.Eshouhou())
            {
                ulong before = AfterSalesLibrary.LiveStringCount;

                Assert.AreEqual(3, client.Rows("get_customer_contacts", new { pageSize = 2 }).Take(3).Count());

                Assert.AreEqual(before, AfterSalesLibrary.LiveStringCount);
            }
        }

        [Test]
        public void EachEnumerationStartsFromTheFirstPage()
        {
            using (EshouhouClient client = TestClients.Eshouhou())
            {
                IEnumerable<JsonObject> rows = client.Rows("search_accessory_list", new { pageSize = 7 });

                Assert.AreEqual(rows.First().GetString("ID"), rows.First().GetString("ID"));
            }
        }

        [Test]
        public void ANonListEndpointFailsWhenEnumerationStarts()
        {
            using (ZhibangClient client = TestClients.Zhibang())
            {
                IEnumerable<JsonObject> pages = client.Pages("service_detail", new { ord = 1 });

                var error = Assert.Throws<AfterSalesInputException>(() => pages.First());
                Assert.AreEqual("invalid_parameter", error.Code);
            }
        }

        [Test]
        public void APageThatFailedRetryablyIsAskedForAgainAndTheWalkCompletes()
        {
            using (ZhibangClient client = WithoutRetries())
            {
                long total = client.ServiceList(new { pagesize = 1 }).Data.GetObject("page").GetInt64("total").Value;
                var ords = new List<string>();
                using (IEnumerator<JsonObject> pages = client.Pages("service_list", new { pagesize = 100 }).GetEnumerator())
                {
                    Assert.IsTrue(pages.MoveNext());
                    ords.AddRange(OrdsOf(pages.Current));
                    long firstIndex = pages.Current.GetObject("page").GetInt64("index").Value;
                    Sandbox.InjectFault(ServiceListPath, "http_503", 1);

                    var error = Assert.Throws<AfterSalesTransportException>(() => pages.MoveNext());

                    Assert.AreEqual("server_unavailable", error.Code);
                    Assert.IsTrue(error.Retryable);
                    Assert.IsTrue(pages.MoveNext(), "the same enumerator asks for the failed page again");
                    Assert.AreEqual(firstIndex + 1, pages.Current.GetObject("page").GetInt64("index"));
                    ords.AddRange(OrdsOf(pages.Current));
                    while (pages.MoveNext())
                    {
                        ords.AddRange(OrdsOf(pages.Current));
                    }
                }

                Assert.AreEqual(total, ords.Count);
                Assert.AreEqual(total, ords.Distinct().Count());
            }
        }

        [Test]
        public void APageThatFailedForGoodEndsTheWalkWithoutAnotherRequest()
        {
            using (ZhibangClient client = WithoutRetries())
            using (IEnumerator<JsonObject> pages = client.Pages("service_list", new { pagesize = 100 }).GetEnumerator())
            {
                Assert.IsTrue(pages.MoveNext());
                Sandbox.InjectFault(ServiceListPath, "http_500", 1);

                var error = Assert.Throws<AfterSalesTransportException>(() => pages.MoveNext());
                long sent = RequestsTo(ServiceListPath);
                var again = Assert.Throws<AfterSalesTransportException>(() => pages.MoveNext());
                var andAgain = Assert.Throws<AfterSalesTransportException>(() => pages.MoveNext());

                Assert.AreEqual("http_status", error.Code);
                Assert.AreEqual(500, error.HttpStatus);
                Assert.IsFalse(error.Retryable);
                Assert.AreEqual(error.Message, again.Message);
                Assert.AreEqual(error.Code, andAgain.Code);
                Assert.AreEqual(sent, RequestsTo(ServiceListPath), "the walk is over: no further request");
            }
        }

        [Test]
        public void ARowWalkResumesAfterARetryableFailure()
        {
            using (ZhibangClient client = WithoutRetries())
            {
                long total = client.ServiceList(new { pagesize = 1 }).Data.GetObject("page").GetInt64("total").Value;
                var ords = new List<string>();
                using (IEnumerator<JsonObject> rows = client.Rows("service_list", new { pagesize = 100 }).GetEnumerator())
                {
                    while (ords.Count < 100 && rows.MoveNext())
                    {
                        ords.Add(rows.Current.GetString("ord"));
                    }

                    Sandbox.InjectFault(ServiceListPath, "http_503", 1);

                    Assert.AreEqual("server_unavailable", Assert.Throws<AfterSalesTransportException>(() => rows.MoveNext()).Code);
                    while (rows.MoveNext())
                    {
                        ords.Add(rows.Current.GetString("ord"));
                    }
                }

                Assert.AreEqual(total, ords.Count);
                Assert.AreEqual(total, ords.Distinct().Count());
            }
        }

        [Test]
        public void ARowWalkThrowsAPermanentFailureAgainWithoutAnotherRequest()
        {
            using (ZhibangClient client = WithoutRetries())
            using (IEnumerator<JsonObject> rows = client.Rows("service_list", new { pagesize = 100 }).GetEnumerator())
            {
                for (int row = 0; row < 100; row++)
                {
                    Assert.IsTrue(rows.MoveNext());
                }

                Sandbox.InjectFault(ServiceListPath, "http_500", 1);

                var error = Assert.Throws<AfterSalesTransportException>(() => rows.MoveNext());
                long sent = RequestsTo(ServiceListPath);
                var again = Assert.Throws<AfterSalesTransportException>(() => rows.MoveNext());

                Assert.AreEqual("http_status", error.Code);
                Assert.AreEqual(error.Message, again.Message);
                Assert.AreEqual(sent, RequestsTo(ServiceListPath));
            }
        }

        [Test]
        public void ACursorOutlivesItsClient()
        {
            var client = TestClients.Eshouhou();
            using (IEnumerator<JsonObject> pages = client.Pages("get_products", new { pageSize = 10 }).GetEnumerator())
            {
                Assert.IsTrue(pages.MoveNext());
                client.Dispose();

                Assert.IsTrue(pages.MoveNext(), "the cursor holds its own reference to the native client");
                Assert.AreEqual(10, pages.Current.GetArray("rows").Count);
            }
        }

        [Test]
        public void ListAllStopsAtMaxPages()
        {
            using (EshouhouClient client = TestClients.Eshouhou())
            {
                JsonObject data = client.ListAll("get_work_orders", new { pageSize = 100 }, 2).Data;

                Assert.AreEqual(200, data.GetArray("rows").Count);
                Assert.AreEqual(2L, data.GetInt64("pages"));
                Assert.AreEqual(false, data.GetBoolean("complete"));
            }
        }

        [Test]
        public void ZhibangListAllReturnsTheColumnsOnce()
        {
            using (ZhibangClient client = TestClients.Zhibang())
            {
                JsonObject data = client.ListAll("user_list", new { page_size = 5 }).Data;

                Assert.AreEqual(true, data.GetBoolean("complete"));
                Assert.IsNotEmpty(data.GetArray("columns"));
                Assert.Greater(data.GetArray("rows").Count, 5);
            }
        }

        private static ZhibangClient WithoutRetries()
        {
            JsonObject config = TestClients.ZhibangConfig();
            config["retries"] = 0;
            return new ZhibangClient(config);
        }

        private static IEnumerable<string> OrdsOf(JsonObject page)
        {
            return page.GetArray("rows").Objects().Select(row => row.GetString("ord"));
        }

        private static long RequestsTo(string path)
        {
            return Sandbox.Stats().GetObject("requests").GetInt64(path) ?? 0;
        }
    }
}
