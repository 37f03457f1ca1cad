using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PrivacyAnalyzers.Tests.Reliability;

/// <summary>Breaks C# the way editing does: cut off mid-file, a token deleted or swapped, a line duplicated or dropped,
/// an unbalanced brace, quote or comment opened, an identifier renamed to a PII name (so rules keep firing in the
/// broken code). Deterministic for a given <see cref="Random"/>.</summary>
internal static class SourceMutator
{
    private static readonly string[] Openers = { "{", "}", "(", ")", "[", "]", "\"", "$\"{", "/*", "<", "=>", ";", "?.", "@" };
    private static readonly string[] PiiNames = { "Cnic", "Password", "CardNumber", "Email", "Cvv", "AadhaarNumber" };

    /// <summary>One to three stacked mutations of <paramref name="text"/>, and what they were.</summary>
    public static (string Text, string Description) Mutate(string text, Random random)
    {
        var steps = new List<string>();
        var count = 1 + random.Next(3);
        for (var i = 0; i < count && text.Length > 0; i++)
        {
            var (mutated, step) = MutateOnce(text, random);
            text = mutated;
            steps.Add(step);
        }

        return (text, string.Join(", ", steps));
    }

    private static (string, string) MutateOnce(string text, Random random)
    {
        var tokens = SyntaxFactory.ParseTokens(text).Where(t => t.Span.Length > 0).ToList();
        if (tokens.Count < 2)
        {
            return (text.Substring(0, random.Next(text.Length)), "truncate");
        }

        var token = tokens[random.Next(tokens.Count - 1)];
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        switch (random.Next(7))
        {
            case 0:
                var cut = random.Next(text.Length);
                return (text.Substring(0, cut), $"truncate at {cut}");
            case 1:
                return (text.Remove(token.SpanStart, token.Span.Length), $"delete '{token.Text}' at {token.SpanStart}");
            case 2:
                lines.Insert(line, lines[line]);
                return (string.Join('\n', lines), $"duplicate line {line}");
            case 3:
                lines.RemoveAt(line);
                return (string.Join('\n', lines), $"delete line {line}");
            case 4:
                var opener = Openers[random.Next(Openers.Length)];
                return (text.Insert(token.SpanStart, opener), $"insert '{opener}' at {token.SpanStart}");
            case 5:
                var next = tokens[tokens.IndexOf(token) + 1];
                var swapped = text.Substring(0, token.SpanStart) + next.Text + text.Substring(token.Span.End, next.SpanStart - token.Span.End)
                    + token.Text + text.Substring(next.Span.End);
                return (swapped, $"swap '{token.Text}' and '{next.Text}' at {token.SpanStart}");
            default:
                var identifiers = tokens.Where(t => t.IsKind(SyntaxKind.IdentifierToken)).ToList();
                if (identifiers.Count == 0)
                {
                    return (text, "no identifier to rename");
                }

                var identifier = identifiers[random.Next(identifiers.Count)];
                var name = PiiNames[random.Next(PiiNames.Length)];
                return (text.Remove(identifier.SpanStart, identifier.Span.Length).Insert(identifier.SpanStart, name), $"rename '{identifier.Text}' to {name} at {identifier.SpanStart}");
        }
    }
}
