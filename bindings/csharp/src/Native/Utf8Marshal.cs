using System;
using System.Text;

namespace AfterSales.Native
{
    /// <summary>
    /// UTF-8 conversion at the boundary, by hand: netstandard2.0 has no UTF-8 string marshalling, and the default
    /// ANSI marshalling would mangle Chinese text on a Windows host with a GBK code page.
    /// </summary>
    internal static class Utf8Marshal
    {
        // Up to this many characters, a text is encoded into the largest buffer it could need.
        private const int ShortText = 512;

        /// <summary>NUL-terminated UTF-8 bytes of <paramref name="text"/>, or null for null (the library reads NULL as "none").</summary>
        internal static byte[] ToNative(string text)
        {
            if (text == null)
            {
                return null;
            }

            if (text.IndexOf('\0') >= 0)
            {
                throw new ArgumentException("The text contains a NUL character, which would cut the C string short");
            }

            var bytes = new byte[Encoding.UTF8.GetByteCount(text) + 1];
            Encoding.UTF8.GetBytes(text, 0, text.Length, bytes, 0);
            return bytes;
        }

        /// <summary>The JSON of <paramref name="value"/> as NUL-terminated UTF-8; null stays null, which the library reads as <c>{}</c>.</summary>
        internal static byte[] ToNativeJson(object value)
        {
            if (value == null)
            {
                return null;
            }

            // The writer escapes every control character, NUL included, so the text needs no check for one; and a
            // short text takes the most bytes UTF-8 could need rather than a pass to count them (the array comes zeroed,
            // so the NUL is there).
            string json = JsonWriter.Write(value);
            if (json.Length > ShortText)
            {
                return ToNative(json);
            }

            var bytes = new byte[(json.Length * 3) + 1];
            Encoding.UTF8.GetBytes(json, 0, json.Length, bytes, 0);
            return bytes;
        }

        /// <summary>Copies a NUL-terminated UTF-8 string out of native memory; the caller still owns the pointer.</summary>
        internal static unsafe string FromNative(IntPtr text)
        {
            byte* bytes = (byte*)text;
            return Encoding.UTF8.GetString(bytes, Length(bytes));
        }

        /// <summary>
        /// The length in bytes of a NUL-terminated string, eight bytes at a time: an aligned read never crosses into the
        /// next page, so reading the rest of the word that holds the NUL is safe.
        /// </summary>
        internal static unsafe int Length(byte* text)
        {
            byte* end = text;
            while (((long)end & 7) != 0)
            {
                if (*end == 0)
                {
                    return (int)(end - text);
                }

                end++;
            }

            while (true)
            {
                ulong word = *(ulong*)end;
                if (((word - 0x0101010101010101UL) & ~word & 0x8080808080808080UL) != 0)
                {
                    break;
                }

                end += 8;
            }

            while (*end != 0)
            {
                end++;
            }

            return (int)(end - text);
        }
    }
}
