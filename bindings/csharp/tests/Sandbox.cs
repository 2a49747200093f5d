using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Text;
using System.Threading;
using AfterSales;
using NUnit.Framework;

namespace AfterSales.Tests
{
    /// <summary>
    /// Starts one aftersales-sandbox for the whole test run and drives its admin API, so tests can do what the Rust
    /// tests do in-process: reset state, inject faults, expire tokens, kick sessions, read counters.
    /// </summary>
    /// <remarks>
    /// AFTERSALES_SANDBOX names the binary (default: target/debug/aftersales-sandbox of the repository);
    /// AFTERSALES_SANDBOX_URL points at a sandbox that is already running instead.
    /// </remarks>
    [SetUpFixture]
    public sealed class Sandbox
    {
        private const string ListeningPrefix = "aftersales-sandbox listening on ";

        private static Process process;

        /// <summary>The sandbox base URL, e.g. <c>http://127.0.0.1:40123</c>.</summary>
        public static string Url { get; private set; }

        [SetUp]
        public void Start()
        {
            string running = Environment.GetEnvironmentVariable("AFTERSALES_SANDBOX_URL");
            if (!string.IsNullOrEmpty(running))
            {
                Url = running.TrimEnd('/');
                return;
            }

            string binary = Environment.GetEnvironmentVariable("AFTERSALES_SANDBOX")
                ?? Path.Combine(TestPaths.RepositoryRoot, "target", "debug", "aftersales-sandbox");
            var start = new ProcessStartInfo(binary, "--port 0")
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            var announced = new ManualResetEvent(false);
            process = new Process { StartInfo = start };

            // Keep draining both pipes for the whole run so the sandbox never blocks on a full pipe.
            process.OutputDataReceived += (sender, line) =>
            {
                if (Url == null && line.Data != null && line.Data.StartsWith(ListeningPrefix, StringComparison.Ordinal))
                {
                    Url = line.Data.Substring(ListeningPrefix.Length).Trim().TrimEnd('/');
                    announced.Set();
                }
            };
            process.ErrorDataReceived += (sender, line) => { };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!announced.WaitOne(TimeSpan.FromSeconds(30)))
            {
                Stop();
                throw new InvalidOperationException("aftersales-sandbox did not announce its URL within 30 s: " + binary);
            }
        }

        [TearDown]
        public void Stop()
        {
            if (process == null)
            {
                return;
            }

            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit(5000);
            }

            process.Dispose();
            process = null;
        }

        /// <summary>Back to the initial state: data, counters, faults, quirks, login failures.</summary>
        public static void Reset()
        {
            Admin("POST", "reset", "{}");
        }

        /// <summary>Makes the next <paramref name="times"/> requests under <paramref name="pathPrefix"/> fail as <paramref name="kind"/>.</summary>
        public static void InjectFault(string pathPrefix, string kind, int times, int delayMs = 0)
        {
            Admin("POST", "faults", Json.Serialize(new { path_prefix = pathPrefix, kind = kind, times = times, delay_ms = delayMs }));
        }

        /// <summary>Switches on vendor quirks by name (e.g. <c>control_chars</c>); the others go back to off.</summary>
        public static void SetQuirks(params string[] quirks)
        {
            var body = new JsonObject();
            foreach (string quirk in quirks)
            {
                body[quirk] = true;
            }

            Admin("POST", "quirks", body.ToString());
        }

        /// <summary>Ends every issued eshouhou token and/or Zhibang session, as if they had timed out.</summary>
        public static void Expire(bool tokens, bool sessions)
        {
            Admin("POST", "expire", Json.Serialize(new { tokens = tokens, sessions = sessions }));
        }

        /// <summary>Ends the user's Zhibang session as a login on another device would.</summary>
        public static void Kick(string username)
        {
            Admin("POST", "kick", Json.Serialize(new { username = username }));
        }

        /// <summary>The sandbox counters since start or reset.</summary>
        public static JsonObject Stats()
        {
            return (JsonObject)Json.Parse(Admin("GET", "stats", null));
        }

        private static string Admin(string method, string action, string body)
        {
            var request = (HttpWebRequest)WebRequest.Create(Url + "/__sandbox/" + action);
            request.Method = method;
            request.Timeout = 10000;
            // A fresh connection each time: Mono's pool may hand out one the sandbox has already closed
            // as idle, and that request then fails with ReceiveFailure although the sandbox is fine.
            request.KeepAlive = false;
            if (body != null)
            {
                byte[] bytes = Encoding.UTF8.GetBytes(body);
                request.ContentType = "application/json";
                request.ContentLength = bytes.Length;
                using (Stream stream = request.GetRequestStream())
                {
                    stream.Write(bytes, 0, bytes.Length);
                }
            }

            using (var response = (HttpWebResponse)request.GetResponse())
            using (var reader = new StreamReader(response.GetResponseStream(), Encoding.UTF8))
            {
                return reader.ReadToEnd();
            }
        }
    }
}
