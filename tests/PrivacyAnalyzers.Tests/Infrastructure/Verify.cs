using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.CodeFixes;

namespace PrivacyAnalyzers.Tests.Infrastructure;

/// <summary>Runs an analyzer, and the masking fix, over test sources compiled against real references, with the shared
/// <see cref="TestModel"/> as a second file. Fixed code is compiled too: any compiler error in it fails the test.</summary>
internal static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic() => new DiagnosticResult(new TAnalyzer().SupportedDiagnostics[0]);

    /// <summary>A diagnostic at markup location <paramref name="markup"/>, naming the member, its kind and the sink.</summary>
    public static DiagnosticResult Diagnostic(int markup, string member, string kind, string sink) =>
        Diagnostic().WithLocation(markup).WithArguments(member, kind, sink).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        RunAsync(source, fixedSource: null, withAnnotations: true, expected);

    public static Task AnalyzerWithoutAnnotationsAsync(string source, params DiagnosticResult[] expected) =>
        RunAsync(source, fixedSource: null, withAnnotations: false, expected);

    public static Task FixAsync(string source, string fixedSource, params DiagnosticResult[] expected) =>
        RunAsync(source, fixedSource, withAnnotations: true, expected);

    /// <summary>Fix All over several documents: every document is fixed in one pass.</summary>
    public static async Task FixAllAsync(string[] sources, string[] fixedSources, params DiagnosticResult[] expected)
    {
        var test = new Test();
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"/0/Test{i}.cs", sources[i]));
            test.FixedState.Sources.Add(($"/0/Test{i}.cs", fixedSources[i]));
        }

        test.TestState.Sources.Add(("/0/Model.cs", TestModel.Source));
        test.FixedState.Sources.Add(("/0/Model.cs", TestModel.Source));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    private static async Task RunAsync(string source, string? fixedSource, bool withAnnotations, DiagnosticResult[] expected)
    {
        var test = new Test();
        test.TestState.Sources.Add(("/0/Test0.cs", source));
        test.TestState.Sources.Add(("/0/Model.cs", withAnnotations ? TestModel.Source : TestModel.SourceWithoutAnnotations));
        if (!withAnnotations)
        {
            test.TestState.AdditionalReferences.Clear();
            test.TestState.AdditionalReferences.AddRange(TestReferences.PackagesWithoutAnnotations);
        }

        if (fixedSource is not null)
        {
            test.FixedState.Sources.Add(("/0/Test0.cs", fixedSource));
            test.FixedState.Sources.Add(("/0/Model.cs", TestModel.Source));
        }

        test.ExpectedDiagnostics.AddRange(expected);
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
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);
    }
}
