using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using AfterSales;
using AfterSales.Native;
using NUnit.Framework;

namespace AfterSales.Tests
{
    /// <summary>The generated code, the native declarations and the loaded library agree.</summary>
    [TestFixture]
    public sealed class CatalogueTests
    {
        [Test]
        public void AbiVersionOfTheLibraryIsTheOneTheWrapperWasWrittenFor()
        {
            Assert.AreEqual(AfterSalesLibrary.ExpectedAbiVersion, AfterSalesLibrary.AbiVersion);
            Assert.AreEqual((long)AfterSalesLibrary.AbiVersion, AfterSalesLibrary.Endpoints().GetInt64("abi_version"));
        }

        [Test]
        public void VersionIsSemanticAndMatchesTheCatalogue()
        {
            StringAssert.IsMatch(@"^\d+\.\d+\.\d+$", AfterSalesLibrary.Version);
            Assert.AreEqual(AfterSalesLibrary.Version, AfterSalesLibrary.Endpoints().GetString("version"));
        }

        [Test]
        public void GeneratedMethodsMatchTheCatalogueOneToOne()
        {
            var expected = new SortedSet<string>(
                AfterSalesLibrary.Endpoints().GetArray("endpoints").Objects()
                    .Select(e => e.GetString("provider") + " " + e.GetString("name") + " " + e.GetString("function")));
            var generated = new SortedSet<string>();
            foreach (Type client in new[] { typeof(EshouhouClient), typeof(ZhibangClient) })
            {
                foreach (MethodInfo method in client.GetMethods(BindingFlags.Public | BindingFlags.Instance))
                {
                    var endpoint = (EndpointAttribute)Attribute.GetCustomAttribute(method, typeof(EndpointAttribute));
                    if (endpoint == null)
                    {
                        continue;
                    }

                    Assert.AreEqual(PascalCase(endpoint.Name), method.Name, "method name of " + endpoint.Name);
                    Assert.AreEqual(client.Name.Replace("Client", string.Empty).ToLowerInvariant(), endpoint.Provider);
                    generated.Add(endpoint.Provider + " " + endpoint.Name + " " + endpoint.Function);
                }
            }

            CollectionAssert.AreEqual(expected, generated, "regenerate with ./scripts/codegen.sh");
        }

        [Test]
        public void EveryGeneratedMethodCallsItsOwnExport()
        {
            foreach (EndpointAttribute endpoint in EndpointAttributes())
            {
                MethodInfo native = typeof(NativeMethods).GetMethod(endpoint.Function, BindingFlags.NonPublic | BindingFlags.Static);
                Assert.IsNotNull(native, endpoint.Function + " is not declared in NativeMethods");
            }
        }

        [Test]
        public void EveryHeaderFunctionIsDeclaredCdeclWithoutBoolOrStringReturns()
        {
            var declared = typeof(NativeMethods).GetMethods(BindingFlags.NonPublic | BindingFlags.Static)
                .Where(m => m.GetCustomAttributes(typeof(DllImportAttribute), false).Length == 1)
                .ToDictionary(m => m.Name);
            var inHeader = new SortedSet<string>(
                Regex.Matches(File.ReadAllText(TestPaths.Header), @"\b(aftersales_[a-z0-9_]+)\(")
                    .Cast<Match>()
                    .Select(m => m.Groups[1].Value));

            CollectionAssert.AreEquivalent(inHeader, declared.Keys, "NativeMethods must declare exactly the header's functions");
            foreach (MethodInfo method in declared.Values)
            {
                var import = (DllImportAttribute)method.GetCustomAttributes(typeof(DllImportAttribute), false)[0];
                Assert.AreEqual(CallingConvention.Cdecl, import.CallingConvention, method.Name);
                Assert.AreNotEqual(typeof(bool), method.ReturnType, method.Name);
                Assert.AreNotEqual(typeof(string), method.ReturnType, method.Name);
                Assert.IsFalse(method.GetParameters().Any(p => p.ParameterType == typeof(string)), method.Name + " takes a string: pass UTF-8 bytes");
            }
        }

        internal static IEnumerable<EndpointAttribute> EndpointAttributes()
        {
            return new[] { typeof(EshouhouClient), typeof(ZhibangClient) }
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
                .Select(m => (EndpointAttribute)Attribute.GetCustomAttribute(m, typeof(EndpointAttribute)))
                .Where(a => a != null);
        }

        internal static string PascalCase(string name)
        {
            return string.Concat(name.Split('_').Select(part => char.ToUpperInvariant(part[0]) + part.Substring(1)));
        }
    }
}
