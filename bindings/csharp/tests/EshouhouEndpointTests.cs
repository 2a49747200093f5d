using System.Linq;
using AfterSales;
using NUnit.Framework;

namespace AfterSales.Tests
{
    /// <summary>Every eshouhou endpoint through its own generated method, against the sandbox's seed data.</summary>
    [TestFixture]
    public sealed class EshouhouEndpointTests
    {
        // Records the sandbox specification pins down (the vendor doc's own examples).
        private const string SeedProject = "a6fa4a6c-f0a8-4684-b09c-880cb29a61b9";
        private const string SeedCustomer = "dc540ce7-5bc5-4275-b8fa-2004eb5839e3";
        private const string SeedDevice = "034f293b-ef48-44b5-8fcc-ead69235829e";
        private const string SeedWorkOrder = "4cda4c70-9d53-47c6-8641-c9e50d078c09";

        private EshouhouClient client;

        [TestFixtureSetUp]
        public void CreateClient()
        {
            Sandbox.Reset();
            client = TestClients.Eshouhou();
        }

        [TestFixtureTearDown]
        public void DisposeClient()
        {
            client.Dispose();
        }

        [Test]
        public void EveryGeneratedMethodHasATestHere()
        {
            EndpointCoverage.AssertEveryMethodHasATest(typeof(EshouhouClient), GetType());
        }

        [Test]
        public void Token()
        {
            JsonObject data = client.Token(new { expire = 1 }).Data;

            Assert.AreEqual(3600L, data.GetInt64("expires_in"));
            Assert.Greater(data.GetInt64("expires_at_ms"), 1500000000000L);
            Assert.IsFalse(data.ContainsKey("access_token"), "the token must stay inside the client");
        }

        [Test]
        public void GetServiceSpace()
        {
            AfterSalesResponse response = client.GetServiceSpace();

            Assert.AreEqual(TestClients.HeadquartersNetworkId, response.Data.GetString("HQServiceNetworkID"));
            Assert.AreEqual(4L, response.Data.GetInt64("EditionType"));
            Assert.AreEqual("eshouhou", response.Meta.GetString("provider"));
            Assert.AreEqual("get_service_space", response.Meta.GetString("endpoint"));
        }

        [Test]
        public void GetWorkOrdersV1()
        {
            JsonObject data = client.GetWorkOrdersV1(new { pageSize = 3, pageIndex = 2 }).Data;

            Assert.AreEqual(3, data.GetArray("rows").Count);
            Assert.AreEqual(2L, data.GetObject("page").GetInt64("index"));
        }

        [Test]
        public void GetWorkOrders()
        {
            JsonObject data = client.GetWorkOrders(new { pageSize = 20, condition = new { state = new[] { 5 } } }).Data;

            JsonObject[] rows = data.GetArray("rows").Objects().ToArray();
            Assert.IsNotEmpty(rows);
            foreach (JsonObject row in rows)
            {
                Assert.AreEqual(5L, row.GetInt64("State"));
                Assert.AreEqual("已派工", row.GetString("StateName"), "the client adds labels beside enum codes");
            }
        }

        [Test]
        public void GetWorkProcess()
        {
            JsonObject data = client.GetWorkProcess(new { workOrderId = SeedWorkOrder }).Data;

            CollectionAssert.Contains(data.GetArray("rows").Objects().Select(step => step.GetString("ActionName")).ToList(), "派工");
        }

        [Test]
        public void GetCustomer()
        {
            JsonObject data = client.GetCustomer(new { customerId = SeedCustomer }).Data;

            Assert.AreEqual("胡效鑫1", data.GetObject("fields").GetString("客户名称"));
            Assert.AreEqual("CF00000179", data.GetObject("fields").GetString("客户编号"));
        }

        [Test]
        public void GetCustomerProject()
        {
            JsonObject data = client.GetCustomerProject(new { projectId = SeedProject }).Data;

            Assert.AreEqual(18, data.GetArray("rows").Count, "the seed page of the vendor doc has 18 rows");
            Assert.AreEqual("花苑净水设备安装", data.GetObject("fields").GetString("项目名称"));
        }

        [Test]
        public void GetCustomerProducts()
        {
            JsonObject data = client.GetCustomerProducts(new { pageSize = 4, searchKey = "净水" }).Data;

            Assert.AreEqual(4, data.GetArray("rows").Count);
        }

        [Test]
        public void GetCustomerProduct()
        {
            JsonObject data = client.GetCustomerProduct(new { productId = SeedDevice }).Data;

            Assert.AreEqual("CE00000154", data.GetObject("fields").GetString("设备编号"));
            Assert.IsTrue(data.GetArray("rows").Objects().Any(row => row.GetInt64("ShowType") == 1), "one ShowType 1 row (购买凭证)");
        }

        [Test]
        public void GetCustomerContacts()
        {
            JsonObject data = client.GetCustomerContacts(new { pageSize = 3 }).Data;

            JsonObject[] rows = data.GetArray("rows").Objects().ToArray();
            Assert.AreEqual(3, rows.Length);
            Assert.IsNotNull(rows[0].GetString("GenderName"));
        }

        [Test]
        public void GetCustomerByUserName()
        {
            JsonObject data = client.GetCustomerByUserName(new { phoneNum = "13888888888" }).Data;

            Assert.AreEqual("测试", data.GetString("Name"));
        }

        [Test]
        public void GetCategoryAndProductList()
        {
            JsonObject data = client.GetCategoryAndProductList(new { categoryId = "0", queryType = 3 }).Data;

            Assert.IsNotNull(data.GetString("Name"));
            Assert.IsNotEmpty(data.GetArray("Product"));
        }

        [Test]
        public void SearchProductList()
        {
            JsonObject data = client.SearchProductList(new { pageSize = 5 }).Data;

            JsonObject[] rows = data.GetArray("rows").Objects().ToArray();
            Assert.AreEqual(5, rows.Length);
            Assert.IsNotNull(rows[0].GetString("ID"));
            Assert.IsNotNull(rows[0].GetString("WarrantyPeriodName"));
        }

        [Test]
        public void SearchAccessoryList()
        {
            JsonObject data = client.SearchAccessoryList(new { pageSize = 5 }).Data;

            Assert.AreEqual(5, data.GetArray("rows").Count);
        }

        [Test]
        public void GetProducts()
        {
            JsonObject data = client.GetProducts(new { pageSize = 5 }).Data;

            Assert.AreEqual(5, data.GetArray("rows").Count);
        }

        [Test]
        public void GetAccessories()
        {
            JsonObject data = client.GetAccessories(new { pageSize = 5 }).Data;

            JsonObject[] rows = data.GetArray("rows").Objects().ToArray();
            Assert.AreEqual(5, rows.Length);
            Assert.IsNotNull(rows[0].GetBoolean("IsCharged"));
        }
    }
}
