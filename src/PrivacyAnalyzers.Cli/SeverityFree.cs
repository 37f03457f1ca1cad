using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Cli;

/// <summary>
/// A project without the severities a build gives the rules (a preset, .editorconfig, NoWarn): data turned off for the
/// build still goes where it goes, so the map shows every flow. Two places hold them: the compilation's options
/// (<c>NoWarn</c>, <c>dotnet_diagnostic.*.severity</c> per tree) and the analyzer options, where the analyzer driver reads
/// the bulk ones (<c>dotnet_analyzer_diagnostic.*</c>). Every other option (the rules' own, the policy file) is kept.
/// </summary>
internal static class SeverityFree
{
    public static Compilation Compilation(Compilation compilation) =>
        compilation.WithOptions(compilation.Options
            .WithSpecificDiagnosticOptions(ImmutableDictionary<string, ReportDiagnostic>.Empty)
            .WithGeneralDiagnosticOption(ReportDiagnostic.Default)
            .WithSyntaxTreeOptionsProvider(null));

    public static AnalyzerOptions Options(AnalyzerOptions options) =>
        new(options.AdditionalFiles, new Provider(options.AnalyzerConfigOptionsProvider));

    private sealed class Provider(AnalyzerConfigOptionsProvider inner) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => new Filtered(inner.GlobalOptions);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Filtered(inner.GetOptions(tree));

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Filtered(inner.GetOptions(textFile));
    }

    private sealed class Filtered(AnalyzerConfigOptions inner) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            if (IsSeverity(key))
            {
                value = null;
                return false;
            }

            return inner.TryGetValue(key, out value);
        }

        public override IEnumerable<string> Keys => inner.Keys.Where(key => !IsSeverity(key));

        private static bool IsSeverity(string key) =>
            key.StartsWith("dotnet_analyzer_diagnostic.", StringComparison.OrdinalIgnoreCase)
            || (key.StartsWith("dotnet_diagnostic.", StringComparison.OrdinalIgnoreCase) && key.EndsWith(".severity", StringComparison.OrdinalIgnoreCase));
    }
}
