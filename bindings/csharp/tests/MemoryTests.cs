using System;
using System.Globalization;
using System.IO;
using System.Linq;
using AfterSales;
using NUnit.Framework;

namespace AfterSales.Tests
{
    /// <summary>10,000 calls through the wrapper free every string the library hands out.</summary>
    [TestFixture]
    public sealed class MemoryTests
    {
        private const int Calls = 10000;
        private const int WarmUpCalls = 300;

        // Far above what a leak-free loop grows by (allocator and JIT noise), far below what 10,000 leaked envelopes of a few kB take.
        private const long SanityBoundKb = 64 * 1024;

        [Test]
        public void TenThousandCallsLeaveNoStringsBehind()
        {
            Sandbox.Reset();
            using (EshouhouClient client = TestClients.Eshouhou())
            {
                for (int i = 0; i < WarmUpCalls; i++)
                {
                    Call(client, i);
                }

                ulong stringsBefore = AfterSalesLibrary.LiveStringCount;
                long rssBefore = ResidentKb();

                for (int i = 0; i < Calls; i++)
                {
                    Call(client, i);
                }

                ulong stringsAfter = AfterSalesLibrary.LiveStringCount;
                long rssAfter = ResidentKb();
                Console.WriteLine(string.Format(
                    CultureInfo.InvariantCulture,
                    "memory: {0} calls, live strings {1} -> {2}, RSS {3} kB -> {4} kB ({5:+0;-0;0} kB)",
                    Calls,
                    stringsBefore,
                    stringsAfter,
                    rssBefore,
                    rssAfter,
                    rssAfter - rssBefore));

                Assert.AreEqual(stringsBefore, stringsAfter, "every envelope must be freed");
                Assert.GreaterOrEqual(
                    Sandbox.Stats().GetObject("requests").GetInt64("/api/customerservice/getservicespace"),
                    (long)(Calls * 9 / 10),
                    "the successful calls went all the way to the server");
                if (rssBefore > 0)
                {
                    Assert.Less(rssAfter - rssBefore, SanityBoundKb);
                }
            }
        }

        // Nine successful calls, then one refused one, so both the data and the error path are repeated.
        private static void Call(EshouhouClient client, int i)
        {
            if (i % 10 == 9)
            {
                Assert.Throws<AfterSalesInputException>(() => client.GetCustomerProject(new { projectid = "x" }));
            }
            else
            {
                Assert.IsNotNull(client.GetServiceSpace().Data);
            }
        }

        // The resident set size from /proc (Linux); 0 where there is none.
        private static long ResidentKb()
        {
            const string status = "/proc/self/status";
            if (!File.Exists(status))
            {
                return 0;
            }

            string line = File.ReadAllLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line == null ? 0 : long.Parse(line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
    }
}
