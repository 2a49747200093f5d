using System;

namespace AfterSales
{
    /// <summary>
    /// The small JSON reader and writer this package uses instead of a JSON package, public so that callers can
    /// parse JSON-in-a-string values (e.g. Zhibang's <c>units</c> column) the same way.
    /// </summary>
    public static class Json
    {
        /// <summary>Parses JSON text (RFC 8259) into <see cref="JsonObject"/>, <see cref="JsonArray"/> and scalars.</summary>
        /// <param name="text">The JSON text.</param>
        /// <returns>The parsed value: <c>null</c>, string, bool, long, double, <see cref="JsonObject"/> or <see cref="JsonArray"/>.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        /// <exception cref="FormatException">The text is not valid JSON.</exception>
        public static object Parse(string text)
        {
            if (text == null)
            {
                throw new ArgumentNullException("text");
            }

            return JsonReader.Parse(text);
        }

        /// <summary>
        /// Writes a value as compact JSON: dictionaries and objects (public properties, e.g. anonymous types) as
        /// JSON objects, sequences as arrays, enums as their numbers, dates as <c>yyyy-MM-dd</c> (with
        /// <c> HH:mm:ss</c> when there is a time of day).
        /// </summary>
        /// <param name="value">The value; <c>null</c> gives <c>null</c>.</param>
        /// <returns>The JSON text.</returns>
        /// <exception cref="ArgumentException">The value cannot be written (NaN, infinity, or nested too deeply).</exception>
        public static string Serialize(object value)
        {
            return JsonWriter.Write(value);
        }
    }
}
