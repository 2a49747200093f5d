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
        public void AFailedPageIsRaisedDuringEnumeration()
        {
            JsonObject config = TestClients.EshouhouConfig();
            config["retries"] = 0;
            using (var client = new EshouhouClient(config))
            using (IEnumerator<JsonObject> pages = client.Pages("get_work_orders", new { pageSize = 100 }).GetEnumerator())
            {
                Assert.IsTrue(pages.MoveNext());
                Sandbox.InjectFault("/open/v2/workorder/getworkorders", "http_500", 1);

                var error = Assert.Throws<AfterSalesTransportException>(() => pages.MoveNext());
                Assert.AreEqual(500, error.HttpStatus);
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
    }
}
