using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Storage;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII3003: a password is persisted by EF Core; only a one-way hash may be stored.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PasswordStoredAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.PasswordStored,
            title: "A password is stored",
            messageFormat: "'{0}' ({1}) is stored through '{2}'; store only a one-way hash (IPasswordHasher<T>, PBKDF2, BCrypt, Argon2), never the password or a reversible encryption of it",
            description: "The policies promise passwords are kept only as one-way hashes. A mapped member holding a password, encrypted or not, breaks that: hash it before it reaches the entity and map the hash instead.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            EfCoreRuleRunner.Register(context, Rule, (persisted, options) => PiiKinds.StorageOf(persisted.Source.Kind) == StoragePolicy.OneWayHashOnly && persisted.Protection != AtRestProtection.OneWay);
        }
    }
}
