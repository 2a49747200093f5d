using System;
using System.Globalization;
using System.Text;

namespace AfterSales
{
    /// <summary>A strict RFC 8259 parser over a string; one instance reads one document.</summary>
    internal sealed class JsonReader
    {
        // Deep enough for any envelope, shallow enough that hostile input cannot overflow the stack.
        private const int MaxDepth = 256;

        private readonly string text;
        private int position;
        private int depth;

        internal JsonReader(string text)
        {
            this.text = text;
        }

        internal object ReadDocument()
        {
            object value = ReadValue();
            SkipWhitespace();
            if (position != text.Length)
            {
                throw Error("unexpected text after the JSON value");
            }

            return value;
        }

        private object ReadValue()
        {
            SkipWhitespace();
            if (position >= text.Length)
            {
                throw Error("unexpected end of JSON");
            }

            char c = text[position];
            switch (c)
            {
                case '{':
                    return ReadObject();
                case '[':
                    return ReadArray();
                case '"':
                    return ReadString();
                case 't':
                    ReadLiteral("true");
                    return true;
                case 'f':
                    ReadLiteral("false");
                    return false;
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

        private JsonObject ReadObject()
        {
            Enter();
            position++;
            var result = new JsonObject();
            SkipWhitespace();
            if (TryConsume('}'))
            {
                depth--;
                return result;
            }

            while (true)
            {
                SkipWhitespace();
                if (position >= text.Length || text[position] != '"')
                {
                    throw Error("expected a member name");
                }

                string name = ReadString();
                SkipWhitespace();
                Expect(':');
                result[name] = ReadValue();
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

            while (true)
            {
                result.Add(ReadValue());
                SkipWhitespace();
                if (TryConsume(']'))
                {
                    depth--;
                    return result;
                }

                Expect(',');
            }
        }

        private string ReadString()
        {
            position++;
            int start = position;

            // Most strings have no escapes: take them as one substring.
            while (position < text.Length)
            {
                char c = text[position];
                if (c == '"')
                {
                    return text.Substring(start, position++ - start);
                }

                if (c == '\\' || c < ' ')
                {
                    break;
                }

                position++;
            }

            var builder = new StringBuilder(text, start, position - start, position - start + 16);
            while (position < text.Length)
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
            if (position >= text.Length)
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
                    if (position + 4 > text.Length)
                    {
                        throw Error("short \\u escape");
                    }

                    int code;
                    if (!int.TryParse(text.Substring(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out code))
                    {
                        throw Error("invalid \\u escape");
                    }

                    position += 4;
                    return (char)code;
                default:
                    throw Error("invalid escape '\\" + c + "'");
            }
        }

        private object ReadNumber()
        {
            int start = position;
            bool integral = true;
            TryConsume('-');
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

            if (TryConsume('.'))
            {
                integral = false;
                RequireDigits();
            }

            if (position < text.Length && (text[position] == 'e' || text[position] == 'E'))
            {
                integral = false;
                position++;
                if (!TryConsume('+'))
                {
                    TryConsume('-');
                }

                RequireDigits();
            }

            string number = text.Substring(start, position - start);
            long whole;
            if (integral && long.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out whole))
            {
                return whole;
            }

            return double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);
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
            return index < text.Length && text[index] >= '0' && text[index] <= '9';
        }

        private void ReadLiteral(string literal)
        {
            if (string.CompareOrdinal(text, position, literal, 0, literal.Length) != 0)
            {
                throw Error("invalid literal");
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
            while (position < text.Length)
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
            if (position < text.Length && text[position] == expected)
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
