using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers
{
    /// <summary>Builds every descriptor the same way: one category, help link to the rule's page, enabled by default.</summary>
    internal static class RuleDescriptors
    {
        public const string Category = "Privacy";
        public const string HelpLinkBase = "https://github.com/privacyanalyzers/privacyanalyzers/blob/main/docs/rules/";

        /// <summary>
        /// How every rule treats generated code (generated files, and symbols marked [GeneratedCode]): never analyzed. What
        /// a rule reports is not filtered for generated code a second time: a rule reports only where it analyzed, so that
        /// filter could drop nothing, and it costs the driver a scan of every token of each file the first time anything is
        /// reported in it (about half the package's time on the benchmark's corpus, where many files have findings).
        /// </summary>
        public const GeneratedCodeAnalysisFlags GeneratedCodeAnalysis = GeneratedCodeAnalysisFlags.ReportDiagnostics;

        public static DiagnosticDescriptor Create(
            string id,
            string title,
            string messageFormat,
            string description,
            DiagnosticSeverity defaultSeverity = DiagnosticSeverity.Warning,
            params string[] customTags)
        {
            return new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                Category,
                defaultSeverity,
                isEnabledByDefault: true,
                description: description,
                helpLinkUri: HelpLinkBase + id + ".md",
                customTags: customTags);
        }
    }
}
