using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Storage;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII3001: an identity number (CNIC, Aadhaar, PAN, national ID, passport, identity document) is persisted by EF Core without encryption.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class IdentityDataStoredUnencryptedAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.IdentityDataStoredUnencrypted,
            title: "Identity data is stored unencrypted",
            messageFormat: "'{0}' ({1}) is stored unencrypted through '{2}'; mark it [Encrypted] and register UsePiiEncryption in the context, or map it with an encrypting converter",
            description: "The policies promise that identity documents and numbers are encrypted at rest. A mapped member holding one must be encrypted by the PrivacyAnalyzers.EntityFrameworkCore convention or by a value converter declared as encrypting.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            EfCoreRuleRunner.Register(context, Rule, (persisted, options) => PiiKinds.StorageOf(persisted.Source.Kind) == StoragePolicy.EncryptedOnly && persisted.Protection == AtRestProtection.None);
        }
    }
}
