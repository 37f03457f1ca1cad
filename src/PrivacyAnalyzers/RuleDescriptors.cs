using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers
{
    /// <summary>Builds every descriptor the same way: one category, help link to the rule's page, enabled by default.</summary>
    internal static class RuleDescriptors
    {
        public const string Category = "Privacy";
        public const string HelpLinkBase = "https://github.com/privacyanalyzers/privacyanalyzers/blob/main/docs/rules/";

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
