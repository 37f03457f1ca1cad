namespace PrivacyAnalyzers.Retention
{
    /// <summary>
    /// The one check of what a retention is written as: an ISO 8601 duration, <c>P[nY][nM][nW][nD][T[nH][nM][nS]]</c>
    /// (<c>P30D</c>, <c>P7Y</c>, <c>P1Y6M</c>, <c>P2W</c>, <c>PT12H</c>). Designators are upper case and in that order, each
    /// at most once, with at least one of them (and at least one after a <c>T</c>); numbers are unsigned, and only the last
    /// one may have a fraction (<c>PT1.5H</c>, <c>P0,5Y</c>). Negative durations, <c>P</c>, <c>PT</c>, <c>30D</c>, spaces
    /// and words are not durations.
    /// </summary>
    internal static class IsoDuration
    {
        private const string DateDesignators = "YMWD";
        private const string TimeDesignators = "HMS";

        public static bool IsValid(string? text)
        {
            if (text is null || text.Length < 3 || text[0] != 'P')
            {
                return false;
            }

            var position = 1;
            var components = 0;
            var afterFraction = false;
            var designators = DateDesignators;
            var next = 0; // The first designator still allowed, in order.
            while (position < text.Length)
            {
                if (text[position] == 'T')
                {
                    // The time part starts once, and must have a component.
                    if (designators == TimeDesignators || position == text.Length - 1)
                    {
                        return false;
                    }

                    designators = TimeDesignators;
                    next = 0;
                    position++;
                    continue;
                }

                if (afterFraction || !Number(text, ref position, out var hasFraction) || position >= text.Length)
                {
                    return false;
                }

                var designator = designators.IndexOf(text[position], next);
                if (designator < 0)
                {
                    return false;
                }

                next = designator + 1;
                afterFraction = hasFraction;
                components++;
                position++;
            }

            return components > 0;
        }

        /// <summary>A valid duration in words for a reader of the record of processing (<c>P1Y6M</c>: "1 year 6 months",
        /// <c>PT12H</c>: "12 hours"); anything else as written.</summary>
        public static string Describe(string text)
        {
            if (!IsValid(text))
            {
                return text;
            }

            var words = new System.Collections.Generic.List<string>();
            var inTime = false;
            var start = 1;
            for (var position = 1; position < text.Length; position++)
            {
                var c = text[position];
                if (c == 'T')
                {
                    inTime = true;
                    start = position + 1;
                }
                else if (c >= 'A' && c <= 'Z')
                {
                    var number = text.Substring(start, position - start);
                    var unit = (inTime ? TimeDesignators.IndexOf(c) : DateDesignators.IndexOf(c)) switch
                    {
                        0 => inTime ? "hour" : "year",
                        1 => inTime ? "minute" : "month",
                        2 => inTime ? "second" : "week",
                        _ => "day",
                    };
                    words.Add(number + " " + unit + (number == "1" ? "" : "s"));
                    start = position + 1;
                }
            }

            return string.Join(" ", words);
        }

        /// <summary>Digits, then optionally a decimal mark and more digits.</summary>
        private static bool Number(string text, ref int position, out bool hasFraction)
        {
            hasFraction = false;
            var start = position;
            while (position < text.Length && IsDigit(text[position]))
            {
                position++;
            }

            if (position == start)
            {
                return false;
            }

            if (position < text.Length && (text[position] == '.' || text[position] == ','))
            {
                position++;
                var fractionStart = position;
                while (position < text.Length && IsDigit(text[position]))
                {
                    position++;
                }

                if (position == fractionStart)
                {
                    return false;
                }

                hasFraction = true;
            }

            return true;
        }

        // char.IsDigit accepts other scripts' digits; a duration has ASCII ones.
        private static bool IsDigit(char c) => c >= '0' && c <= '9';
    }
}
