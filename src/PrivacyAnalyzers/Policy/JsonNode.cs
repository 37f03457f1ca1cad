using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>A JSON value with where it stands in its file, so a problem can be reported at its line. The analyzers
    /// target netstandard2.0 and load in hosts whose System.Text.Json version they cannot choose, so the policy file is read
    /// by this small reader instead.</summary>
    internal sealed class JsonNode
    {
        private JsonNode(JsonKind kind, int start, int end, string? text = null, List<KeyValuePair<JsonNode, JsonNode>>? properties = null, List<JsonNode>? items = null)
        {
            Kind = kind;
            Start = start;
            End = end;
            Text = text;
            Properties = properties ?? new List<KeyValuePair<JsonNode, JsonNode>>();
            Items = items ?? new List<JsonNode>();
        }

        public JsonKind Kind { get; }

        /// <summary>Offsets of the value in the file text.</summary>
        public int Start { get; }

        public int End { get; }

        /// <summary>A string's value, a number's or literal's text.</summary>
        public string? Text { get; }

        /// <summary>An object's members in file order; keys are string nodes (so they have positions too).</summary>
        public List<KeyValuePair<JsonNode, JsonNode>> Properties { get; }

        public List<JsonNode> Items { get; }

        /// <summary>Reads <paramref name="text"/>; throws <see cref="JsonSyntaxException"/> at the first offending offset.</summary>
        public static JsonNode Parse(string text)
        {
            var reader = new Reader(text);
            var value = reader.ReadValue(depth: 0);
            reader.SkipWhiteSpace();
            if (!reader.AtEnd)
            {
                throw new JsonSyntaxException(reader.Position, "unexpected text after the end of the document");
            }

            return value;
        }

        private sealed class Reader
        {
            // Deep enough for any policy; a bound keeps a hostile file from exhausting the stack.
            private const int MaxDepth = 64;
            private readonly string _text;

            public Reader(string text) => _text = text;

            public int Position { get; private set; }

            public bool AtEnd => Position >= _text.Length;

            public JsonNode ReadValue(int depth)
            {
                SkipWhiteSpace();
                if (AtEnd)
                {
                    throw new JsonSyntaxException(Position, "a value is missing");
                }

                if (depth > MaxDepth)
                {
                    throw new JsonSyntaxException(Position, "nested too deeply");
                }

                switch (_text[Position])
                {
                    case '{':
                        return ReadObject(depth);
                    case '[':
                        return ReadArray(depth);
                    case '"':
                        return ReadString();
                    case 't':
                        return ReadLiteral("true", JsonKind.True);
                    case 'f':
                        return ReadLiteral("false", JsonKind.False);
                    case 'n':
                        return ReadLiteral("null", JsonKind.Null);
                    default:
                        return ReadNumber();
                }
            }

            public void SkipWhiteSpace()
            {
                while (!AtEnd && _text[Position] is ' ' or '\t' or '\r' or '\n')
                {
                    Position++;
                }
            }

            private JsonNode ReadObject(int depth)
            {
                var start = Position++;
                var properties = new List<KeyValuePair<JsonNode, JsonNode>>();
                SkipWhiteSpace();
                if (!AtEnd && _text[Position] == '}')
                {
                    Position++;
                    return new JsonNode(JsonKind.Object, start, Position, properties: properties);
                }

                while (true)
                {
                    SkipWhiteSpace();
                    if (AtEnd || _text[Position] != '"')
                    {
                        throw new JsonSyntaxException(Position, "a property name in double quotes is expected");
                    }

                    var key = ReadString();
                    SkipWhiteSpace();
                    Expect(':', "':' is expected after a property name");
                    properties.Add(new KeyValuePair<JsonNode, JsonNode>(key, ReadValue(depth + 1)));
                    SkipWhiteSpace();
                    if (!AtEnd && _text[Position] == ',')
                    {
                        Position++;
                        continue;
                    }

                    Expect('}', "',' or '}' is expected");
                    return new JsonNode(JsonKind.Object, start, Position, properties: properties);
                }
            }

            private JsonNode ReadArray(int depth)
            {
                var start = Position++;
                var items = new List<JsonNode>();
                SkipWhiteSpace();
                if (!AtEnd && _text[Position] == ']')
                {
                    Position++;
                    return new JsonNode(JsonKind.Array, start, Position, items: items);
                }

                while (true)
                {
                    items.Add(ReadValue(depth + 1));
                    SkipWhiteSpace();
                    if (!AtEnd && _text[Position] == ',')
                    {
                        Position++;
                        continue;
                    }

                    Expect(']', "',' or ']' is expected");
                    return new JsonNode(JsonKind.Array, start, Position, items: items);
                }
            }

            private JsonNode ReadString()
            {
                var start = Position++;
                var value = new StringBuilder();
                while (true)
                {
                    if (AtEnd || _text[Position] is '\r' or '\n')
                    {
                        throw new JsonSyntaxException(start, "a string is not closed");
                    }

                    var c = _text[Position++];
                    if (c == '"')
                    {
                        return new JsonNode(JsonKind.String, start, Position, value.ToString());
                    }

                    if (c != '\\')
                    {
                        value.Append(c);
                        continue;
                    }

                    if (AtEnd)
                    {
                        throw new JsonSyntaxException(start, "a string is not closed");
                    }

                    var escape = _text[Position++];
                    switch (escape)
                    {
                        case '"' or '\\' or '/':
                            value.Append(escape);
                            break;
                        case 'b':
                            value.Append('\b');
                            break;
                        case 'f':
                            value.Append('\f');
                            break;
                        case 'n':
                            value.Append('\n');
                            break;
                        case 'r':
                            value.Append('\r');
                            break;
                        case 't':
                            value.Append('\t');
                            break;
                        case 'u' when Position + 4 <= _text.Length
                            && int.TryParse(_text.Substring(Position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                            value.Append((char)code);
                            Position += 4;
                            break;
                        default:
                            throw new JsonSyntaxException(Position - 2, "an unknown escape in a string");
                    }
                }
            }

            private JsonNode ReadLiteral(string literal, JsonKind kind)
            {
                if (string.CompareOrdinal(_text, Position, literal, 0, literal.Length) != 0)
                {
                    throw new JsonSyntaxException(Position, "a value is expected (a string, number, object, array, true, false or null)");
                }

                var start = Position;
                Position += literal.Length;
                return new JsonNode(kind, start, Position, literal);
            }

            private JsonNode ReadNumber()
            {
                var start = Position;
                while (!AtEnd && (char.IsDigit(_text[Position]) || _text[Position] is '-' or '+' or '.' or 'e' or 'E'))
                {
                    Position++;
                }

                var text = _text.Substring(start, Position - start);
                if (text.Length == 0 || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    throw new JsonSyntaxException(start, "a value is expected (a string, number, object, array, true, false or null)");
                }

                return new JsonNode(JsonKind.Number, start, Position, text);
            }

            private void Expect(char c, string problem)
            {
                if (AtEnd || _text[Position] != c)
                {
                    throw new JsonSyntaxException(Position, problem);
                }

                Position++;
            }
        }
    }

    internal enum JsonKind
    {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    }

    internal sealed class JsonSyntaxException : Exception
    {
        public JsonSyntaxException(int position, string problem)
            : base(problem)
        {
            Position = position;
        }

        public int Position { get; }
    }
}
