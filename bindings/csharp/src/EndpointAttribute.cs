using System;

namespace AfterSales
{
    /// <summary>
    /// Marks a generated client method with the catalogue endpoint it calls, so that a test can check the generated
    /// methods against <c>aftersales_endpoints()</c> of the library in use.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    internal sealed class EndpointAttribute : Attribute
    {
        internal EndpointAttribute(string provider, string name, string function)
        {
            Provider = provider;
            Name = name;
            Function = function;
        }

        /// <summary>The provider: <c>eshouhou</c> or <c>zhibang</c>.</summary>
        internal string Provider { get; private set; }

        /// <summary>The catalogue name, e.g. <c>get_work_orders</c>.</summary>
        internal string Name { get; private set; }

        /// <summary>The exported C function the method calls, e.g. <c>aftersales_eshouhou_get_work_orders</c>.</summary>
        internal string Function { get; private set; }
    }
}
