using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Classification;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII3004: a card security code (CVV/CVC) is persisted by EF Core; PCI-DSS forbids storing it after authorisation.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CardSecurityCodeStoredAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.CardSecurityCodeStored,
            title: "A card security code is stored",
            messageFormat: "'{0}' ({1}) is stored through '{2}'; a card security code must never be stored, not even encrypted",
            description: "PCI-DSS requirement 3.3.1.2: the card verification code is not stored after authorisation. Pass it to the payment processor and drop it; do not map it.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            EfCoreRuleRunner.Register(context, Rule, (persisted, options) => PiiKinds.StorageOf(persisted.Source.Kind) == StoragePolicy.NeverStored);
        }
    }
}
