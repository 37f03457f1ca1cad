using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Reporting;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII5001 (discovery): a field or property whose name says personal data (strong or weak, from the
    /// taxonomy and the team's own names) but that no attribute tags. The fix adds <c>[Pii(PiiKind.X)]</c>.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UntaggedPiiAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.UntaggedPii,
            title: "Member looks like personal data but is not tagged",
            messageFormat: "'{0}' ({1}) looks like personal data from its name ({2} match) but is not tagged; add [Pii(PiiKind.{3})] so every rule treats it as such",
            description: "Discovery for teams adopting the package: members whose names say personal data, that no [Pii] or "
                + "ecosystem attribute tags. Tagging them (Fix All tags a whole solution) makes the other rules see weak names "
                + "too, and documents the data model.",
            DiagnosticSeverity.Info);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var classifier = PrivacyCompilation.For(start.Compilation, start.Options).Classifier;
                start.RegisterSymbolAction(
                    symbol =>
                    {
                        var member = symbol.Symbol;
                        var type = member switch
                        {
                            IPropertySymbol property => property.Type,
                            IFieldSymbol { IsConst: false } field => field.Type,
                            _ => null,
                        };
                        // The name first: most members say nothing, and their attributes need not be read at all.
                        if (type is null || member.IsImplicitlyDeclared || member.Locations.Length == 0 || !member.Locations[0].IsInSource
                            || member is IPropertySymbol { OverriddenProperty: not null }
                            || classifier.NameCandidate(member, type) is not { } candidate
                            || classifier.IsTagged(member))
                        {
                            return;
                        }

                        var finding = new Finding(
                            Rule,
                            member.Locations[0],
                            ImmutableArray.Create(new FoundPii(new PiiClassification(member, candidate.Kind, PiiEvidence.Name), member.ContainingType.Name + "." + member.Name)),
                            candidate.Strong ? "strong" : "weak",
                            moreArguments: ImmutableArray.Create(candidate.Kind));
                        symbol.ReportDiagnostic(FindingReporter.Create(finding, symbol.Compilation));
                    },
                    SymbolKind.Property,
                    SymbolKind.Field);
            });
        }
    }
}
