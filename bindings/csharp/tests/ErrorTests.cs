using System;
using System.Linq;
using AfterSales;
using NUnit.Framework;

namespace AfterSales.Tests
{
    /// <summary>Each error family arrives as its exception class with code, retryable flag and the vendor's words.</summary>
    [TestFixture]
    public sealed class ErrorTests
    {
        private const string ServiceSpacePath = "/api/customerservice/getservicespace";
        private const string ServiceHandlePath = "/sysa/mobilephone/salesmanage/service/chuli.asp";

        [SetUp]
        public void ResetSandbox()
        {
            Sandbox.Reset();
        }

        [Test]
        public void BadParametersAreRefusedBeforeAnythingIsSent()
        {
            using (EshouhouClient client = TestClients.Eshouhou())
            {
                client.GetServiceSpace();
                long requestsBefore = TotalRequests();

                var unknown = Assert.Throws<AfterSalesInputException>(() => client.GetCustomerProject(new { projectid = "x" }));
                var missing = Assert.Throws<AfterSalesInputException>(() => client.GetCustomerProject(new { }));
                var outOfRange = Assert.Throws<AfterSalesInputException>(() => client.GetWorkOrders(new { pageSize = 0 }));
                var notAnObject = Assert.Throws<AfterSalesInputException>(() => client.Call("get_service_space", "[]"));
                var noSuchEndpoint = Assert.Throws<AfterSalesInputException>(() => client.Call("get_everything"));

                Assert.AreEqual("unknown_parameter", unknown.Code);
                Assert.AreEqual("projectid", unknown.Parameter);
                StringAssert.Contains("projectId", unknown.Message, "the message suggests the right spelling");
                Assert.AreEqual("missing_parameter", missing.Code);
                Assert.AreEqual("projectId", missing.Parameter);
                Assert.AreEqual("invalid_parameter", outOfRange.Code);
                Assert.AreEqual("invalid_json", notAnObject.Code);
                Assert.AreEqual("unknown_endpoint", noSuchEndpoint.Code);
                Assert.IsFalse(unknown.Retryable);
                Assert.AreEqual(requestsBefore, TotalRequests(), "input errors must not reach the server");
            }
        }

        [Test]
        public void ATooLongValueNamesTheParameter()
        {
            using (ZhibangClient client = TestClients.Zhibang())
            {
                var error = Assert.Throws<AfterSalesInputException>(
                    () => client.ServiceHandle(new { ord = 1, cateid = "61", info1 = new string('长', 4001), cate = "69", intro = "171" }));

                Assert.AreEqual("value_too_long", error.Code);
                Assert.AreEqual("info1", error.Parameter);
            }
        }

        [Test]
        public void ABadConfigFailsTheConstructor()
        {
            JsonObject typo = TestClients.ZhibangConfig();
            typo["pasword"] = "x";
            JsonObject incomplete = TestClients.ZhibangConfig();
            incomplete.Remove("base_url");

            var unknownKey = Assert.Throws<AfterSalesInputException>(() => new ZhibangClient(typo));
            var missingKey = Assert.Throws<AfterSalesInputException>(() => new ZhibangClient(incomplete));

            Assert.AreEqual("unknown_parameter", unknownKey.Code);
            Assert.AreEqual("pasword", unknownKey.Parameter);
            Assert.AreEqual("missing_parameter", missingKey.Code);
            Assert.AreEqual("base_url", missingKey.Parameter);
            Assert.Throws<ArgumentNullException>(() => new EshouhouClient(null));
        }

        [Test]
        public void TheHostileNetworkSettingsReachTheLibrary()
        {
            JsonObject accepted = TestClients.ZhibangConfig();
            accepted["deadline_ms"] = 3000;
            accepted["max_response_bytes"] = 1 << 20;
            accepted["verify_writes"] = false;
            accepted["ca_certificates_only"] = false;
            using (var client = new ZhibangClient(accepted))
            {
                Assert.IsNotEmpty(client.ServiceList(new { pagesize = 1 }).Data.GetArray("rows"));
            }

            JsonObject onlyWithoutCertificates = TestClients.EshouhouConfig();
            onlyWithoutCertificates["ca_certificates_only"] = true;
            JsonObject tooShortADeadline = TestClients.ZhibangConfig();
            tooShortADeadline["deadline_ms"] = 0;
            JsonObject notABoolean = TestClients.ZhibangConfig();
            notABoolean["verify_writes"] = "yes";
            JsonObject notAnEshouhouKey = TestClients.EshouhouConfig();
            notAnEshouhouKey["verify_writes"] = true;

            var onlyError = Assert.Throws<AfterSalesInputException>(() => new EshouhouClient(onlyWithoutCertificates));
            var deadlineError = Assert.Throws<AfterSalesInputException>(() => new ZhibangClient(tooShortADeadline));
            var verifyError = Assert.Throws<AfterSalesInputException>(() => new ZhibangClient(notABoolean));
            var unknownError = Assert.Throws<AfterSalesInputException>(() => new EshouhouClient(notAnEshouhouKey));

            Assert.AreEqual("missing_parameter", onlyError.Code);
            Assert.AreEqual("ca_certificates", onlyError.Parameter);
            Assert.AreEqual("deadline_ms", deadlineError.Parameter);
            Assert.AreEqual("invalid_parameter", verifyError.Code);
            Assert.AreEqual("verify_writes", verifyError.Parameter);
            Assert.AreEqual("unknown_parameter", unknownError.Code);
            Assert.AreEqual("verify_writes", unknownError.Parameter);
        }

        [Test]
        public void AnAnswerOverMaxResponseBytesIsRefused()
        {
            JsonObject config = TestClients.ZhibangConfig();
            config["max_response_bytes"] = 1024;
            using (var client = new ZhibangClient(config))
            {
                client.Login();

                var error = Assert.Throws<AfterSalesTransportException>(() => client.ServiceList(new { pagesize = 200 }));

                Assert.AreEqual("response_too_large", error.Code);
                Assert.IsFalse(error.Retryable);
            }
        }

        [Test]
        public void AWrongAppSecretIsRejectedWithoutRevealingIt()
        {
            const string wrongSecret = "00000000000000000000000000000000";
            JsonObject config = TestClients.EshouhouConfig();
            config["app_secret"] = wrongSecret;
            using (var client = new EshouhouClient(config))
            {
                var error = Assert.Throws<AfterSalesAuthException>(() => client.GetServiceSpace());

                Assert.AreEqual("credentials_rejected", error.Code);
                Assert.AreEqual("签名验证失败", error.VendorMessage);
                Assert.IsFalse(error.Retryable);
                AssertNoSecret(error, wrongSecret);
            }
        }

        [Test]
        public void AWrongPasswordIsRejectedWithoutRevealingIt()
        {
            const string wrongPassword = "not-the-password";
            using (ZhibangClient client = ZhibangWithPassword(wrongPassword))
            {
                var error = Assert.Throws<AfterSalesAuthException>(() => client.DeptList());

                Assert.AreEqual("credentials_rejected", error.Code);
                Assert.AreEqual("用户名或密码错误。", error.VendorMessage);
                AssertNoSecret(error, wrongPassword);
            }
        }

        [Test]
        public void AFrozenAccountIsDisabled()
        {
            JsonObject config = TestClients.ZhibangConfig();
            config["username"] = TestClients.ZhibangFrozenUser;
            using (var client = new ZhibangClient(config))
            {
                var error = Assert.Throws<AfterSalesAuthException>(() => client.DeptList());

                Assert.AreEqual("account_disabled", error.Code);
                Assert.AreEqual("用户被冻结。", error.VendorMessage);
            }
        }

        [Test]
        public void ACaptchaAfterThreeFailuresCarriesItsUrlAndIsAnsweredThroughLogin()
        {
            for (int attempt = 0; attempt < 3; attempt++)
            {
                using (ZhibangClient wrong = ZhibangWithPassword("wrong-" + attempt))
                {
                    Assert.Throws<AfterSalesAuthException>(() => wrong.Login());
                }
            }

            using (ZhibangClient client = TestClients.Zhibang())
            {
                var error = Assert.Throws<AfterSalesAuthException>(() => client.DeptList());

                Assert.AreEqual("captcha_required", error.Code);
                StringAssert.StartsWith(Sandbox.Url, error.CaptchaUrl);
                Assert.AreEqual(true, client.Login(new { rndcode = TestClients.ZhibangCaptcha }).Data.GetBoolean("logged_in"));
                Assert.IsNotEmpty(client.DeptList().Data.GetArray("rows"));
            }
        }

        [Test]
        public void AnUnreachableServerIsARetryableTransportError()
        {
            JsonObject config = TestClients.EshouhouConfig();
            config["base_url"] = "http://127.0.0.1:1";
            config["retries"] = 0;
            using (var client = new EshouhouClient(config))
            {
                var error = Assert.Throws<AfterSalesTransportException>(() => client.GetServiceSpace());

                Assert.AreEqual("connect_failed", error.Code);
                Assert.IsTrue(error.Retryable);
            }
        }

        [Test]
        public void AnHttpErrorCarriesItsStatus()
        {
            using (EshouhouClient client = WithoutRetries())
            {
                client.Token();
                Sandbox.InjectFault(ServiceSpacePath, "http_500", 1);

                var error = Assert.Throws<AfterSalesTransportException>(() => client.GetServiceSpace());

                Assert.AreEqual("http_status", error.Code);
                Assert.AreEqual(500, error.HttpStatus);
                Assert.IsNotNull(client.GetServiceSpace().Data, "the client stays usable");
            }
        }

        [Test]
        public void AServerErrorIsReportedAtOnceAndIsNotRetryable()
        {
            JsonObject config = TestClients.EshouhouConfig();
            config["retries"] = 2;
            using (var client = new EshouhouClient(config))
            {
                client.Token();
                Sandbox.InjectFault(ServiceSpacePath, "http_500", 1);

                var error = Assert.Throws<AfterSalesTransportException>(() => client.GetServiceSpace());

                Assert.AreEqual("http_status", error.Code);
                Assert.IsFalse(error.Retryable);
                Assert.AreEqual(1L, RequestsTo(ServiceSpacePath), "a 500 may be deterministic: not sent again");
            }
        }

        [Test]
        public void AServerUnavailableOnEveryAttemptIsRetryable()
        {
            const int Retries = 2;
            JsonObject config = TestClients.EshouhouConfig();
            config["retries"] = Retries;
            config["retry_backoff_ms"] = 20;
            using (var client = new EshouhouClient(config))
            {
                client.Token();
                Sandbox.InjectFault(ServiceSpacePath, "http_503", Retries + 2);

                var error = Assert.Throws<AfterSalesTransportException>(() => client.GetServiceSpace());

                Assert.AreEqual("server_unavailable", error.Code);
                Assert.AreEqual(503, error.HttpStatus);
                Assert.IsTrue(error.Retryable);
                Assert.AreEqual(Retries + 1, RequestsTo(ServiceSpacePath));
            }
        }

        [Test]
        public void AWriteWithoutAnAnswerIsOutcomeUnknownAndSentOnce()
        {
            using (ZhibangClient client = SlowToAnswerWrites(false))
            {
                string ord = NewestService(client);
                Sandbox.InjectFault(ServiceHandlePath, "delay", 1, 1500);

                var error = Assert.Throws<AfterSalesOutcomeUnknownException>(() => HandleService(client, ord));

                Assert.IsInstanceOf<AfterSalesTransportException>(error);
                Assert.AreEqual("outcome_unknown", error.Code);
                Assert.AreEqual("transport", error.Family);
                Assert.IsFalse(error.Retryable);
                Assert.AreEqual(1L, RequestsTo(ServiceHandlePath), "a write is never sent twice");
            }
        }

        [Test]
        public void AWriteReadBackWithoutItStaysOutcomeUnknown()
        {
            using (ZhibangClient client = SlowToAnswerWrites(null))
            {
                string ord = NewestService(client);
                Sandbox.InjectFault(ServiceHandlePath, "delay", 1, 1500);

                var error = Assert.Throws<AfterSalesOutcomeUnknownException>(() => HandleService(client, ord));

                Assert.AreEqual("outcome_unknown", error.Code);
                Assert.IsFalse(error.Retryable);
                StringAssert.Contains("does not show", error.Message);
                StringAssert.Contains("service_detail", error.Message);
                Assert.AreEqual(1L, RequestsTo(ServiceHandlePath), "the read-back reads, it never saves again");
            }
        }

        [Test]
        public void ASlowServerTimesOut()
        {
            JsonObject config = TestClients.EshouhouConfig();
            config["retries"] = 0;
            config["timeout_ms"] = 300;
            using (var client = new EshouhouClient(config))
            {
                client.Token();
                Sandbox.InjectFault(ServiceSpacePath, "delay", 1, 2000);

                var error = Assert.Throws<AfterSalesTransportException>(() => client.GetServiceSpace());

                Assert.AreEqual("timeout", error.Code);
                Assert.IsTrue(error.Retryable);
            }
        }

        [Test]
        public void AVendorErrorKeepsTheVendorsCodeAndText()
        {
            using (EshouhouClient client = WithoutRetries())
            {
                client.Token();
                Sandbox.InjectFault(ServiceSpacePath, "vendor_error", 1);

                var error = Assert.Throws<AfterSalesVendorException>(() => client.GetServiceSpace());

                Assert.AreEqual("vendor_error", error.Code);
                Assert.AreEqual("500", error.VendorCode);
                Assert.AreEqual("系统繁忙，请稍后再试", error.VendorMessage);
            }
        }

        [Test]
        public void AZhibangRefusalInProseIsVendorRejected()
        {
            using (ZhibangClient client = TestClients.Zhibang())
            {
                string ord = client.ServiceList(new { pagesize = 1 }).Data.GetArray("rows").Objects().First().GetString("ord");

                var error = Assert.Throws<AfterSalesVendorException>(
                    () => client.ServiceHandle(new { ord = ord, cateid = "61", info1 = "测试", cate = "69", intro = "999" }));

                Assert.AreEqual("vendor_rejected", error.Code);
                Assert.AreEqual("处理结果无效，不能保存！", error.VendorMessage);
            }
        }

        [Test]
        public void AnHtmlPageInsteadOfJsonIsADecodeError()
        {
            using (EshouhouClient client = WithoutRetries())
            {
                client.Token();
                Sandbox.InjectFault(ServiceSpacePath, "garbage", 1);

                var error = Assert.Throws<AfterSalesDecodeException>(() => client.GetServiceSpace());

                Assert.AreEqual("invalid_response", error.Code);
            }
        }

        [Test]
        public void EveryErrorCodeOfTheCatalogueMapsToTheClassOfItsFamily()
        {
            foreach (JsonObject code in AfterSalesLibrary.Endpoints().GetArray("error_codes").Objects())
            {
                JsonObject error = new JsonObject
                {
                    { "code", code.GetString("code") },
                    { "family", code.GetString("family") },
                    { "message", "m" },
                    { "retryable", code.GetBoolean("retryable") },
                };

                AfterSalesException mapped = ErrorMapper.FromError(error);

                Assert.AreNotEqual(typeof(AfterSalesException), mapped.GetType(), code.GetString("code") + " has a family the wrapper does not know");
                Assert.AreEqual(code.GetString("family"), mapped.Family);
                Assert.AreEqual(code.GetString("code") == "outcome_unknown", mapped is AfterSalesOutcomeUnknownException, code.GetString("code"));
                Assert.AreEqual(code.GetBoolean("retryable"), mapped.Retryable, code.GetString("code"));
            }
        }

        private static EshouhouClient WithoutRetries()
        {
            JsonObject config = TestClients.EshouhouConfig();
            config["retries"] = 0;
            return new EshouhouClient(config);
        }

        private static ZhibangClient ZhibangWithPassword(string password)
        {
            JsonObject config = TestClients.ZhibangConfig();
            config["password"] = password;
            return new ZhibangClient(config);
        }

        // The client gives up after 0.3 s; the library never re-sends a write, whatever retries says.
        private static ZhibangClient SlowToAnswerWrites(bool? verifyWrites)
        {
            JsonObject config = TestClients.ZhibangConfig();
            config["timeout_ms"] = 300;
            config["retries"] = 2;
            if (verifyWrites.HasValue)
            {
                config["verify_writes"] = verifyWrites.Value;
            }

            return new ZhibangClient(config);
        }

        private static string NewestService(ZhibangClient client)
        {
            return client.ServiceList(new { pagesize = 1 }).Data.GetArray("rows").Objects().First().GetString("ord");
        }

        private static void HandleService(ZhibangClient client, string ord)
        {
            client.ServiceHandle(new { ord = ord, cateid = "61", info1 = "已上门更换加热管", cate = "69", intro = "171" });
        }

        private static long RequestsTo(string path)
        {
            return Sandbox.Stats().GetObject("requests").GetInt64(path) ?? 0;
        }

        private static long TotalRequests()
        {
            return Sandbox.Stats().GetObject("requests").Values.Sum(count => (long)count);
        }

        private static void AssertNoSecret(AfterSalesException error, string secret)
        {
            StringAssert.DoesNotContain(secret, error.Message);
            StringAssert.DoesNotContain(secret, error.ToString());
            Assert.IsFalse((error.VendorMessage ?? string.Empty).Contains(secret));
        }
    }
}
