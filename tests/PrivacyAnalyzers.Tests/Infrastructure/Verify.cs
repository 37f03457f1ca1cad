using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.CodeFixes;

namespace PrivacyAnalyzers.Tests.Infrastructure;

/// <summary>Runs an analyzer, and the masking fix, over test sources compiled against real references.
/// Fixed code is compiled too: any compiler error in it fails the test.</summary>
internal static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic() => new DiagnosticResult(new TAnalyzer().SupportedDiagnostics[0]);

    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        AnalyzerAsync(source, withAnnotations: true, expected);

    public static async Task AnalyzerAsync(string source, bool withAnnotations, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        if (!withAnnotations)
        {
            test.TestState.AdditionalReferences.Clear();
            test.TestState.AdditionalReferences.AddRange(TestReferences.PackagesWithoutAnnotations);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public static async Task FixAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public static async Task FixAsync(string[] sources, string[] fixedSources)
    {
        var test = new Test();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        foreach (var fixedSource in fixedSources)
        {
            test.FixedState.Sources.Add(fixedSource);
        }

        await test.RunAsync();
    }

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, MaskPiiCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net10;
            TestState.AdditionalReferences.AddRange(TestReferences.Packages);
            // Fixed code must compile: compiler errors anywhere fail the test.
            CompilerDiagnostics = CompilerDiagnostics.Errors;
        }

        protected override ParseOptions CreateParseOptions() =>
            ((Microsoft.CodeAnalysis.CSharp.CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest);
    }
}
