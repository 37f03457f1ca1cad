using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Storage;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII3002: a member is marked [Encrypted] but the DbContext that persists it never applies UsePiiEncryption, so it is stored as written.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EncryptionNotAppliedAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.EncryptionNotApplied,
            title: "[Encrypted] member is stored without encryption",
            messageFormat: "'{0}' ({1}) is marked [Encrypted] but '{2}' never registers UsePiiEncryption, so it is stored as written; call configurationBuilder.UsePiiEncryption(dataProtectionProvider) in its ConfigureConventions",
            description: "[Encrypted] is a marker; the encryption happens in a model convention. Register it in every context that persists the member: configurationBuilder.UsePiiEncryption(dataProtectionProvider) in ConfigureConventions, or options.UsePiiEncryption(...) where the context's options are built.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            // The message names the context that must call UsePiiEncryption; the diagnostic stays on the DbSet that persists it.
            EfCoreRuleRunner.Register(context, Rule, (persisted, options) => persisted.Protection == AtRestProtection.MarkedButNotApplied, namesTheContext: true);
        }
    }
}
