// The AfterSales .NET package against the sandbox: a few calls of each provider, a page walk and an error.
//
//   mcs -r:AfterSales.dll -out:Demo.exe examples/Demo.cs && mono Demo.exe http://127.0.0.1:PORT
//
// The credentials are the sandbox's published demo accounts; a real integration reads its own from configuration.
using System;
using System.Linq;
using AfterSales;

internal static class Demo
{
    private static int Main(string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("usage: Demo.exe <sandbox URL, e.g. http://127.0.0.1:8080>");
            return 2;
        }

        string url = args[0].TrimEnd('/');
        Console.WriteLine("libaftersales " + AfterSalesLibrary.Version + " (ABI " + AfterSalesLibrary.AbiVersion + ")");
        ShowEshouhou(url);
        ShowZhibang(url);
        return 0;
    }

    private static void ShowEshouhou(string url)
    {
        Console.WriteLine();
        Console.WriteLine("== eshouhou 易售后");
        using (var client = new EshouhouClient(new
        {
            app_id = "ysh54dd4f8arinfx",
            app_secret = "45e1cc23a7144a28ab110804491e3135",
            base_url = url,
            service_space_id = "6a8251ba-ce64-46b7-a505-a4e560032706",
            service_network_id = "bd7fc093-0ccf-4335-9daf-10931b4e7c7d",
        }))
        {
            JsonObject space = client.GetServiceSpace().Data;
            Console.WriteLine("service space: " + space.GetString("Name") + " (" + space.GetString("EditionName") + ")");

            Console.WriteLine("dispatched work orders (State 5), first page:");
            JsonObject orders = client.GetWorkOrders(new { pageSize = 5, condition = new { state = new[] { 5 } } }).Data;
            foreach (JsonObject order in orders.GetArray("rows").Objects())
            {
                Console.WriteLine("  " + order.GetString("Number") + "  " + order.GetString("StateName") + "/" + order.GetString("PendStateName")
                    + "  " + order.GetString("CustomerName") + "  " + order.GetString("ProductName"));
            }

            JsonObject project = client.GetCustomerProject(new { projectId = "a6fa4a6c-f0a8-4684-b09c-880cb29a61b9" }).Data;
            JsonObject fields = project.GetObject("fields");
            Console.WriteLine("customer project: " + fields.GetString("项目名称") + ", customer " + fields.GetString("所属客户")
                + ", " + project.GetArray("rows").Count + " display rows");

            int contacts = client.Rows("get_customer_contacts", new { pageSize = 100 }).Count();
            Console.WriteLine("customer contacts, every page walked with a cursor: " + contacts);
        }
    }

    private static void ShowZhibang(string url)
    {
        Console.WriteLine();
        Console.WriteLine("== Zhibang 智邦国际");
        using (var client = new ZhibangClient(new { base_url = url, username = "apiuser", password = "sandbox-pass" }))
        {
            Console.WriteLine("pending after-sales services, newest first:");
            JsonObject services = client.ServiceList(new { stype = 1, pagesize = 5, _rpt_sort = "-date1" }).Data;
            foreach (JsonObject service in services.GetArray("rows").Objects())
            {
                string handler = service.GetString("cateid");
                Console.WriteLine("  " + service.GetString("shid") + "  " + service.GetString("status") + "  " + service.GetString("title")
                    + "  " + service.GetString("telname") + "  (" + (string.IsNullOrEmpty(handler) ? "unassigned" : handler) + ")");
            }

            Console.WriteLine("  " + services.GetObject("page").GetInt64("total") + " pending in all");

            string ord = services.GetArray("rows").Objects().First().GetString("ord");
            JsonObject form = client.ServiceHandleForm(new { ord = ord }).Data;
            JsonObject results = form.GetArray("fields").Objects().Single(field => field.GetString("id") == "intro");
            Console.WriteLine("handling results the server accepts: "
                + string.Join(", ", results.GetArray("options").Objects().Select(option => option.GetString("value") + " " + option.GetString("label"))));

            Console.WriteLine("departments: " + string.Join(" / ", client.DeptList().Data.GetArray("rows").Objects().Select(d => d.GetString("NodeText"))));

            try
            {
                client.ServiceHandle(new { ord = ord, cateid = "61", info1 = "已电话回访", cate = "69", intro = "999" });
            }
            catch (AfterSalesVendorException error)
            {
                Console.WriteLine("a refused save arrives as " + error.GetType().Name + " " + error.Code + ": " + error.VendorMessage);
            }

            client.Logout();
        }
    }
}
