using System.Linq;
using AfterSales;
using NUnit.Framework;

namespace AfterSales.Tests
{
    /// <summary>
    /// The vendor forms the references say a client must accept (numbers as strings, rows as objects, raw control
    /// characters) reach .NET as the same strict JSON and the same shapes.
    /// </summary>
    [TestFixture]
    public sealed class QuirkTests
    {
        [TearDown]
        public void ResetSandbox()
        {
            Sandbox.Reset();
        }

        [Test]
        public void ZhibangQuirksGiveTheSameTable()
        {
            using (ZhibangClient client = TestClients.Zhibang())
            {
                Sandbox.Reset();
                string plain = client.ServiceList(new { pagesize = 20 }).Data.GetArray("rows").ToString();
                Sandbox.SetQuirks("status_as_string", "type_key_plain", "rows_as_objects");

                string quirky = client.ServiceList(new { pagesize = 20 }).Data.GetArray("rows").ToString();

                Assert.AreEqual(plain, quirky);
            }
        }

        [Test]
        public void RawControlCharactersArriveEscapedAndIntact()
        {
            Sandbox.Reset();
            Sandbox.SetQuirks("control_chars");
            using (ZhibangClient client = TestClients.Zhibang())
            {
                JsonObject[] rows = client.ServiceList(new { pagesize = 50 }).Data.GetArray("rows").Objects().ToArray();

                Assert.AreEqual(50, rows.Length);
                Assert.IsTrue(
                    rows.SelectMany(row => row.Values.OfType<string>()).Any(text => text.IndexOf('\u0001') >= 0 || text.IndexOf('\n') >= 0),
                    "the sandbox puts raw U+0001 and newlines into some text values");
            }
        }

        [Test]
        public void EshouhouQuirksGiveTheSameRecords()
        {
            using (EshouhouClient client = TestClients.Eshouhou())
            {
                Sandbox.Reset();
                string plain = client.GetCustomerProject(new { projectId = "a6fa4a6c-f0a8-4684-b09c-880cb29a61b9" }).Data.ToString();
                Sandbox.SetQuirks("result_code_as_string", "show_type_as_string");

                string quirky = client.GetCustomerProject(new { projectId = "a6fa4a6c-f0a8-4684-b09c-880cb29a61b9" }).Data.ToString();

                Assert.AreEqual(plain, quirky);
            }
        }
    }
}
