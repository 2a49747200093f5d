using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace AfterSales
{
    /// <summary>Writes .NET values (dictionaries, anonymous objects, POCOs, sequences, scalars) as compact JSON.</summary>
    internal static class JsonWriter
    {
        // Parameters are a few levels deep; a deeper graph is almost certainly a cycle.
        private const int MaxDepth = 64;

        // The readable properties of each type written as an object (the anonymous types of parameters, POCOs): looking
        // them up again on every call would cost more than writing them.
        private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new ConcurrentDictionary<Type, PropertyInfo[]>();

        private static readonly Func<Type, PropertyInfo[]> ReadableProperties = FindReadableProperties;

        // One builder per thread for the next call's parameters, taken while in use (a property getter may write JSON
        // too) and not kept once it has grown large.
        private const int LargestKeptBuilder = 4096;

        [ThreadStatic]
        private static StringBuilder keptBuilder;

        internal static string Write(object value)
        {
            StringBuilder output = keptBuilder ?? new StringBuilder(256);
            keptBuilder = null;
            output.Clear();
            WriteValue(output, value, 0);
            string json = output.ToString();
            if (output.Capacity <= LargestKeptBuilder)
            {
                keptBuilder = output;
            }

            return json;
        }

        private static void WriteValue(StringBuilder output, object value, int depth)
        {
            if (depth > MaxDepth)
            {
                throw new ArgumentException("The value is nested deeper than " + MaxDepth + " levels (a reference cycle?)");
            }

            if (value == null || value is DBNull)
            {
                output.Append("null");
            }
            else if (value is string || value is char || value is Guid)
            {
                WriteString(output, Convert.ToString(value, CultureInfo.InvariantCulture));
            }
            else if (value is bool)
            {
                output.Append((bool)value ? "true" : "false");
            }
            else if (value is Enum)
            {
                output.Append(Convert.ToString(Convert.ChangeType(value, Enum.GetUnderlyingType(value.GetType()), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
            }
            else if (value is double || value is float)
            {
                WriteFloat(output, Convert.ToDouble(value, CultureInfo.InvariantCulture));
            }
            else if (IsInteger(value) || value is decimal)
            {
                output.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
            }
            else if (value is DateTime)
            {
                WriteString(output, FormatDate((DateTime)value));
            }
            else if (value is DateTimeOffset)
            {
                WriteString(output, FormatDate(((DateTimeOffset)value).DateTime));
            }
            else if (value is IDictionary)
            {
                WriteDictionary(output, (IDictionary)value, depth);
            }
            else if (value is IEnumerable)
            {
                WriteSequence(output, (IEnumerable)value, depth);
            }
            else
            {
                WriteProperties(output, value, depth);
            }
        }

        private static bool IsInteger(object value)
        {
            return value is int || value is long || value is short || value is sbyte
                || value is uint || value is ulong || value is ushort || value is byte;
        }

        private static void WriteFloat(StringBuilder output, double number)
        {
            if (double.IsNaN(number) || double.IsInfinity(number))
            {
                throw new ArgumentException("JSON has no NaN or infinity");
            }

            output.Append(number.ToString("R", CultureInfo.InvariantCulture));
        }

        // The library's date parameters take yyyy-MM-dd, optionally followed by a time of day.
        private static string FormatDate(DateTime date)
        {
            string format = date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss";
            return date.ToString(format, CultureInfo.InvariantCulture);
        }

        private static void WriteDictionary(StringBuilder output, IDictionary dictionary, int depth)
        {
            output.Append('{');
            bool first = true;
            foreach (DictionaryEntry entry in dictionary)
            {
                first = WriteSeparator(output, first);
                WriteString(output, Convert.ToString(entry.Key, CultureInfo.InvariantCulture));
                output.Append(':');
                WriteValue(output, entry.Value, depth + 1);
            }

            output.Append('}');
        }

        private static void WriteSequence(StringBuilder output, IEnumerable sequence, int depth)
        {
            output.Append('[');
            bool first = true;
            foreach (object item in sequence)
            {
                first = WriteSeparator(output, first);
                WriteValue(output, item, depth + 1);
            }

            output.Append(']');
        }

        private static void WriteProperties(StringBuilder output, object value, int depth)
        {
            output.Append('{');
            bool first = true;
            foreach (PropertyInfo property in Properties.GetOrAdd(value.GetType(), ReadableProperties))
            {
                first = WriteSeparator(output, first);
                WriteString(output, property.Name);
                output.Append(':');
                WriteValue(output, property.GetValue(value, null), depth + 1);
            }

            output.Append('}');
        }

        private static PropertyInfo[] FindReadableProperties(Type type)
        {
            var readable = new List<PropertyInfo>();
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.CanRead && property.GetIndexParameters().Length == 0)
                {
                    readable.Add(property);
                }
            }

            return readable.ToArray();
        }

        private static bool WriteSeparator(StringBuilder output, bool first)
        {
            if (!first)
            {
                output.Append(',');
            }

            return false;
        }

        private static void WriteString(StringBuilder output, string text)
        {
            output.Append('"');
            foreach (char c in text)
            {
                switch (c)
                {
                    case '"':
                        output.Append("\\\"");
                        break;
                    case '\\':
                        output.Append("\\\\");
                        break;
                    case '\n':
                        output.Append("\\n");
                        break;
                    case '\r':
                        output.Append("\\r");
                        break;
                    case '\t':
                        output.Append("\\t");
                        break;
                    default:
                        // Control characters must be escaped; so must NUL, which would end the C string early.
                        if (c < ' ')
                        {
                            output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            output.Append(c);
                        }

                        break;
                }
            }

            output.Append('"');
        }
    }
}
