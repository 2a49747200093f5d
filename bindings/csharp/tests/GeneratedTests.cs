using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using AfterSales;
using NUnit.Framework;

namespace AfterSales.Tests
{
    /// <summary>The generated config classes and error-code enum agree with the loaded library's catalogue.</summary>
    [TestFixture]
    public sealed class GeneratedTests
    {
        [SetUp]
        public void ResetSandbox()
        {
            Sandbox.Reset();
        }

        [Test]
        public void EachConfigClassHasAPropertyPerConfigKeyOfItsProvider()
        {
            var classes = new Dictionary<string, Type>
            {
                { "eshouhou", typeof(EshouhouClientConfig) },
                { "zhibang", typeof(ZhibangClientConfig) },
            };
            foreach (KeyValuePair<string, Type> provider in classes)
            {
                var expected = AfterSalesLibrary.Endpoints().GetArray("config").Objects()
                    .Where(key => key.GetArray("providers").Cast<string>().Contains(provider.Key))
                    .Select(key => CatalogueTests.PascalCase(key.GetString("name")))
                    .ToList();
                var properties = provider.Value.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(property => property.DeclaringType == provider.Value || property.DeclaringType == typeof(ClientConfig))
                    .Select(property => property.Name)
                    .ToList();

                CollectionAssert.AreEquivalent(expected, properties, provider.Key);
            }
        }

        [Test]
        public void ATypedConfigCreatesAWorkingClientAndNullRemovesAKey()
        {
            var config = new ZhibangClientConfig
            {
                BaseUrl = Sandbox.Url,
                Username = TestClients.ZhibangUser,
                Password = TestClients.ZhibangPassword,
                Prefetch = 0,
                VerifyWrites = false,
                Name = "typed",
            };
            config.Name = null;

            Assert.IsFalse(config.ContainsKey("name"));
            Assert.AreEqual(0, config.Prefetch);
            Assert.AreEqual(false, config.VerifyWrites);
            Assert.IsNull(config.SerialNumber);
            using (var client = new ZhibangClient(config))
            {
                Assert.IsNotNull(client.ServiceList(new { pagesize = 1 }).Data);
            }

            config.DeadlineMs = 0;
            var error = Assert.Throws<AfterSalesInputException>(() => new ZhibangClient(config));
            Assert.AreEqual("deadline_ms", error.Parameter);
        }

        [Test]
        public void ErrorCodeNamesMapToTheLibrarysNumbers()
        {
            var codes = AfterSalesLibrary.Endpoints().GetArray("error_codes").Objects().ToList();
            foreach (JsonObject code in codes)
            {
                string name = code.GetString("code");
                AfterSalesErrorCode number = AfterSalesErrorCodes.FromString(name);

                Assert.AreEqual(code.GetInt64("number"), (long)number, name);
                Assert.AreEqual(CatalogueTests.PascalCase(name), number.ToString(), name);
            }

            Assert.AreEqual(codes.Count + 1, Enum.GetValues(typeof(AfterSalesErrorCode)).Length);
            Assert.AreEqual(AfterSalesErrorCode.Unknown, AfterSalesErrorCodes.FromString("no_such_code"));
            Assert.AreEqual(AfterSalesErrorCode.Unknown, AfterSalesErrorCodes.FromString(null));
            Assert.AreEqual(0, (int)AfterSalesErrorCode.Unknown);
        }

        [Test]
        public void AThrownErrorsCodeMapsToItsNumber()
        {
            using (ZhibangClient client = TestClients.Zhibang())
            {
                var error = Assert.Throws<AfterSalesInputException>(() => client.ServiceList(new { pagesize = 0 }));

                Assert.AreEqual(AfterSalesErrorCode.InvalidParameter, AfterSalesErrorCodes.FromString(error.Code));
            }
        }
    }
}
