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
    /// taxonomy and the team's own names), or that the code assigns personal data to, but that no attribute tags. The fix
    /// adds <c>[Pii(PiiKind.X)]</c>.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UntaggedPiiAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.UntaggedPii,
            title: "Member looks like personal data but is not tagged",
            messageFormat: "'{0}' ({1}) looks like personal data {2} but is not tagged; add [Pii(PiiKind.{3})] so every rule treats it as such",
            description: "Discovery for teams adopting the package: members whose names say personal data, or that the code "
                + "assigns personal data to, that no [Pii] or ecosystem attribute tags. Tagging them (Fix All tags a whole "
                + "solution) makes the other rules see weak names too, and documents the data model.",
            DiagnosticSeverity.Info);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var state = PrivacyCompilation.For(start.Compilation, start.Options);
                var classifier = state.Classifier;
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
                        if (type is null || member.IsImplicitlyDeclared || member.Locations.Length == 0 || !member.Locations[0].IsInSource
                            || member is IPropertySymbol { OverriddenProperty: not null })
                        {
                            return;
                        }

                        // The name first: most members say nothing, and their attributes need not be read at all. A member
                        // whose name says nothing may still be given PII (`Target = order.Msisdn`).
                        PiiClassification source;
                        string why;
                        if (classifier.NameCandidate(member, type) is { } candidate)
                        {
                            source = new PiiClassification(member, candidate.Kind, PiiEvidence.Name);
                            why = candidate.Strong ? "from its name (strong match)" : "from its name (weak match)";
                        }
                        else if (classifier.Classify(member) is null && state.Assigned.Classify(member) is { } assigned)
                        {
                            source = assigned;
                            why = "from what the code assigns it ('" + assigned.AssignedFrom + "')";
                        }
                        else
                        {
                            return;
                        }

                        if (classifier.IsTagged(member))
                        {
                            return;
                        }

                        var finding = new Finding(
                            Rule,
                            member.Locations[0],
                            ImmutableArray.Create(new FoundPii(source, member.ContainingType.Name + "." + member.Name)),
                            why,
                            moreArguments: ImmutableArray.Create(source.Kind));
                        symbol.ReportDiagnostic(FindingReporter.Create(finding, symbol.Compilation));
                    },
                    SymbolKind.Property,
                    SymbolKind.Field);
            });
        }
    }
}
