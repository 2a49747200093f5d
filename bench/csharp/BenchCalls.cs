// .NET on Mono: the AfterSales package against what an integrator writes instead, System.Net.Http.HttpClient
// plus a JSON parser that needs no NuGet package (the package's own public reader, AfterSales.Json, so both
// sides parse JSON at the same speed and the comparison is about everything else), doing the same GET and the
// same normalization by hand. Both run against the same nginx in interleaved rounds; the result is one JSON
// line with the microseconds per call of every round.
//
// Usage: mono BenchCalls.exe <base-url> <rounds> <calls-per-round>

using System;
using System.Diagnostics;
using System.Net.Http;
using System.Reflection;
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
        {
            var parameters = new { projectId = Fixture.ProjectId };
            Func<object> libraryCall = () => library.GetCustomerProject(parameters).Data;
            Func<object> byHandCall = () => byHand.GetCustomerProject(Fixture.ProjectId);

            // The comparison is fair only if both end with the same data (member order aside).
            if (!SameJson(libraryCall(), byHandCall()))
            {
                Console.Error.WriteLine("the package and the hand-written client disagree on the normalized data");
                return 1;
            }

            var libraryUs = new JsonArray();
            var httpClientUs = new JsonArray();
            // Round 0 warms up (and lets the JIT compile both paths) and is not kept; the order alternates.
            for (int round = 0; round <= rounds; round++)
            {
                double libraryRound;
                double httpClientRound;
                if (round % 2 == 0)
                {
                    libraryRound = PerCallUs(calls, libraryCall);
                    httpClientRound = PerCallUs(calls, byHandCall);
                }
                else
                {
                    httpClientRound = PerCallUs(calls, byHandCall);
                    libraryRound = PerCallUs(calls, libraryCall);
                }

                if (round > 0)
                {
                    libraryUs.Add(libraryRound);
                    httpClientUs.Add(httpClientRound);
                }
            }

            var result = new JsonObject
            {
                { "library_us", libraryUs },
                { "httpclient_us", httpClientUs },
                { "runtime", RuntimeName() },
            };
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

    private static double PerCallUs(int calls, Func<object> call)
    {
        Stopwatch watch = Stopwatch.StartNew();
        for (int i = 0; i < calls; i++)
        {
            call();
        }

        return watch.Elapsed.TotalMilliseconds * 1000.0 / calls;
    }

    private static string RuntimeName()
    {
        Type mono = Type.GetType("Mono.Runtime");
        MethodInfo displayName = mono == null ? null : mono.GetMethod("GetDisplayName", BindingFlags.NonPublic | BindingFlags.Static);
        return displayName == null ? Environment.Version.ToString() : "Mono " + displayName.Invoke(null, null);
    }
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
