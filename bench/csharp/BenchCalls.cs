// .NET on Mono: the AfterSales package against what an integrator writes instead, System.Net.Http.HttpClient
// plus a JSON parser that needs no NuGet package (the package's own public reader, AfterSales.Json, so both
// sides parse JSON at the same speed and the comparison is about everything else), doing the same GET and the
// same normalization by hand, and against the bare C call through P/Invoke (bytes in, bytes out, nothing
// parsed), which isolates the package's own cost. All run against the same nginx in interleaved rounds; the
// result is one JSON line with the microseconds per call of every round.
//
// Usage: mono BenchCalls.exe <base-url> <rounds> <calls-per-round>

using System;
using System.Diagnostics;
using System.Net.Http;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using AfterSales;

/// <summary>The same call as every other contender (bench/src/fixture.rs): the sandbox's credentials and project.</summary>
internal static class Fixture
{
    internal const string AppId = "ysh54dd4f8arinfx";
    internal const string AppSecret = "45e1cc23a7144a28ab110804491e3135";
    internal const string ServiceSpaceId = "6a8251ba-ce64-46b7-a505-a4e560032706";
    internal const string HqNetworkId = "bd7fc093-0ccf-4335-9daf-10931b4e7c7d";
    internal const string ProjectId = "a6fa4a6c-f0a8-4684-b09c-880cb29a61b9";
}

internal static class BenchCalls
{
    private static int Main(string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: BenchCalls.exe <base-url> <rounds> <calls-per-round>");
            return 2;
        }

        string baseUrl = args[0];
        int rounds = int.Parse(args[1]);
        int calls = int.Parse(args[2]);
        using (var byHand = new ByHand(baseUrl))
        using (var library = new EshouhouClient(new
        {
            app_id = Fixture.AppId,
            app_secret = Fixture.AppSecret,
            base_url = baseUrl,
            service_space_id = Fixture.ServiceSpaceId,
            service_network_id = Fixture.HqNetworkId,
        }))
        using (var cCall = new CCall(baseUrl))
        {
            var parameters = new { projectId = Fixture.ProjectId };
            Func<object> libraryCall = () => library.GetCustomerProject(parameters).Data;
            Func<object> cCallCall = cCall.GetCustomerProject;
            Func<object> byHandCall = () => byHand.GetCustomerProject(Fixture.ProjectId);

            // The comparison is fair only if all end with the same data (member order aside).
            object normalized = libraryCall();
            object cData = ((JsonObject)Json.Parse(Encoding.UTF8.GetString(cCall.GetCustomerProject())))["data"];
            if (!SameJson(normalized, byHandCall()) || !SameJson(normalized, cData))
            {
                Console.Error.WriteLine("the package, the C call and the hand-written client disagree on the data");
                return 1;
            }

            var names = new[] { "library", "c", "httpclient" };
            var contenders = new[] { libraryCall, cCallCall, byHandCall };
            var clock = new JsonArray[contenders.Length];
            var cpu = new JsonArray[contenders.Length];
            for (int i = 0; i < contenders.Length; i++)
            {
                clock[i] = new JsonArray();
                cpu[i] = new JsonArray();
            }

            // Round 0 warms up (and lets the JIT compile every path) and is not kept; the order alternates.
            for (int round = 0; round <= rounds; round++)
            {
                for (int turn = 0; turn < contenders.Length; turn++)
                {
                    int contender = round % 2 == 0 ? turn : contenders.Length - 1 - turn;
                    double cpuUs;
                    double clockUs = PerCallUs(calls, contenders[contender], out cpuUs);
                    if (round > 0)
                    {
                        clock[contender].Add(clockUs);
                        cpu[contender].Add(cpuUs);
                    }
                }
            }

            var result = new JsonObject { { "runtime", RuntimeName() } };
            for (int i = 0; i < names.Length; i++)
            {
                result.Add(names[i] + "_us", clock[i]);
                result.Add(names[i] + "_cpu_us", cpu[i]);
            }

            Console.WriteLine(Json.Serialize(result));
        }

        return 0;
    }

    private static bool SameJson(object a, object b)
    {
        var objectA = a as JsonObject;
        var objectB = b as JsonObject;
        if (objectA != null && objectB != null)
        {
            object valueB;
            foreach (var member in objectA)
            {
                if (!objectB.TryGetValue(member.Key, out valueB) || !SameJson(member.Value, valueB))
                {
                    return false;
                }
            }

            return objectA.Count == objectB.Count;
        }

        var arrayA = a as JsonArray;
        var arrayB = b as JsonArray;
        if (arrayA != null && arrayB != null)
        {
            if (arrayA.Count != arrayB.Count)
            {
                return false;
            }

            for (int i = 0; i < arrayA.Count; i++)
            {
                if (!SameJson(arrayA[i], arrayB[i]))
                {
                    return false;
                }
            }

            return true;
        }

        return Equals(a, b);
    }

    // Microseconds per call by the clock, and (cpuUs) of the process's CPU time, every thread's, which the other
    // programs on a shared machine inflate less than the clock.
    private static double PerCallUs(int calls, Func<object> call, out double cpuUs)
    {
        double cpuStarted = ProcessCpuUs();
        Stopwatch watch = Stopwatch.StartNew();
        for (int i = 0; i < calls; i++)
        {
            call();
        }

        double clockUs = watch.Elapsed.TotalMilliseconds * 1000.0 / calls;
        cpuUs = (ProcessCpuUs() - cpuStarted) / calls;
        return clockUs;
    }

    private static double ProcessCpuUs()
    {
        var usage = new Rusage();
        if (getrusage(0, ref usage) != 0)
        {
            throw new InvalidOperationException("getrusage failed");
        }

        return ((usage.UserSeconds + usage.SystemSeconds) * 1e6) + usage.UserMicroseconds + usage.SystemMicroseconds;
    }

    // struct rusage of 64-bit Linux: two timevals, then fourteen longs this driver does not read.
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        internal long UserSeconds;
        internal long UserMicroseconds;
        internal long SystemSeconds;
        internal long SystemMicroseconds;
        [MarshalAs(UnmanagedType.ByValArray, SizeConst = 14)]
        internal long[] Rest;
    }

    [DllImport("libc", CallingConvention = CallingConvention.Cdecl)]
    private static extern int getrusage(int who, ref Rusage usage);

    private static string RuntimeName()
    {
        Type mono = Type.GetType("Mono.Runtime");
        MethodInfo displayName = mono == null ? null : mono.GetMethod("GetDisplayName", BindingFlags.NonPublic | BindingFlags.Static);
        return displayName == null ? Environment.Version.ToString() : "Mono " + displayName.Invoke(null, null);
    }
}

/// <summary>
/// The same call through the C ABI with nothing around it: a client of its own, the endpoint's export declared with
/// P/Invoke, the params JSON encoded once, and the envelope copied out as bytes (its end found a word at a time) and freed.
/// </summary>
internal sealed class CCall : IDisposable
{
    private readonly IntPtr client;
    private readonly byte[] parameters = Utf8("{\"projectId\":\"" + Fixture.ProjectId + "\"}");

    internal CCall(string baseUrl)
    {
        string config = Json.Serialize(new
        {
            app_id = Fixture.AppId,
            app_secret = Fixture.AppSecret,
            base_url = baseUrl,
            service_space_id = Fixture.ServiceSpaceId,
            service_network_id = Fixture.HqNetworkId,
        });
        IntPtr error;
        client = aftersales_eshouhou_client_new(Utf8(config), out error);
        if (client == IntPtr.Zero)
        {
            throw new InvalidOperationException("the C ABI refused the client config");
        }
    }

    internal byte[] GetCustomerProject()
    {
        IntPtr envelope = aftersales_eshouhou_get_customer_project(client, parameters);
        try
        {
            var bytes = new byte[Length(envelope)];
            Marshal.Copy(envelope, bytes, 0, bytes.Length);
            return bytes;
        }
        finally
        {
            aftersales_string_free(envelope);
        }
    }

    public void Dispose()
    {
        aftersales_eshouhou_client_free(client);
    }

    private static byte[] Utf8(string text)
    {
        return Encoding.UTF8.GetBytes(text + "\0");
    }

    // An aligned eight-byte read never crosses into the next page, so reading past the NUL within one is safe.
    private static unsafe int Length(IntPtr text)
    {
        byte* start = (byte*)text;
        byte* end = start;
        while (((long)end & 7) != 0 && *end != 0)
        {
            end++;
        }

        if (*end != 0)
        {
            while (true)
            {
                ulong word = *(ulong*)end;
                if (((word - 0x0101010101010101UL) & ~word & 0x8080808080808080UL) != 0)
                {
                    break;
                }

                end += 8;
            }

            while (*end != 0)
            {
                end++;
            }
        }

        return (int)(end - start);
    }

    [DllImport("aftersales", CallingConvention = CallingConvention.Cdecl)]
    private static extern IntPtr aftersales_eshouhou_client_new(byte[] configJson, out IntPtr errorJson);

    [DllImport("aftersales", CallingConvention = CallingConvention.Cdecl)]
    private static extern void aftersales_eshouhou_client_free(IntPtr client);

    [DllImport("aftersales", CallingConvention = CallingConvention.Cdecl)]
    private static extern IntPtr aftersales_eshouhou_get_customer_project(IntPtr client, byte[] paramsJson);

    [DllImport("aftersales", CallingConvention = CallingConvention.Cdecl)]
    private static extern void aftersales_string_free(IntPtr text);
}

/// <summary>The hand-written client: a signed token fetched once, then one GET per call, checked and normalized.</summary>
internal sealed class ByHand : IDisposable
{
    // ShowType codes as the vendor documents them, which the library adds as ShowTypeName.
    private static readonly string[] ShowTypes = { "纯展示", "回单图片", "服务项目", "使用备件", "回收备件", "客户签名", "客户标签" };

    private readonly HttpClient http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    private readonly string projectUrl;
    private readonly string token;

    internal ByHand(string baseUrl)
    {
        projectUrl = baseUrl + "/open/v2/Customer/GetCustomerProject";
        string timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString();
        string sign;
        using (MD5 md5 = MD5.Create())
        {
            byte[] digest = md5.ComputeHash(Encoding.UTF8.GetBytes(Fixture.AppId + Fixture.AppSecret + timestamp));
            sign = BitConverter.ToString(digest).Replace("-", string.Empty);
        }

        string url = baseUrl + "/api/TokenApi?appid=" + Uri.EscapeDataString(Fixture.AppId) + "&timestamp=" + timestamp
            + "&sign=" + sign + "&expire=2";
        var answer = (JsonObject)Json.Parse(http.GetStringAsync(url).Result);
        token = answer.GetObject("ResultValue").GetString("access_token");
    }

    internal JsonObject GetCustomerProject(string projectId)
    {
        string url = projectUrl + "?access_token=" + Uri.EscapeDataString(token) + "&projectId=" + Uri.EscapeDataString(projectId)
            + "&serviceNetworkId=" + Uri.EscapeDataString(Fixture.HqNetworkId) + "&serviceNetworkType=1";
        string body;
        using (HttpResponseMessage response = http.GetAsync(url).Result)
        {
            response.EnsureSuccessStatusCode();
            body = response.Content.ReadAsStringAsync().Result;
        }

        var answer = (JsonObject)Json.Parse(body);
        if (answer.GetString("ResultCode") != "0")
        {
            throw new InvalidOperationException("GetCustomerProject failed: " + answer.GetString("ErrorMsg"));
        }

        var rows = new JsonArray();
        var fields = new JsonObject();
        foreach (JsonObject item in answer.GetArray("ResultValue").Objects())
        {
            var row = new JsonObject();
            foreach (var member in item)
            {
                row.Add(member.Key, member.Value);
            }

            long showType = Convert.ToInt64(row["ShowType"]);
            row["ShowType"] = showType;
            if (showType >= 0 && showType < ShowTypes.Length)
            {
                row["ShowTypeName"] = ShowTypes[showType];
            }

            string key = row.GetString("Key");
            if (!fields.ContainsKey(key))
            {
                fields.Add(key, row["Value"]);
            }

            rows.Add(row);
        }

        return new JsonObject { { "rows", rows }, { "fields", fields } };
    }

    public void Dispose()
    {
        http.Dispose();
    }
}
