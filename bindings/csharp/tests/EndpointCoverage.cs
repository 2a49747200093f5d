using System;
using System.Linq;
using System.Reflection;
using AfterSales;
using NUnit.Framework;

namespace AfterSales.Tests
{
    /// <summary>Keeps "every endpoint is tested" true as endpoints are added: each generated method needs a test of the same name.</summary>
    public static class EndpointCoverage
    {
        public static void AssertEveryMethodHasATest(Type client, Type fixture)
        {
            var tests = fixture.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(m => m.GetCustomAttributes(typeof(TestAttribute), false).Length == 1)
                .Select(m => m.Name)
                .ToList();
            var untested = client.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(m => Attribute.IsDefined(m, typeof(EndpointAttribute)))
                .Select(m => m.Name)
                .Where(name => !tests.Contains(name))
                .ToList();

            CollectionAssert.IsEmpty(untested, fixture.Name + " lacks tests named after these endpoint methods");
        }
    }
}
