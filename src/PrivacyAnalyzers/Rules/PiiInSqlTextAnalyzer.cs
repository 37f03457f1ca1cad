using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII3007: personal data is built into the text of a SQL statement.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PiiInSqlTextAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.PiiInSqlText,
            title: "Personal data is put into SQL text",
            messageFormat: "'{0}' ({1}) is put into the SQL text of '{2}'; pass it as a parameter instead, protected as its kind requires",
            description: "SQL text ends up in query logs, plan caches and monitoring, and splicing values into it invites injection. Pass values as parameters.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            SinkRuleRunner.Register(context, Rule, SinkFamily.SqlText);
        }
    }
}
