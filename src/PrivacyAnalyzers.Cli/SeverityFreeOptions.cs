using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Cli;

/// <summary>
/// A project's analyzer options without the severity settings a build applies (<c>dotnet_diagnostic.*.severity</c>,
/// <c>dotnet_analyzer_diagnostic.*</c> from .editorconfig and the package's presets; the analyzer driver reads the bulk
/// ones from here, not from the compilation). Every other option (the rules' own, the policy file) is kept: the map
/// shows where the data goes whatever the build reports.
/// </summary>
internal sealed class SeverityFreeOptions : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigOptionsProvider inner;

    private SeverityFreeOptions(AnalyzerConfigOptionsProvider inner) => this.inner = inner;

    public static AnalyzerOptions Of(AnalyzerOptions options) =>
        new(options.AdditionalFiles, new SeverityFreeOptions(options.AnalyzerConfigOptionsProvider));

    public override AnalyzerConfigOptions GlobalOptions => new Filtered(inner.GlobalOptions);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Filtered(inner.GetOptions(tree));

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Filtered(inner.GetOptions(textFile));

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
