// Run by scripts/package-test.sh against an unpacked AfterSales nupkg: the assembly is the netstandard 2.0
// library the package says it is, and it loads the package's native library and calls the sandbox with it.
//
//   mono PackageCheck.exe <sandbox URL>     (AfterSales.dll resolved from lib/netstandard2.0/ by MONO_PATH)
using System;
using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using AfterSales;

internal static class PackageCheck
{
    private static int Main(string[] args)
    {
        Assembly library = typeof(ZhibangClient).Assembly;
        string references = string.Join(", ", library.GetReferencedAssemblies().Select(name => name.FullName));
        Console.WriteLine("AfterSales.dll: " + library.Location);
        Console.WriteLine("references: " + references);
        if (references != "netstandard, Version=2.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51")
        {
            Console.Error.WriteLine("FAIL: AfterSales.dll must reference netstandard 2.0 alone");
            return 1;
        }

        var framework = library.GetCustomAttribute<TargetFrameworkAttribute>();
        Console.WriteLine("target framework: " + (framework == null ? "none" : framework.FrameworkName));
        if (framework == null || framework.FrameworkName != ".NETStandard,Version=v2.0")
        {
            Console.Error.WriteLine("FAIL: AfterSales.dll must say it targets .NETStandard,Version=v2.0");
            return 1;
        }

        Console.WriteLine("libaftersales " + AfterSalesLibrary.Version + " (ABI " + AfterSalesLibrary.AbiVersion + ")");
        using (var zhibang = new ZhibangClient(new { base_url = args[0], username = "apiuser", password = "sandbox-pass" }))
        {
            JsonObject page = zhibang.ServiceList(new { pagesize = 5 }).Data;
            int rows = page.GetArray("rows").Count;
            Console.WriteLine("service_list against the sandbox: " + rows + " rows");
            if (rows == 0)
            {
                Console.Error.WriteLine("FAIL: the sandbox's service list came back empty");
                return 1;
            }
        }

        return 0;
    }
}
