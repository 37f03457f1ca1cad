using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Storage;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII3005: a full card number is persisted by EF Core; store a token or the last 4 digits instead.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CardNumberStoredAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.CardNumberStored,
            title: "A full card number is stored",
            messageFormat: "'{0}' ({1}) is stored through '{2}'; store the processor's token or the last 4 digits, not the full number",
            description: "The policies say the full card number is never stored; payments go through PCI-DSS processors. Store their token, or a masked form. Teams whose policy allows encrypted card storage set PII3005.allow_encrypted_card_numbers = true.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            EfCoreRuleRunner.Register(context, Rule, (persisted, options) => PiiKinds.StorageOf(persisted.Source.Kind) == StoragePolicy.NeverStoredInFull && persisted.Protection != AtRestProtection.OneWay && !(persisted.Protection == AtRestProtection.Encrypted && options.AllowEncryptedCardNumbers));
        }
    }
}
