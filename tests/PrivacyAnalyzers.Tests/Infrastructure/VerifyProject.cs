using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace PrivacyAnalyzers.Tests.Infrastructure;

/// <summary>Runs a rule (and its fixes) over sources compiled as a net10.0 web project with data access: the .NET and
/// ASP.NET Core reference packs, Newtonsoft.Json, EF Core, the annotations and the EF Core encryption runtime.
/// Fixed code is compiled; errors fail the test.</summary>
internal static class VerifyProject<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>A diagnostic at markup <paramref name="markup"/> naming the member path, its kind, and where it goes.</summary>
    /// <param name="more">The message's fourth argument, for rules that have one: PII2002's other endpoints that send the
    /// same members (<c>" and 2 more endpoints"</c>), empty when there are none. Messages without it ignore it.</param>
    public static DiagnosticResult Diagnostic(int markup, string path, string kind, string where, string more = "") =>
        new DiagnosticResult(new TAnalyzer().SupportedDiagnostics[0])
            .WithLocation(markup)
            .WithArguments(path, kind, where, more)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        RunAsync(new[] { source }, null, null, expected);

    public static Task FixAsync(string source, string fixedSource, string equivalenceKey, params DiagnosticResult[] expected) =>
        RunAsync(new[] { source }, new[] { fixedSource }, equivalenceKey, expected);

    /// <summary>Several documents (for example the entity in one file, the serialization call in another).</summary>
    public static Task RunAsync(string[] sources, string[]? fixedSources, string? equivalenceKey, params DiagnosticResult[] expected) =>
        RunAsync(sources, fixedSources, equivalenceKey, expected, remainingAfterFix: Array.Empty<DiagnosticResult>());

    /// <summary>As <see cref="RunAsync(string[], string[], string, DiagnosticResult[])"/>, where some findings have no fix
    /// and remain in the fixed code (their markup stays in the fixed sources).</summary>
    public static async Task RunAsync(string[] sources, string[]? fixedSources, string? equivalenceKey, DiagnosticResult[] expected, DiagnosticResult[] remainingAfterFix)
    {
        var test = new Test { CodeActionEquivalenceKey = equivalenceKey };
        if (ReportsAtCompilationEnd)
        {
            // A compilation-end diagnostic (PII2002: one per decision, for all endpoints) is non-local by definition; its fix
            // edits the members it names by ID, wherever the diagnostic is. Only such rules skip the check.
            test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
        }

        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"/0/Test{i}.cs", sources[i]));
            if (fixedSources is not null)
            {
                test.FixedState.Sources.Add(($"/0/Test{i}.cs", fixedSources[i]));
            }
        }

        test.ExpectedDiagnostics.AddRange(expected);
        test.FixedState.ExpectedDiagnostics.AddRange(remainingAfterFix);
        if (remainingAfterFix.Length > 0)
        {
            test.FixedState.MarkupHandling = MarkupMode.Allow;
        }

        await test.RunAsync();
    }

    /// <summary>Analyzes <paramref name="sources"/> with <paramref name="references"/> added (packages most tests do not
    /// need, such as the document and key-value store clients) and expects exactly <paramref name="expected"/>.</summary>
    public static async Task AnalyzeWithReferencesAsync(IEnumerable<MetadataReference> references, string[] sources, params DiagnosticResult[] expected)
    {
        var test = new Test();
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"/0/Test{i}.cs", sources[i]));
        }

        test.TestState.AdditionalReferences.AddRange(references);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>Analyzes the named files with <paramref name="options"/> (.editorconfig lines for every C# file; empty for
    /// none) and expects exactly <paramref name="expected"/>.</summary>
    public static async Task AnalyzeWithOptionsAsync(string options, IEnumerable<(string Name, string Text)> sources, params DiagnosticResult[] expected)
    {
        var test = new Test();
        foreach (var (name, text) in sources)
        {
            test.TestState.Sources.Add(($"/0/{name}", text));
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"root = true\n\n[*.cs]\n{options}\n"));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    private static bool ReportsAtCompilationEnd =>
        new TAnalyzer().SupportedDiagnostics.Any(d => d.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd));

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net10AspNetCore;
            TestState.AdditionalReferences.AddRange(TestReferences.PackagesBesideAspNetCore);
            TestState.AdditionalReferences.AddRange(TestReferences.EntityFrameworkCore);
            CompilerDiagnostics = CompilerDiagnostics.Errors;
        }

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);
    }
}
