using System.Collections.Generic;
using System.Linq;

namespace AfterSales
{
    /// <summary>
    /// A parsed JSON array whose items are <c>null</c>, <see cref="string"/>, <see cref="bool"/>, <see cref="long"/>,
    /// <see cref="double"/>, <see cref="JsonObject"/> or <see cref="JsonArray"/>.
    /// </summary>
    public sealed class JsonArray : List<object>
    {
        /// <summary>The items that are JSON objects, e.g. the rows of a page.</summary>
        /// <returns>The object items in order.</returns>
        public IEnumerable<JsonObject> Objects()
        {
            return this.OfType<JsonObject>();
        }

        /// <summary>The array as compact JSON text.</summary>
        /// <returns>The JSON text.</returns>
        public override string ToString()
        {
            return Json.Serialize(this);
        }
    }
}
