using System.Collections.Generic;

namespace PrivacyAnalyzers.Sinks
{
    /// <summary>Reads the holes of a message template (<c>"Sent {@Message} to {Phone}"</c>) in order, and whether
    /// each one asks for destructuring (<c>@</c>). <c>{{</c> and <c>}}</c> are literal braces.</summary>
    internal static class MessageTemplateHoles
    {
        public static List<bool> Destructuring(string template)
        {
            var holes = new List<bool>();
            for (var i = 0; i < template.Length; i++)
            {
                if (template[i] != '{')
                {
                    continue;
                }

                if (i + 1 < template.Length && template[i + 1] == '{')
                {
                    i++;
                    continue;
                }

                var close = template.IndexOf('}', i + 1);
                if (close < 0)
                {
                    break;
                }

                holes.Add(close > i + 1 && template[i + 1] == '@');
                i = close;
            }

            return holes;
        }
    }
}
