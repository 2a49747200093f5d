using System;
using System.Collections.Generic;
using System.Linq;
using AfterSales;
using NUnit.Framework;

namespace AfterSales.Tests
{
    /// <summary>The Zhibang pages around the desk, each through its own generated method; every write is read back.</summary>
    public sealed partial class ZhibangEndpointTests
    {
        private static string Unique(string prefix)
        {
            return prefix + DateTime.UtcNow.Ticks;
        }

        private static JsonObject First(AfterSalesResponse response)
        {
            return response.Data.GetArray("rows").Objects().First();
        }

        private static List<string> Column(AfterSalesResponse response, string id)
        {
            return response.Data.GetArray("rows").Objects().Select(row => row.GetString(id)).ToList();
        }

        [Test]
        public void CustomerNewId()
        {
            JsonObject first = client.CustomerNewId(new { intsort = 2 }).Data;
            JsonObject second = client.CustomerNewId(new { intsort = 2 }).Data;

            Assert.AreEqual(long.Parse(first.GetString("id")) + 1, long.Parse(second.GetString("id")));
            StringAssert.StartsWith("KH", first.GetObject("values").GetString("khid"));
        }

        [Test]
        public void CustomerSaveCompany()
        {
            string id = client.CustomerNewId(new { intsort = 1 }).Data.GetString("id");
            string name = Unique("南京示例公司");

            client.CustomerSaveCompany(new { ord = id, name = name, sort1 = "232", person_name = "赵六", mobile = "13800000003" });

            Assert.AreEqual("赵六", client.CustomerDetail(new { ord = id }).Data.GetObject("values").GetString("person_name"));
        }

        [Test]
        public void CustomerSavePerson()
        {
            string id = client.CustomerNewId(new { intsort = 2 }).Data.GetString("id");
            string name = Unique("孙");

            client.CustomerSavePerson(new { ord = id, name = name, sort1 = "231" });

            Assert.AreEqual(id, First(client.CustomerList(new { name = name })).GetString("ord"));
        }

        [Test]
        public void CustomerAdd()
        {
            string name = Unique("苏州示例餐饮");

            client.CustomerAdd(new { sort2 = 1, name = name, sort = "意向客户", sort1 = "初步接触", person_name = "钱七", cateName = "吴丽" });

            Assert.AreEqual("吴丽", First(client.CustomerList(new { name = name })).GetString("cateid"));
        }

        [Test]
        public void CustomerEdit()
        {
            string name = Unique("改名客户");

            client.CustomerEdit(new { ord = 2011, sort2 = 1, name = name, sort = "VIP客户", sort1 = "成交", person_name = "周八" });

            Assert.AreEqual(name, First(client.CustomerList(new { telord = "2011" })).GetString("name"));
        }

        [Test]
        public void CustomerAssign()
        {
            client.CustomerAssign(new { ord = 2012, member1 = 0, member2 = new[] { 71 } });

            Assert.AreEqual("徐明", First(client.CustomerList(new { telord = "2012" })).GetString("cateid"));
        }

        [Test]
        public void CustomerTakeBack()
        {
            client.CustomerTakeBack(new { ord = 2013 });

            CollectionAssert.Contains(Column(client.CustomerList(new { stype = "1", pagesize = 200 }), "ord"), "2013");
        }

        [Test]
        public void CustomerApply()
        {
            client.CustomerApply(new { ord = 2100 });

            CollectionAssert.Contains(Column(client.CustomerList(new { stype = "2", pagesize = 200 }), "ord"), "2100");
        }

        [Test]
        public void CustomerApprove()
        {
            client.CustomerApprove(new { ord = 2175, blset = 1 });

            CollectionAssert.DoesNotContain(Column(client.CustomerList(new { stype = "2", pagesize = 200 }), "ord"), "2175");
        }

        [Test]
        public void CustomerReview()
        {
            client.CustomerReview(new { ord = 2225, jg = 2, intro = "资料不全" });

            Assert.AreEqual("资料不全", client.CustomerDetail(new { ord = 2225 }).Data.GetObject("values").GetString("approve_intro"));
        }

        [Test]
        public void CustomerShare()
        {
            client.CustomerShare(new { ord = 2014, member1 = 1, sharecontact = 1, replyshare = 0, chanceshare = 0, contractshare = 0 });

            CollectionAssert.Contains(Column(client.CustomerList(new { stype = "5", pagesize = 200 }), "ord"), "2014");
        }

        [Test]
        public void CustomerProtect()
        {
            client.CustomerProtect(new { ord = 2015 });

            Assert.AreEqual("已保护", client.CustomerDetail(new { ord = 2015 }).Data.GetObject("values").GetString("protect"));
        }

        [Test]
        public void CustomerUnprotect()
        {
            client.CustomerProtect(new { ord = 2016 });
            client.CustomerUnprotect(new { ord = 2016 });

            Assert.AreEqual("未保护", client.CustomerDetail(new { ord = 2016 }).Data.GetObject("values").GetString("protect"));
        }

        [Test]
        public void ContactSave()
        {
            string name = Unique("李");

            client.ContactSave(new { company = 2017, person_name = name, mobile = "13900000004" });

            CollectionAssert.Contains(Column(client.ContactList(new { company = 2017 }), "person_name"), name);
        }

        [Test]
        public void ContactDetail()
        {
            JsonObject row = First(client.ContactList(new { pagesize = 1 }));

            JsonObject values = client.ContactDetail(new { ord = row.GetInt64("ord") }).Data.GetObject("values");

            Assert.AreEqual(row.GetString("person_name"), values.GetString("person_name"));
        }

        [Test]
        public void ContactList()
        {
            JsonObject data = client.ContactList(new { checktype = "radio", pagesize = 5 }).Data;

            Assert.AreEqual(5, data.GetArray("rows").Count);
            Assert.AreEqual("integer", data.GetArray("columns").Objects().Single(c => c.GetString("id") == "ord").GetString("type"));
        }

        [Test]
        public void FollowUp()
        {
            string text = Unique("回访：");

            client.FollowUp(new { datatype = "tel", ord = 2018, intro = text, sort = 481, plantype = 0 });

            JsonObject reply = client.CustomerDetail(new { ord = 2018 }).Data.GetArray("fields").Objects().Single(f => f.GetString("id") == "reply");
            Assert.AreEqual(text, reply.GetObject("table").GetArray("rows").Objects().First().GetString("intro"));
        }

        [Test]
        public void RepairIntakeList()
        {
            JsonObject row = First(client.RepairIntakeList(new { datatype = "addDeal", checktype = "radio" }));

            Assert.IsNotNull(row.GetInt64("repairs"), "an int column arrives as a number");
            Assert.Greater(row.GetInt64("ord"), 5000L);
        }

        [Test]
        public void ProjectList()
        {
            JsonObject row = First(client.ProjectList(new { pagesize = 1 }));

            Assert.IsNotNull(row.GetDecimal("money"));
        }

        [Test]
        public void ProjectDetail()
        {
            JsonObject row = First(client.ProjectList(new { pagesize = 1 }));

            Assert.AreEqual(row.GetString("title"), client.ProjectDetail(new { ord = row.GetInt64("ord") }).Data.GetObject("values").GetString("title"));
        }

        [Test]
        public void ProjectApprove()
        {
            long ord = First(client.ProjectList(new { stype = 1, pagesize = 1 })).GetInt64("ord").Value;

            client.ProjectApprove(new Dictionary<string, object> { { "ord", ord }, { "@__sp_money", 88000.50m }, { "@__sp_result", 1 } });

            Assert.AreEqual(88000.50m, client.ProjectDetail(new { ord = ord }).Data.GetObject("values").GetDecimal("money"));
        }

        [Test]
        public void ContractLineAdd()
        {
            client.ContractLineAdd(new { ord = 8020, num1 = 2.5m });

            JsonObject line = client.ContractLineList().Data.GetArray("rows").Objects().Last();
            Assert.AreEqual(8020L, line.GetInt64("productOrd"));
            Assert.AreEqual(2.5m, line.GetDecimal("num1"));
        }

        [Test]
        public void ContractLineList()
        {
            JsonObject data = client.ContractLineList().Data;

            Assert.AreEqual("decimal", data.GetArray("columns").Objects().Single(c => c.GetString("id") == "money1").GetString("type"));
        }

        [Test]
        public void ContractLineDelete()
        {
            client.ContractLineAdd(new { ord = 8021 });

            client.ContractLineDelete(new { batch = "1" });

            Assert.IsEmpty(client.ContractLineList().Data.GetArray("rows"));
        }

        [Test]
        public void ContractLineEdit()
        {
            client.ContractLineAdd(new { ord = 8022 });
            long line = client.ContractLineList().Data.GetArray("rows").Objects().Last().GetInt64("id").Value;
            var values = new Dictionary<string, object> { { "ord", line }, { "unit", 1 }, { "num1", 4 }, { "discountValue", "100%" }, { "discount", 1 }, { "invoiceType", 1 }, { "jf", 0 } };
            foreach (string amount in new[] { "price1", "priceAfterDiscount", "priceIncludeTax", "priceAfterTaxPre", "taxRate", "moneyAfterTax", "concessions", "priceAfterTax", "moneyAfterConcessions", "money1", "taxValue", "pricejy", "tpricejy" })
            {
                values[amount] = 100.00m;
            }

            client.ContractLineEdit(values);

            JsonObject edited = client.ContractLineList().Data.GetArray("rows").Objects().Single(r => r.GetInt64("id") == line);
            Assert.AreEqual(4m, edited.GetDecimal("num1"));
        }

        [Test]
        public void ContractUnitChoices()
        {
            JsonObject unit = client.ContractUnitChoices(new { ord = 8001 }).Data.GetArray("fields").Objects().Single();

            CollectionAssert.AreEqual(new[] { "台", "套" }, unit.GetArray("options").Objects().Select(o => o.GetString("label")).ToArray());
        }

        [Test]
        public void ContractSave()
        {
            string number = Unique("CS-HT-");

            client.ContractSave(new { company = 2001, htid = number, title = "示例合同", date3 = "2025-07-01", date1 = "2025-07-01", sort = 192, bz = 14, premoney = 0m, yhvalue = 0m, money1 = 0m, fqhk = 0, invoicePlan = 1, invoiceMode = 2 });

            Assert.AreEqual("待审批", First(client.ContractList(new { htbh = number })).GetString("spzt"));
        }

        [Test]
        public void ContractList()
        {
            JsonObject row = First(client.ContractList(new { pagesize = 1 }));

            Assert.IsNotNull(row.GetDecimal("moneyall"));
            StringAssert.StartsWith("20", row.GetString("dateQD"));
        }

        [Test]
        public void ContractShare()
        {
            client.ContractShare(new { ord = 40003, member1 = 1 });

            CollectionAssert.Contains(Column(client.ContractList(new { remind = "201" }), "ord"), "40003");
        }

        [Test]
        public void ContractApprove()
        {
            JsonObject row = First(client.ContractList(new { stype = 1, pagesize = 1 }));

            client.ContractApprove(new Dictionary<string, object> { { "ord", row.GetInt64("ord") }, { "@__sp_money", "1" }, { "@__sp_result", 3 } });

            Assert.AreEqual("已退回", First(client.ContractList(new { htbh = row.GetString("htid") })).GetString("spzt"));
        }

        [Test]
        public void ContractDetail()
        {
            JsonObject data = client.ContractDetail(new { ord = 40001 }).Data;

            Assert.IsNotEmpty(data.GetArray("contractlist"));
            Assert.IsNotNull(data.GetDecimal("Money1"));
        }

        [Test]
        public void ContractApprovalEdit()
        {
            long ord = First(client.ContractList(new { stype = 1, pagesize = 1 })).GetInt64("ord").Value;

            client.ContractApprovalEdit(new { ord = ord, approveResult = "1", approveMessage = "同意" });

            Assert.AreEqual("审批通过", client.ContractDetail(new { ord = ord }).Data.GetString("SpStatus"));
        }

        [Test]
        public void ContractApprovalStages()
        {
            CollectionAssert.AreEqual(new[] { "1", "2" }, Column(client.ContractApprovalStages(new { ord = 40001 }), "StageID").ToArray());
        }

        [Test]
        public void ContractAdd()
        {
            string number = Unique("CS-HT2-");
            string customer = First(client.CustomerList(new { telord = "2002" })).GetString("name");
            var line = new { ProductName = "x", ProductCode = "CP000001", productUnitName = "台", InvoiceTypeName = "增值税普通发票", Num = 2, Discount = 1, TaxRate = 13, Price = 300.50m, IsTax = 1 };

            client.ContractAdd(new { Title = "示例维保合同", HTId = number, CompanyName = customer, SignDate = "2025-07-01", BeginDate = "2025-07-01", SortName = "技术服务", Currency = "人民币", AutoCreateType = 0, StatusName = "生效执行中", PaymentStatus = 0, PaybackMode = 1, InvoiceStatus = 1, InvoiceMode = 2, contractList = new[] { line } });

            Assert.AreEqual(601.00m, First(client.ContractList(new { htbh = number })).GetDecimal("moneyall"));
        }

        [Test]
        public void ShipmentList()
        {
            Assert.AreEqual(80L, client.ShipmentList(new { stype = 1 }).Data.GetObject("page").GetInt64("total"));
        }

        [Test]
        public void ShipmentDetail()
        {
            long ord = First(client.ShipmentList(new { datatype = "contract", ord = "40002" })).GetInt64("ord").Value;

            Assert.AreEqual("40002", client.ShipmentDetail(new { ord = ord }).Data.GetObject("values").GetString("contract"));
        }

        [Test]
        public void ShipmentProducts()
        {
            string ord = First(client.ShipmentList(new { pagesize = 1 })).GetString("ord");

            Assert.IsNotEmpty(client.ShipmentProducts(new { ord = ord }).Data.GetArray("rows"));
        }

        [Test]
        public void StockList()
        {
            Assert.AreEqual(2, client.StockList(new { dataType = "product", ord = "8001" }).Data.GetArray("rows").Count);
        }

        [Test]
        public void StockDetail()
        {
            long ord = First(client.StockList(new { dataType = "product", ord = "8001" })).GetInt64("ord").Value;

            Assert.AreEqual("总仓/成品仓", client.StockDetail(new { ord = ord }).Data.GetArray("fields").Objects().Single(f => f.GetString("id") == "ck").GetString("text"));
        }

        [Test]
        public void InventoryDetails()
        {
            JsonObject row = First(client.InventoryDetails(new { cks = 21, page_size = 5 }));

            Assert.AreEqual("北京备件库", row.GetString("Ku"));
            Assert.IsNotNull(row.GetDecimal("Num2"));
        }

        [Test]
        public void InventorySummary()
        {
            Assert.IsNotEmpty(client.InventorySummary(new { title = "滤芯" }).Data.GetArray("rows"));
        }

        [Test]
        public void WarehouseList()
        {
            CollectionAssert.AreEqual(new[] { "成品仓", "配件仓", "北京备件库" }, Column(client.WarehouseList(), "Name").ToArray());
        }

        [Test]
        public void LocationList()
        {
            Assert.AreEqual(1, client.LocationList(new { Store = 11, Status = "1" }).Data.GetArray("rows").Count);
        }

        [Test]
        public void WarehouseStructure()
        {
            CollectionAssert.Contains(Column(client.WarehouseStructure(), "FullPath"), "总仓/成品仓");
        }

        [Test]
        public void ProductUnits()
        {
            Assert.AreEqual("台", First(client.ProductUnits()).GetString("Name"));
        }

        [Test]
        public void InvoiceTypes()
        {
            Assert.AreEqual(4, client.InvoiceTypes().Data.GetArray("rows").Count);
        }

        [Test]
        public void ProductAdd()
        {
            string name = Unique("示例过滤器");

            client.ProductAdd(new { Title = name, Sort1 = 21, CanOutStore = 1, Roles = "3", PriceMode = 0, Unitjb = 3 });

            Assert.AreEqual("个", First(client.ProductList(new { cpname = name })).GetString("unitname"));
        }

        [Test]
        public void ProductEdit()
        {
            string model = Unique("CS-");

            client.ProductEdit(new { ord = 8011, Model = model });

            Assert.AreEqual(model, client.ProductDetail(new { ord = 8011 }).Data.GetObject("values").GetString("cpxh"));
        }

        [Test]
        public void ProductBatchAdd()
        {
            string name = Unique("批量滤芯");

            client.ProductBatchAdd(new { productlvw = new[] { new { Title = name, Sort1 = 21, Roles = "3", PriceMode = 0, Unitjb = 3 } } });

            Assert.IsNotEmpty(client.ProductList(new { cpname = name }).Data.GetArray("rows"));
        }

        [Test]
        public void DeptAdd()
        {
            string name = Unique("维修中心");

            client.DeptAdd(new { name = name, pid = 2 });

            CollectionAssert.Contains(Column(client.DeptList(new { orgsname = name }), "NodeText"), name);
        }

        [Test]
        public void DeptEdit()
        {
            client.DeptEdit(new { ord = 5, name = "财务部", pid = 1, intro = "负责结算" });

            Assert.AreEqual("负责结算", client.DeptDetail(new { ord = 5 }).Data.GetString("intro"));
        }

        [Test]
        public void DeptDetail()
        {
            Assert.AreEqual("售后服务部", client.DeptDetail(new { ord = 2 }).Data.GetString("name"));
        }

        [Test]
        public void UserAdd()
        {
            string username = Unique("cs");

            client.UserAdd(new { Name = "示例员工", Orgsid = 2, WorkPosition = 939, Username = username, Pw = "pw-1", ConfirmPassword = "pw-1", QxTemplate = -1 });

            CollectionAssert.AreEqual(new[] { username }, Column(client.UserList(new { username = username }), "username").ToArray());
        }

        [Test]
        public void UserEdit()
        {
            client.UserEdit(new { ord = 63, Name = "李娜", Orgsid = 2, WorkPosition = 476, Username = "lina", Pw = "pw-2", ConfirmPassword = "pw-2", QxTemplate = -1, Mobile = "13700000001" });

            Assert.AreEqual("13700000001", client.UserDetail(new { ord = 63 }).Data.GetString("Mobile"));
        }

        [Test]
        public void UserDelete()
        {
            client.UserDelete(new { ord = 79 });

            Assert.IsEmpty(client.UserList(new { username = "maping" }).Data.GetArray("rows"));
        }

        [Test]
        public void UserDetail()
        {
            JsonObject data = client.UserDetail(new { ord = 61 }).Data;

            Assert.AreEqual("张伟", data.GetString("Name"));
            Assert.AreEqual("******", data.GetString("Pw"));
        }
    }
}
