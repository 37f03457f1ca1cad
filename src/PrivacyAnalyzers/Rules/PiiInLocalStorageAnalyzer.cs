using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Flow;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII3008: identity data, a password or card data is written to a file, cache, session or cookie without protection.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PiiInLocalStorageAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.PiiInLocalStorage,
            title: "Protected personal data is written to a file, cache, session or cookie",
            messageFormat: "'{0}' ({1}) is written by '{2}'; files, caches, session state and cookies must not hold it unprotected: encrypt identity data, hash passwords, never keep card security codes or full card numbers",
            description: "Files, distributed and memory caches, session state and cookies outlive requests and are copied, shared and backed up outside the database's controls. The at-rest promises apply to them too.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            SinkRuleRunner.Register(context, Rule, SinkFamily.File | SinkFamily.Cache | SinkFamily.Session | SinkFamily.Cookie, FlowPolicy.Storage, FlowPolicy.IsProtectedAtRest);
        }
    }
}
