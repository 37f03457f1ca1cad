using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Flow;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII3006: identity data, a password or card data is written to a database through an ADO.NET or Dapper parameter without the protection it needs.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PiiInDatabaseParameterAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.PiiInDatabaseParameter,
            title: "Protected personal data is written to the database unprotected",
            messageFormat: "'{0}' ({1}) is written to the database by '{2}'; encrypt identity data (IDataProtector.Protect), store only a hash of a password, and never store card security codes or full card numbers",
            description: "Outside EF Core, values reach the database as command parameters. Identity numbers must be encrypted, passwords one-way hashed, card security codes and full card numbers not stored; reversible encryption is not enough for passwords or card data.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            SinkRuleRunner.Register(context, Rule, SinkFamily.DatabaseParameter, FlowPolicy.Storage, FlowPolicy.IsProtectedAtRest);
        }
    }
}
