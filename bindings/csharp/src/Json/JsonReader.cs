using System;
using System.Globalization;
using System.Text;

namespace AfterSales
{
    /// <summary>A strict RFC 8259 parser over a string; one instance reads one document.</summary>
    /// <remarks>
    /// Every call's envelope goes through here, so the reader walks the characters through a pointer (no bounds check
    /// per character), reads integers without making a string of them, boxes the small ones and the booleans once,
    /// gives each object the size of its previous sibling (rows share their shape), and takes member names it has seen
    /// before on this thread from a small cache instead of allocating them again.
    /// </remarks>
    internal sealed unsafe class JsonReader
    {
        // Deep enough for any envelope, shallow enough that hostile input cannot overflow the stack.
        private const int MaxDepth = 256;

        // Small integers are the codes, flags and counts that fill rows.
        private const int SmallestBoxed = -128;
        private const int LargestBoxed = 1023;

        // A power of two: the slot is a cheap hash of a name's length and characters, masked.
        private const int NameSlots = 1024;

        // Longer strings are rarely repeated, and comparing them costs more.
        private const int LongestCached = 32;

        // Eighteen digits always fit in a long, so such an integer is read without an overflow check.
        private const int SafeDigits = 18;

        private static readonly object[] BoxedIntegers = BoxIntegers();
        private static readonly object BoxedTrue = true;
        private static readonly object BoxedFalse = false;

        [ThreadStatic]
        private static string[] names;

        private readonly char* text;
        private readonly int length;
        private int position;
        private int depth;

        private JsonReader(char* text, int length)
        {
            this.text = text;
            this.length = length;
        }

        /// <summary>The value of the JSON document <paramref name="json"/>.</summary>
        /// <exception cref="FormatException">The text is not one valid JSON value.</exception>
        internal static object Parse(string json)
        {
            fixed (char* characters = json)
            {
                return Parse(characters, json.Length);
            }
        }

        /// <summary>The value of the JSON document in the <paramref name="count"/> characters at <paramref name="json"/>.</summary>
        /// <exception cref="FormatException">The text is not one valid JSON value.</exception>
        internal static object Parse(char* json, int count)
        {
            return new JsonReader(json, count).ReadDocument();
        }

        private object ReadDocument()
        {
            object value = ReadValue(0);
            SkipWhitespace();
            if (position != length)
            {
                throw Error("unexpected text after the JSON value");
            }

            return value;
        }

        // sizeHint: the member count of the previous object in the same array (0: none).
        private object ReadValue(int sizeHint)
        {
            SkipWhitespace();
            if (position >= length)
            {
                throw Error("unexpected end of JSON");
            }

            char c = text[position];
            switch (c)
            {
                case '{':
                    return ReadObject(sizeHint);
                case '[':
                    return ReadArray();
                case '"':
                    return ReadName();
                case 't':
                    ReadLiteral("true");
                    return BoxedTrue;
                case 'f':
                    ReadLiteral("false");
                    return BoxedFalse;
                case 'n':
                    ReadLiteral("null");
                    return null;
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                    {
                        return ReadNumber();
                    }

                    throw Error("unexpected character '" + c + "'");
            }
        }

        private JsonObject ReadObject(int sizeHint)
        {
            Enter();
            position++;
            var result = sizeHint > 0 ? new JsonObject(sizeHint) : new JsonObject();
            SkipWhitespace();
            if (TryConsume('}'))
            {
                depth--;
                return result;
            }

            while (true)
            {
                SkipWhitespace();
                if (position >= length || text[position] != '"')
                {
                    throw Error("expected a member name");
                }

                string name = ReadName();
                SkipWhitespace();
                Expect(':');
                result[name] = ReadValue(0);
                SkipWhitespace();
                if (TryConsume('}'))
                {
                    depth--;
                    return result;
                }

                Expect(',');
            }
        }

        private JsonArray ReadArray()
        {
            Enter();
            position++;
            var result = new JsonArray();
            SkipWhitespace();
            if (TryConsume(']'))
            {
                depth--;
                return result;
            }

            int sizeHint = 0;
            while (true)
            {
                object item = ReadValue(sizeHint);
                var itemObject = item as JsonObject;
                sizeHint = itemObject == null ? 0 : itemObject.Count;
                result.Add(item);
                SkipWhitespace();
                if (TryConsume(']'))
                {
                    depth--;
                    return result;
                }

                Expect(',');
            }
        }

        // A member name, or a short string value (a code's label, or a row's key that is a member name elsewhere): one
        // already seen on this thread is shared rather than allocated again.
        private string ReadName()
        {
            int start = position + 1;
            int end = start;
            int hash = 0;
            int longest = Math.Min(length, start + LongestCached);
            while (end < longest)
            {
                char c = text[end];
                if (c == '"')
                {
                    return CachedName(start, end - start, hash);
                }

                if (c == '\\' || c < ' ')
                {
                    break;
                }

                hash = (hash * 31) + c;
                end++;
            }

            return ReadString();
        }

        private string CachedName(int start, int count, int hash)
        {
            position = start + count + 1;
            string[] cache = names ?? (names = new string[NameSlots]);
            int slot = (hash ^ count) & (NameSlots - 1);
            string cached = cache[slot];
            if (cached != null && cached.Length == count)
            {
                fixed (char* characters = cached)
                {
                    char* a = characters;
                    char* b = text + start;
                    int i = 0;
                    while (i + 4 <= count && *(long*)(a + i) == *(long*)(b + i))
                    {
                        i += 4;
                    }

                    while (i < count && a[i] == b[i])
                    {
                        i++;
                    }

                    if (i == count)
                    {
                        return cached;
                    }
                }
            }

            string name = new string(text, start, count);
            cache[slot] = name;
            return name;
        }

        private string ReadString()
        {
            position++;
            int start = position;

            // Most strings have no escapes: take them as one substring.
            while (position < length)
            {
                char c = text[position];
                if (c == '"')
                {
                    return new string(text, start, position++ - start);
                }

                if (c == '\\' || c < ' ')
                {
                    break;
                }

                position++;
            }

            var builder = new StringBuilder(new string(text, start, position - start), position - start + 16);
            while (position < length)
            {
                char c = text[position++];
                if (c == '"')
                {
                    return builder.ToString();
                }

                if (c < ' ')
                {
                    throw Error("unescaped control character in a string");
                }

                builder.Append(c == '\\' ? ReadEscape() : c);
            }

            throw Error("unterminated string");
        }

        private char ReadEscape()
        {
            if (position >= length)
            {
                throw Error("unterminated escape");
            }

            char c = text[position++];
            switch (c)
            {
                case '"':
                case '\\':
                case '/':
                    return c;
                case 'b':
                    return '\b';
                case 'f':
                    return '\f';
                case 'n':
                    return '\n';
                case 'r':
                    return '\r';
                case 't':
                    return '\t';
                case 'u':
                    // Surrogate pairs arrive as two escapes and are kept as two UTF-16 units, which is what .NET strings hold.
                    if (position + 4 > length)
                    {
                        throw Error("short \\u escape");
                    }

                    int code = 0;
                    for (int end = position + 4; position < end; position++)
                    {
                        int digit = HexDigit(text[position]);
                        if (digit < 0)
                        {
                            throw Error("invalid \\u escape");
                        }

                        code = (code << 4) | digit;
                    }

                    return (char)code;
                default:
                    throw Error("invalid escape '\\" + c + "'");
            }
        }

        private static int HexDigit(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }

        private object ReadNumber()
        {
            int start = position;
            bool negative = TryConsume('-');
            int digitsStart = position;
            if (TryConsume('0'))
            {
                if (IsDigitAt(position))
                {
                    throw Error("leading zero in a number");
                }
            }
            else
            {
                RequireDigits();
            }

            int digits = position - digitsStart;
            bool integral = true;
            if (TryConsume('.'))
            {
                integral = false;
                RequireDigits();
            }

            if (position < length && (text[position] == 'e' || text[position] == 'E'))
            {
                integral = false;
                position++;
                if (!TryConsume('+'))
                {
                    TryConsume('-');
                }

                RequireDigits();
            }

            if (integral && digits <= SafeDigits)
            {
                long whole = 0;
                for (int i = digitsStart; i < position; i++)
                {
                    whole = (whole * 10) + (text[i] - '0');
                }

                return Box(negative ? -whole : whole);
            }

            string number = new string(text, start, position - start);
            long parsed;
            if (integral && long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out parsed))
            {
                return Box(parsed);
            }

            return double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        private static object Box(long number)
        {
            return number >= SmallestBoxed && number <= LargestBoxed ? BoxedIntegers[number - SmallestBoxed] : number;
        }

        private static object[] BoxIntegers()
        {
            var boxes = new object[LargestBoxed - SmallestBoxed + 1];
            for (int i = 0; i < boxes.Length; i++)
            {
                boxes[i] = (long)(i + SmallestBoxed);
            }

            return boxes;
        }

        private void RequireDigits()
        {
            if (!IsDigitAt(position))
            {
                throw Error("expected a digit");
            }

            while (IsDigitAt(position))
            {
                position++;
            }
        }

        private bool IsDigitAt(int index)
        {
            return index < length && text[index] >= '0' && text[index] <= '9';
        }

        private void ReadLiteral(string literal)
        {
            if (position + literal.Length > length)
            {
                throw Error("invalid literal");
            }

            for (int i = 0; i < literal.Length; i++)
            {
                if (text[position + i] != literal[i])
                {
                    throw Error("invalid literal");
                }
            }

            position += literal.Length;
        }

        private void Enter()
        {
            if (++depth > MaxDepth)
            {
                throw Error("JSON nested deeper than " + MaxDepth + " levels");
            }
        }

        private void SkipWhitespace()
        {
            while (position < length)
            {
                char c = text[position];
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                {
                    return;
                }

                position++;
            }
        }

        private bool TryConsume(char expected)
        {
            if (position < length && text[position] == expected)
            {
                position++;
                return true;
            }

            return false;
        }

        private void Expect(char expected)
        {
            if (!TryConsume(expected))
            {
                throw Error("expected '" + expected + "'");
            }
        }

        private FormatException Error(string problem)
        {
            return new FormatException("Invalid JSON at offset " + position + ": " + problem);
        }
    }
}
