using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Benchmark;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Reliability;

/// <summary>A build must say the same thing every time: the same findings, in the same order, with the same messages,
/// related locations and fix data, whether the analyzers run concurrently or not, and on every run. Shared caches
/// (classification, exposure walks, the EF Core model) are where a race would show. The order in which a host receives
/// findings follows the compiler's own concurrent binding, so runs are compared ordered by place and rule (as an error
/// list shows them); several findings of one rule at one place must also come in the same order every time.</summary>
public class DeterminismTests
{
    [Fact]
    public async Task Same_findings_in_the_same_order_with_concurrent_execution_on_and_off_run_twice()
    {
        var sources = SeedSources.Sample().Concat(CorpusGenerator.Generate(12_000).Select(f => ("/Corpus/" + f.Path, f.Text))).ToList();
        var runs = new List<(bool Concurrent, List<Diagnostic> Findings)>();
        foreach (var concurrent in new[] { true, false, true, false })
        {
            // A fresh compilation each time, as each build has, so no run reuses another's bound state.
            var compilation = await WholePackage.CompileAsync(sources, OutputKind.ConsoleApplication);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var run = await WholePackage.AnalyzeAsync(compilation, concurrent);
            Assert.Empty(run.Failures);
            runs.Add((concurrent, run.Diagnostics.ToList()));
        }

        Assert.True(runs[0].Findings.Count > 100, $"only {runs[0].Findings.Count} findings: too few to show a race");
        foreach (var (_, findings) in runs.Skip(1))
        {
            Assert.Equal(ByPlace(runs[0].Findings), ByPlace(findings));
        }
    }

    // OrderBy is stable: findings of one rule at one place keep the order the rule reported them in.
    private static List<string> ByPlace(List<Diagnostic> findings) =>
        findings.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Location.SourceSpan.End)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(Describe)
            .ToList();

    private static string Describe(Diagnostic diagnostic) =>
        $"{diagnostic.Id} {diagnostic.Location.GetLineSpan()} {diagnostic.GetMessage()} | "
        + string.Join(", ", diagnostic.AdditionalLocations.Select(l => l.GetLineSpan().ToString())) + " | "
        + string.Join(", ", diagnostic.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
}
