using System;
using System.Linq;
using AfterSales;
using NUnit.Framework;

namespace AfterSales.Tests
{
    /// <summary>Every Zhibang endpoint through its own generated method, including both writes, against the sandbox.</summary>
    [TestFixture]
    public sealed partial class ZhibangEndpointTests
    {
        private const string FirstIntake = "5001";
        private const string Handler = "61";
        private const string Salesperson = "69";
        private const string Resolved = "171";

        private ZhibangClient client;

        [TestFixtureSetUp]
        public void CreateClient()
        {
            Sandbox.Reset();
            client = TestClients.Zhibang();
        }

        [TestFixtureTearDown]
        public void DisposeClient()
        {
            client.Dispose();
        }

        [Test]
        public void EveryGeneratedMethodHasATestHere()
        {
            EndpointCoverage.AssertEveryMethodHasATest(typeof(ZhibangClient), GetType());
        }

        [Test]
        public void Login()
        {
            JsonObject data = client.Login().Data;

            Assert.AreEqual(true, data.GetBoolean("logged_in"));
            Assert.IsFalse(data.ContainsKey("session"), "the session value must stay inside the client");
        }

        [Test]
        public void Logout()
        {
            client.Login();

            Assert.AreEqual(true, client.Logout().Data.GetBoolean("logged_out"));
            Assert.IsNotEmpty(client.DeptList().Data.GetArray("rows"), "the next call logs in again");
        }

        [Test]
        public void ServiceList()
        {
            JsonObject data = client.ServiceList(new { pagesize = 5, _rpt_sort = "-ord" }).Data;

            CollectionAssert.Contains(data.GetArray("columns").Objects().Select(c => c.GetString("id")).ToList(), "title");
            long[] ords = data.GetArray("rows").Objects().Select(r => r.GetInt64("ord").Value).ToArray();
            Assert.AreEqual(5, ords.Length);
            CollectionAssert.IsOrdered(ords.Reverse().ToArray());
            Assert.Greater(data.GetObject("page").GetInt64("total"), 5L);
        }

        [Test]
        public void ServiceDetail()
        {
            string ord = FirstServiceOrd(new { });

            JsonObject data = client.ServiceDetail(new { ord = ord }).Data;

            Assert.AreEqual(ord, data.GetString("id"));
            Assert.IsNotNull(data.GetObject("values").GetString("title"));
        }

        [Test]
        public void ServiceHandleForm()
        {
            JsonObject data = client.ServiceHandleForm(new { ord = FirstServiceOrd(new { }) }).Data;

            JsonObject intro = data.GetArray("fields").Objects().Single(f => f.GetString("id") == "intro");
            Assert.AreEqual(true, intro.GetBoolean("required"));
            CollectionAssert.Contains(intro.GetArray("options").Objects().Select(o => o.GetString("value")).ToList(), Resolved);
        }

        [Test]
        public void ServiceHandle()
        {
            string ord = FirstServiceOrd(new { stype = 1 });

            JsonObject data = client.ServiceHandle(new { ord = ord, cateid = Handler, info1 = "已上门更换加热管，试机正常。", cate = Salesperson, intro = Resolved }).Data;

            Assert.AreEqual("succeeded", data.GetString("outcome"));
            JsonObject values = client.ServiceDetail(new { ord = ord }).Data.GetObject("values");
            Assert.AreEqual("已处理", values.GetString("status"));
            Assert.AreEqual(Resolved, values.GetString("result1"));
        }

        [Test]
        public void RepairList()
        {
            JsonObject data = client.RepairList(new { pagesize = 7, pageindex = 2 }).Data;

            Assert.AreEqual(7, data.GetArray("rows").Count);
            Assert.AreEqual(2L, data.GetObject("page").GetInt64("index"));
        }

        [Test]
        public void RepairDetail()
        {
            string ord = client.RepairList(new { pagesize = 1 }).Data.GetArray("rows").Objects().First().GetString("ord");

            JsonObject data = client.RepairDetail(new { ord = ord }).Data;

            Assert.AreEqual(ord, data.GetString("id"));
            Assert.IsNotNull(data.GetObject("values").GetString("SerialNumber"));
        }

        [Test]
        public void RepairSave()
        {
            string serial = "CS" + DateTime.UtcNow.Ticks;

            JsonObject data = client.RepairSave(new { title = "净水器漏水维修", SerialNumber = serial, repair_sl = FirstIntake, ProcessID = 1, num = "1", Cost = "180" }).Data;

            Assert.AreEqual("succeeded", data.GetString("outcome"));
            JsonObject row = client.RepairList(new { searchKey = serial }).Data.GetArray("rows").Objects().Single();
            Assert.AreEqual("净水器漏水维修", row.GetString("title"));
        }

        [Test]
        public void CustomerList()
        {
            JsonObject data = client.CustomerList(new { pagesize = 3 }).Data;

            Assert.AreEqual(3, data.GetArray("rows").Count);
            Assert.GreaterOrEqual(data.GetObject("page").GetInt64("total"), 500L, "the seeded customers, and those the desk tests add");
        }

        [Test]
        public void CustomerDetail()
        {
            JsonObject data = client.CustomerDetail(new { ord = 2001 }).Data;

            Assert.AreEqual("2001", data.GetString("id"));
            Assert.IsNotNull(data.GetObject("values").GetString("name"));
        }

        [Test]
        public void ProductList()
        {
            JsonObject row = client.ProductList(new { pagesize = 1 }).Data.GetArray("rows").Objects().Single();

            var units = (JsonObject)Json.Parse(row.GetString("units"));
            Assert.IsNotEmpty(units, "units is JSON inside a string, read with Json.Parse");
        }

        [Test]
        public void ProductDetail()
        {
            JsonObject data = client.ProductDetail(new { ord = 8001 }).Data;

            Assert.AreEqual("8001", data.GetString("id"));
            Assert.IsNotNull(data.GetObject("values").GetString("cpname"));
        }

        [Test]
        public void ProductCategoryTree()
        {
            JsonObject data = client.ProductCategoryTree().Data;

            Assert.AreEqual("trees", data.GetString("kind"));
            Assert.IsNotEmpty(data.GetArray("nodes"));
        }

        [Test]
        public void StaffList()
        {
            JsonObject data = client.StaffList(new { stype = "radio" }).Data;

            Assert.AreEqual("trees", data.GetString("kind"));
            StringAssert.Contains("张伟", data.ToString());
        }

        [Test]
        public void UserList()
        {
            JsonObject data = client.UserList(new { page_size = 5, userstatus = 1 }).Data;

            Assert.AreEqual(5, data.GetArray("rows").Count);
            Assert.IsTrue(data.GetArray("rows").Objects().All(r => r.GetString("status") == "1"));
        }

        [Test]
        public void DeptList()
        {
            JsonObject data = client.DeptList().Data;

            CollectionAssert.Contains(data.GetArray("rows").Objects().Select(d => d.GetString("NodeText")).ToList(), "售后服务部");
        }

        [Test]
        public void RegionList()
        {
            JsonObject data = client.RegionList().Data;

            Assert.AreEqual("trees", data.GetString("kind"));
            StringAssert.Contains("北京市", data.ToString());
        }

        [Test]
        public void EnumOptions()
        {
            JsonObject data = client.EnumOptions(new { enumid = 13 }).Data;

            Assert.AreEqual("options", data.GetString("kind"));
            Assert.IsNotEmpty(data.GetArray("options"));
        }

        private string FirstServiceOrd(object filters)
        {
            var parameters = Json.Parse(Json.Serialize(filters)) as JsonObject;
            parameters["pagesize"] = 1;
            return client.ServiceList(parameters).Data.GetArray("rows").Objects().First().GetString("ord");
        }
    }
}
