using System;
using System.Collections.Generic;
using System.Globalization;

namespace AfterSales
{
    /// <summary>
    /// A parsed JSON object: a dictionary from member name (compared ordinally, as JSON does) to a value that is
    /// <c>null</c>, <see cref="string"/>, <see cref="bool"/>, <see cref="long"/>, <see cref="double"/>,
    /// <see cref="JsonObject"/> or <see cref="JsonArray"/>.
    /// </summary>
    /// <remarks>
    /// This is the same shape as <c>JavaScriptSerializer.DeserializeObject</c> gives on .NET Framework, so it works
    /// without any JSON package. The typed getters return <c>null</c> when the member is missing or JSON <c>null</c>.
    /// </remarks>
    public sealed class JsonObject : Dictionary<string, object>
    {
        /// <summary>Creates an empty object.</summary>
        public JsonObject()
            : base(StringComparer.Ordinal)
        {
        }

        /// <summary>Creates an empty object with room for <paramref name="capacity"/> members.</summary>
        internal JsonObject(int capacity)
            : base(capacity, StringComparer.Ordinal)
        {
        }

        /// <summary>The member as text: strings as they are, numbers and booleans in invariant form.</summary>
        /// <param name="name">The member name (case-sensitive).</param>
        /// <returns>The text, or <c>null</c> when the member is missing or null.</returns>
        /// <exception cref="InvalidCastException">The member is an object or an array.</exception>
        public string GetString(string name)
        {
            object value = Find(name);
            if (value == null || value is string)
            {
                return (string)value;
            }

            if (value is bool)
            {
                return (bool)value ? "true" : "false";
            }

            if (value is JsonObject || value is JsonArray)
            {
                throw new InvalidCastException("JSON member '" + name + "' is not a scalar");
            }

            // "R" keeps every digit on .NET Framework too, whose default formatting stops at 15.
            return value is double
                ? ((double)value).ToString("R", CultureInfo.InvariantCulture)
                : Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        /// <summary>The member as an integer; numeric strings (as some vendors send them) are accepted.</summary>
        /// <param name="name">The member name (case-sensitive).</param>
        /// <returns>The number, or <c>null</c> when the member is missing or null.</returns>
        /// <exception cref="InvalidCastException">The member is not an integer.</exception>
        public long? GetInt64(string name)
        {
            object value = Find(name);
            if (value == null)
            {
                return null;
            }

            if (value is long)
            {
                return (long)value;
            }

            long parsed;
            if (value is string && long.TryParse((string)value, NumberStyles.Integer, CultureInfo.InvariantCulture, out parsed))
            {
                return parsed;
            }

            throw new InvalidCastException("JSON member '" + name + "' is not an integer");
        }

        /// <summary>
        /// The member as an exact <see cref="decimal"/>: the decimal cells of Zhibang tables and bill values arrive as
        /// decimal text (<c>"12800.00"</c>), which this reads without passing through a binary floating point; integers
        /// and other numbers are accepted too.
        /// </summary>
        /// <param name="name">The member name (case-sensitive).</param>
        /// <returns>The number, or <c>null</c> when the member is missing or null.</returns>
        /// <exception cref="InvalidCastException">
        /// The member is not a number, e.g. a cell that did not read as its type: <c>{"raw": "&lt;the vendor's text&gt;"}</c>.
        /// </exception>
        public decimal? GetDecimal(string name)
        {
            object value = Find(name);
            if (value == null)
            {
                return null;
            }

            if (value is long)
            {
                return (long)value;
            }

            string text = value is double
                ? ((double)value).ToString("R", CultureInfo.InvariantCulture)
                : value as string;
            decimal parsed;
            if (text != null && decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out parsed))
            {
                return parsed;
            }

            throw new InvalidCastException("JSON member '" + name + "' is not a decimal number");
        }

        /// <summary>The member as a boolean.</summary>
        /// <param name="name">The member name (case-sensitive).</param>
        /// <returns>The boolean, or <c>null</c> when the member is missing or null.</returns>
        /// <exception cref="InvalidCastException">The member is not a boolean.</exception>
        public bool? GetBoolean(string name)
        {
            object value = Find(name);
            if (value == null)
            {
                return null;
            }

            if (value is bool)
            {
                return (bool)value;
            }

            throw new InvalidCastException("JSON member '" + name + "' is not a boolean");
        }

        /// <summary>The member as a JSON object.</summary>
        /// <param name="name">The member name (case-sensitive).</param>
        /// <returns>The object, or <c>null</c> when the member is missing or null.</returns>
        /// <exception cref="InvalidCastException">The member is not an object.</exception>
        public JsonObject GetObject(string name)
        {
            return As<JsonObject>(name, "an object");
        }

        /// <summary>The member as a JSON array.</summary>
        /// <param name="name">The member name (case-sensitive).</param>
        /// <returns>The array, or <c>null</c> when the member is missing or null.</returns>
        /// <exception cref="InvalidCastException">The member is not an array.</exception>
        public JsonArray GetArray(string name)
        {
            return As<JsonArray>(name, "an array");
        }

        /// <summary>The object as compact JSON text.</summary>
        /// <returns>The JSON text.</returns>
        public override string ToString()
        {
            return Json.Serialize(this);
        }

        private T As<T>(string name, string expected)
            where T : class
        {
            object value = Find(name);
            if (value == null || value is T)
            {
                return (T)value;
            }

            throw new InvalidCastException("JSON member '" + name + "' is not " + expected);
        }

        private object Find(string name)
        {
            object value;
            return TryGetValue(name, out value) ? value : null;
        }
    }
}
