using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using AfterSales;
using NUnit.Framework;

namespace AfterSales.Tests
{
    /// <summary>
    /// Seeing what the library does: log events on the AfterSales TraceSource and the static event, request ids on
    /// responses and exceptions, stats, ToString, and no secret in any of them.
    /// </summary>
    [TestFixture]
    public sealed class ObservabilityTests
    {
        private const string ServiceListPath = "/sysa/mobilephone/salesmanage/service/list.asp";
        private const string RequestIdPattern = "^[0-9a-f]{16}$";

        private RecordingListener listener;

        [SetUp]
        public void ResetSandboxAndLogging()
        {
            Sandbox.Reset();
            listener = new RecordingListener();
            AfterSalesLog.Source.Listeners.Add(listener);
        }

        [TearDown]
        public void StopLogging()
        {
            AfterSalesLog.Source.Listeners.Remove(listener);
            AfterSalesLog.Source.Switch.Level = SourceLevels.Off;
            AfterSalesLog.EventLevels = SourceLevels.Information;
        }

        [Test]
        public void ATraceListenerReceivesEachEventWithItsTypeAndFields()
        {
            AfterSalesLog.Source.Switch.Level = SourceLevels.Verbose;
            var text = new StringWriter();
            var textListener = new TextWriterTraceListener(text);
            AfterSalesLog.Source.Listeners.Add(textListener);
            AfterSalesResponse response;
            try
            {
                JsonObject config = TestClients.ZhibangConfig();
                config["name"] = "desk-7";
                using (var client = new ZhibangClient(config))
                {
                    response = client.ServiceList(new { pagesize = 5 });
                }
            }
            finally
            {
                AfterSalesLog.Source.Listeners.Remove(textListener);
            }

            List<Traced> call = listener.Of(response.RequestId);
            CollectionAssert.AreEqual(new[] { "request", "response", "login", "request", "response", "call" }, call.Select(e => e.Args.Name).ToArray());
            CollectionAssert.AreEqual(
                new[] { TraceEventType.Verbose, TraceEventType.Verbose, TraceEventType.Information, TraceEventType.Verbose, TraceEventType.Verbose, TraceEventType.Information },
                call.Select(e => e.Type).ToArray());
            foreach (Traced traced in call)
            {
                Assert.AreEqual("AfterSales", traced.Source);
                Assert.AreEqual(traced.Type, traced.Args.Type);
                Assert.AreEqual(new[] { "zhibang", "desk-7", "service_list" }, new[] { traced.Args.Provider, traced.Args.Client, traced.Args.Endpoint });
                Assert.AreEqual(traced.Type == TraceEventType.Verbose ? "debug" : "info", traced.Args.Fields.GetString("level"));
            }

            JsonObject last = call[4].Args.Fields;
            Assert.AreEqual("POST", last.GetString("method"));
            Assert.AreEqual(Sandbox.Url + ServiceListPath, last.GetString("url"));
            Assert.AreEqual(200L, last.GetInt64("status"));
            Assert.AreEqual(1L, last.GetInt64("attempt"));
            Assert.Greater(last.GetInt64("bytes"), 0L);
            Assert.AreEqual(2L, call[5].Args.Fields.GetInt64("requests"));
            StringAssert.IsMatch(@"^call zhibang service_list ok in [0-9.]+ ms, 2 requests \(request " + response.RequestId + @"\)$", call[5].Args.Message);
            StringAssert.Contains("AfterSales Information: 0 : call zhibang service_list ok in ", text.ToString(), "text listeners write the readable line");
        }

        [Test]
        public void AtWarningASuccessfulCallTracesNothingAndAFailedOneWarns()
        {
            AfterSalesLog.Source.Switch.Level = SourceLevels.Warning;
            using (ZhibangClient client = TestClients.Zhibang())
            {
                client.ServiceList(new { pagesize = 5 });
                Assert.IsEmpty(listener.Events);

                Sandbox.InjectFault(ServiceListPath, "http_500", 1);
                var error = Assert.Throws<AfterSalesTransportException>(() => client.ServiceList(new { pagesize = 5 }));

                Traced warning = listener.Events.Single();
                Assert.AreEqual(TraceEventType.Warning, warning.Type);
                Assert.AreEqual("call", warning.Args.Name);
                Assert.AreEqual("http_status", warning.Args.Code);
                Assert.AreEqual(500L, warning.Args.Fields.GetInt64("status"));
                Assert.AreEqual(error.RequestId, warning.Args.RequestId);
                Assert.AreEqual(error.Message, warning.Args.Fields.GetString("message"));
                StringAssert.StartsWith("call zhibang service_list failed (http_status) in ", warning.Args.Message);
            }
        }

        [Test]
        public void TheStaticEventReceivesTheLevelsItAsksFor()
        {
            var received = new List<AfterSalesLogEventArgs>();
            var senders = new List<object>();
            EventHandler<AfterSalesLogEventArgs> handler = (sender, args) =>
            {
                lock (received)
                {
                    senders.Add(sender);
                    received.Add(args);
                }
            };
            AfterSalesLog.Event += handler;
            try
            {
                using (EshouhouClient client = TestClients.Eshouhou())
                {
                    string first = client.GetServiceSpace().RequestId;
                    CollectionAssert.AreEqual(new[] { "token_issued", "call" }, received.Where(e => e.RequestId == first).Select(e => e.Name).ToArray());
                    Assert.IsTrue(received.All(e => e.Type == TraceEventType.Information && e.Provider == "eshouhou"));

                    AfterSalesLog.EventLevels = SourceLevels.Verbose;
                    string second = client.GetServiceSpace().RequestId;
                    CollectionAssert.AreEqual(new[] { "request", "response", "call" }, received.Where(e => e.RequestId == second).Select(e => e.Name).ToArray());
                    Assert.AreEqual(TraceEventType.Verbose, received.First(e => e.RequestId == second).Type);
                }
            }
            finally
            {
                AfterSalesLog.Event -= handler;
            }

            Assert.IsTrue(senders.All(sender => sender == null));
            Assert.IsEmpty(listener.Events, "the TraceSource's switch is off");
        }

        [Test]
        public void AThrowingHandlerOrListenerNeverBreaksACall()
        {
            AfterSalesLog.Source.Switch.Level = SourceLevels.Verbose;
            var throwing = new ThrowingListener();
            AfterSalesLog.Source.Listeners.Add(throwing);
            var later = new List<string>();
            EventHandler<AfterSalesLogEventArgs> fails = (sender, args) => { throw new InvalidOperationException("a broken handler"); };
            EventHandler<AfterSalesLogEventArgs> records = (sender, args) => later.Add(args.Name);
            AfterSalesLog.Event += fails;
            AfterSalesLog.Event += records;
            try
            {
                using (ZhibangClient client = TestClients.Zhibang())
                {
                    Assert.IsNotEmpty(client.ServiceList(new { pagesize = 2 }).Data.GetArray("rows"));
                }
            }
            finally
            {
                AfterSalesLog.Event -= fails;
                AfterSalesLog.Event -= records;
                AfterSalesLog.Source.Listeners.Remove(throwing);
            }

            CollectionAssert.Contains(later, "call", "a failing handler does not keep the event from the next one");
        }

        [Test]
        public void TheNativeCallbackIsRegisteredOnlyWhileSomethingWantsTheEvents()
        {
            FieldInfo applied = typeof(AfterSalesLog).GetField("applied", BindingFlags.NonPublic | BindingFlags.Static);
            using (ZhibangClient client = TestClients.Zhibang())
            {
                client.ServiceList(new { pagesize = 1 });
                Assert.AreEqual(0, applied.GetValue(null), "switch off and no handler: no callback");

                AfterSalesLog.Source.Switch.Level = SourceLevels.Information;
                client.ServiceList(new { pagesize = 1 });
                Assert.AreEqual(3, applied.GetValue(null));

                AfterSalesLog.Source.Listeners.Remove(listener);
                AfterSalesLog.Source.Listeners.Clear();
                try
                {
                    client.ServiceList(new { pagesize = 1 });
                    Assert.AreEqual(0, applied.GetValue(null), "a switch without listeners wants nothing");
                }
                finally
                {
                    AfterSalesLog.Source.Listeners.Add(new DefaultTraceListener());
                }

                AfterSalesLog.Source.Switch.Level = SourceLevels.Off;
                EventHandler<AfterSalesLogEventArgs> handler = (sender, args) => { };
                AfterSalesLog.Event += handler;
                AfterSalesLog.EventLevels = SourceLevels.Warning;
                try
                {
                    client.ServiceList(new { pagesize = 1 });
                    Assert.AreEqual(2, applied.GetValue(null));
                }
                finally
                {
                    AfterSalesLog.Event -= handler;
                }

                client.ServiceList(new { pagesize = 1 });
                Assert.AreEqual(0, applied.GetValue(null), "the last handler removed: no callback");
            }
        }

        [Test]
        public void ResponsesAndExceptionsCarryTheRequestId()
        {
            using (ZhibangClient client = TestClients.Zhibang())
            {
                AfterSalesResponse response = client.ServiceList(new { pagesize = 1 });
                StringAssert.IsMatch(RequestIdPattern, response.RequestId);
                Assert.AreEqual(response.RequestId, response.Meta.GetString("request_id"));

                JsonObject page = null;
                foreach (JsonObject each in client.Pages("service_list", new { pagesize = 1000 }))
                {
                    page = each;
                }

                Assert.IsNotNull(page);

                Sandbox.InjectFault(ServiceListPath, "http_500", 1);
                var error = Assert.Throws<AfterSalesTransportException>(() => client.ServiceList(new { pagesize = 1 }));
                StringAssert.IsMatch(RequestIdPattern, error.RequestId);
                StringAssert.EndsWith("(request " + error.RequestId + ")", error.Message);
            }

            Assert.IsNull(new AfterSalesException("internal_error", "internal", "made by hand", false).RequestId);
        }

        [Test]
        public void StatsCountCallsErrorsRequestsAndLogins()
        {
            using (ZhibangClient client = TestClients.Zhibang())
            {
                Assert.AreEqual(0L, client.Stats.GetInt64("calls"));
                for (int i = 0; i < 3; i++)
                {
                    client.ServiceList(new { pagesize = 2 });
                }

                Sandbox.InjectFault(ServiceListPath, "http_500", 1);
                Assert.Throws<AfterSalesTransportException>(() => client.ServiceList(new { pagesize = 2 }));

                JsonObject stats = client.Stats;
                Assert.AreEqual(4L, stats.GetInt64("calls"));
                Assert.AreEqual(1L, stats.GetObject("errors").GetInt64("http_status"));
                Assert.AreEqual(1L, stats.GetInt64("logins"));
                Assert.AreEqual(5L, stats.GetInt64("requests"));
                Assert.Greater(stats.GetInt64("bytes_in"), 0L);
                Assert.Greater(stats.GetInt64("bytes_out"), 0L);
                JsonObject latency = stats.GetObject("latency_ms");
                double p50 = Convert.ToDouble(latency["p50"]);
                Assert.That(p50 > 0 && p50 <= Convert.ToDouble(latency["p95"]) && Convert.ToDouble(latency["p95"]) <= Convert.ToDouble(latency["p99"]));
            }
        }

        [Test]
        public void ToStringNamesProviderServerAccountAndNameButNoSecret()
        {
            JsonObject zhibangConfig = TestClients.ZhibangConfig();
            zhibangConfig["name"] = "desk-7";
            ZhibangClient zhibang = new ZhibangClient(zhibangConfig);
            EshouhouClient eshouhou = TestClients.Eshouhou();
            Assert.AreEqual("ZhibangClient zhibang " + Sandbox.Url + " user=" + TestClients.ZhibangUser + " name=\"desk-7\"", zhibang.ToString());
            Assert.AreEqual("EshouhouClient eshouhou " + Sandbox.Url + " app_id=" + TestClients.AppId, eshouhou.ToString());
            zhibang.Dispose();
            eshouhou.Dispose();
            StringAssert.EndsWith(" disposed", zhibang.ToString());
            StringAssert.DoesNotContain(TestClients.AppSecret, eshouhou.ToString());
        }

        [Test]
        public void NoEventStatOrMessageHoldsThePasswordInAnyEncoding()
        {
            const string password = "p@ss w+rd/\"<x>&密";
            AfterSalesLog.Source.Switch.Level = SourceLevels.Verbose;
            AfterSalesLog.EventLevels = SourceLevels.Verbose;
            var seen = new List<string>();
            EventHandler<AfterSalesLogEventArgs> handler = (sender, args) =>
            {
                lock (seen)
                {
                    seen.Add(args.EventJson);
                    seen.Add(args.Message);
                }
            };
            AfterSalesLog.Event += handler;
            try
            {
                JsonObject config = TestClients.ZhibangConfig();
                config["password"] = password;
                using (var client = new ZhibangClient(config))
                {
                    var error = Assert.Throws<AfterSalesAuthException>(() => client.ServiceList(new { pagesize = 1 }));
                    Assert.AreEqual("credentials_rejected", error.Code);
                    seen.Add(error.Message);
                    seen.Add(error.ToString());
                    seen.Add(client.ToString());
                    seen.Add(client.Stats.ToString());
                }
            }
            finally
            {
                AfterSalesLog.Event -= handler;
            }

            Assert.That(seen.Count(text => text.Contains("\"event\":\"request\"")), Is.GreaterThan(0));
            seen.AddRange(listener.Events.Select(e => e.Args.EventJson + "\n" + e.Args.Message));
            foreach (string form in EncodingsOf(password))
            {
                foreach (string text in seen)
                {
                    StringAssert.DoesNotContain(form, text);
                }
            }
        }

        // The secret as it may travel: raw, percent-encoded (either hex case), form-encoded, JSON-escaped (with and
        // without \uXXXX) and HTML-escaped.
        private static IEnumerable<string> EncodingsOf(string secret)
        {
            string percent = Uri.EscapeDataString(secret);
            string form = percent.Replace("%20", "+");
            string json = secret.Replace("\"", "\\\"");
            Func<string, string> escapedAbove127 = hex => string.Concat(json.Select(c => c > 127 ? "\\u" + ((int)c).ToString(hex) : c.ToString()));
            return new[]
            {
                secret,
                percent,
                LowerHex(percent),
                form,
                LowerHex(form),
                json,
                escapedAbove127("x4"),
                escapedAbove127("X4"),
                WebUtility.HtmlEncode(secret),
                secret.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;"),
            };
        }

        private static string LowerHex(string escaped)
        {
            return Regex.Replace(escaped, "%[0-9A-F]{2}", match => match.Value.ToLowerInvariant());
        }

        private sealed class Traced
        {
            internal string Source;
            internal TraceEventType Type;
            internal AfterSalesLogEventArgs Args;
        }

        private sealed class RecordingListener : TraceListener
        {
            private readonly List<Traced> events = new List<Traced>();

            internal List<Traced> Events
            {
                get
                {
                    lock (events)
                    {
                        return events.ToList();
                    }
                }
            }

            public override void TraceData(TraceEventCache eventCache, string source, TraceEventType eventType, int id, object data)
            {
                lock (events)
                {
                    events.Add(new Traced { Source = source, Type = eventType, Args = (AfterSalesLogEventArgs)data });
                }
            }

            public override void Write(string message)
            {
            }

            public override void WriteLine(string message)
            {
            }

            internal List<Traced> Of(string requestId)
            {
                return Events.Where(e => e.Args.RequestId == requestId).ToList();
            }
        }

        private sealed class ThrowingListener : TraceListener
        {
            public override void TraceData(TraceEventCache eventCache, string source, TraceEventType eventType, int id, object data)
            {
                throw new InvalidOperationException("a broken listener");
            }

            public override void Write(string message)
            {
            }

            public override void WriteLine(string message)
            {
            }
        }
    }
}
