using System.Collections.Generic;

namespace PrivacyAnalyzers.Classification
{
    /// <summary>Splits identifiers into lower-case words across casings and separators:
    /// <c>CNICNumber</c>, <c>cnic_number</c> and <c>cnicNumber</c> all give <c>cnic</c>, <c>number</c>; <c>Cvv2</c> gives <c>cvv</c>, <c>2</c>.</summary>
    internal static class IdentifierWords
    {
        public static List<string> Split(string identifier)
        {
            var words = new List<string>(4);
            var start = -1;
            for (var i = 0; i < identifier.Length; i++)
            {
                var c = identifier[i];
                if (!char.IsLetterOrDigit(c))
                {
                    Flush(identifier, ref start, i, words);
                    continue;
                }

                if (start >= 0 && StartsNewWord(identifier, i))
                {
                    Flush(identifier, ref start, i, words);
                }

                if (start < 0)
                {
                    start = i;
                }
            }

            Flush(identifier, ref start, identifier.Length, words);
            return words;
        }

        private static bool StartsNewWord(string s, int i)
        {
            var previous = s[i - 1];
            var current = s[i];
            if (char.IsDigit(previous) != char.IsDigit(current))
            {
                return true;
            }

            if (char.IsUpper(current))
            {
                // "cnicNumber" splits before N; "CNICNumber" splits before the N that starts "Number".
                return char.IsLower(previous)
                    || (char.IsUpper(previous) && i + 1 < s.Length && char.IsLower(s[i + 1]));
            }

            return false;
        }

        private static void Flush(string s, ref int start, int end, List<string> words)
        {
            if (start >= 0 && end > start)
            {
                words.Add(s.Substring(start, end - start).ToLowerInvariant());
            }

            start = -1;
        }
    }
}
