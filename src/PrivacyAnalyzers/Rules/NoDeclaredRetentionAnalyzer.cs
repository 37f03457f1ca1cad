using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII3010: personal data that an EF Core DbContext persists has no declared retention: no <c>[Retention]</c>
    /// on the member or its type, and no <c>retention</c> for its kind in <c>privacy-policy.json</c>. A declared value that
    /// is not an ISO 8601 duration is PII9004's, not reported here as well.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NoDeclaredRetentionAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.NoDeclaredRetention,
            title: "Personal data is stored by EF Core with no declared retention",
            messageFormat: "'{0}' ({1}) is stored by EF Core through '{2}' with no declared retention; add [Retention(\"P…\")] with the period the privacy policy promises, on the member or its type, or a retention for its kind in privacy-policy.json",
            description: "The policies promise retention schedules (message logs 90 days, identity documents 30 days after the account "
                + "is deleted, billing records 7 years). Data the database keeps with no declared period is kept for ever by default, "
                + "and the record of processing cannot say how long it is held.",
            DiagnosticSeverity.Info);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            EfCoreRuleRunner.Register(context, Rule, state => (persisted, _) =>
                HasRetentionSchedule(persisted.Source.Kind) && state.Retention.RetentionOf(persisted.Source.Symbol, persisted.Source.Kind) is null,
                contextNamesCount: true);
        }

        /// <summary>
        /// Credentials (passwords, secrets such as tokens and keys) live as long as the account or until they expire, and
        /// a card security code must not be stored at all (PII3004): no retention schedule is about them, so asking for one
        /// would be noise or, for the code, wrong advice (found on real code: an EF Core model's access tokens and password
        /// hash).
        /// </summary>
        private static bool HasRetentionSchedule(string kind) =>
            kind != PiiKinds.Secret && PiiKinds.StorageOf(kind) is not (StoragePolicy.OneWayHashOnly or StoragePolicy.NeverStored);
    }
}
