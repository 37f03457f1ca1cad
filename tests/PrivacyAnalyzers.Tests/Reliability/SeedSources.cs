using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Tests.Infrastructure;

namespace PrivacyAnalyzers.Tests.Reliability;

/// <summary>The code the reliability tests start from: every C# program the rule tests compile, and the sample.</summary>
internal static class SeedSources
{
    // Test markup: {|PII1001:...|}, {|#0:...|}, [|...|].
    private static readonly Regex Markup = new(@"\{\|[^:|{}\s]*:|\|\}|\[\||\|\]", RegexOptions.Compiled);

    private static readonly string[] TypeOrCodeWords = { "class ", "record ", "struct ", "interface ", "namespace " };

    /// <summary>The sample's source files: (path, text).</summary>
    public static List<(string Path, string Text)> Sample()
    {
        var root = Path.Combine(TestReferences.RepositoryRoot, "samples", "MessagingPlatform");
        return Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => ("/Sample/" + Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();
    }

    /// <summary>Each raw string literal of the rule tests that holds a type or namespace, with the markup removed:
    /// (test file and line, text).</summary>
    public static List<(string Name, string Text)> TestPrograms()
    {
        var testsRoot = Path.Combine(TestReferences.RepositoryRoot, "tests", "PrivacyAnalyzers.Tests");
        var programs = new List<(string, string)>();
        foreach (var file in Directory.GetFiles(testsRoot, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                || file.Contains($"{Path.DirectorySeparatorChar}Reliability{Path.DirectorySeparatorChar}"))
            {
                continue;
            }

            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file));
            foreach (var token in tree.GetRoot().DescendantTokens())
            {
                if (!token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) || !TypeOrCodeWords.Any(token.ValueText.Contains))
                {
                    continue;
                }

                var line = token.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                programs.Add(($"{Path.GetRelativePath(testsRoot, file)}:{line}", Markup.Replace(token.ValueText, string.Empty)));
            }
        }

        return programs;
    }
}
