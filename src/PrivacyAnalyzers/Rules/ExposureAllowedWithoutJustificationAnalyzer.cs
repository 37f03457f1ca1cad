using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Flow;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII2003: <c>[PiiExposureAllowed]</c> with an empty justification. Such an approval does not count,
    /// so the exposure rules keep reporting; this rule says why.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ExposureAllowedWithoutJustificationAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.ExposureAllowedWithoutJustification,
            title: "Approval of a personal-data exposure has no justification",
            messageFormat: "'{0}' ({1}) is marked [PiiExposureAllowed] without a justification; the approval does not count until it says why",
            description: "An approval is a reviewed decision; the justification is what reviewers and auditors read. An empty one "
                + "approves nothing, and the serialization and response rules keep reporting.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var attributes = PrivacyCompilation.For(start.Compilation, start.Options).SerializationAttributes;
                if (attributes.ExposureAllowed is null)
                {
                    return;
                }

                start.RegisterSymbolAction(
                    symbol =>
                    {
                        foreach (var attribute in symbol.Symbol.GetAttributes())
                        {
                            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributes.ExposureAllowed)
                                && !attributes.IsExposureAllowed(symbol.Symbol)
                                && attribute.ApplicationSyntaxReference is { } syntax)
                            {
                                symbol.ReportDiagnostic(Diagnostic.Create(
                                    Rule,
                                    Location.Create(syntax.SyntaxTree, syntax.Span),
                                    symbol.Symbol.Name,
                                    symbol.Symbol.Kind.ToString().ToLowerInvariant()));
                            }
                        }
                    },
                    SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field);
            });
        }
    }
}
