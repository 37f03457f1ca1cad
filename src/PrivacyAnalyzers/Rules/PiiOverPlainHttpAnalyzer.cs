using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII4001: personal data is sent in a request to an http:// address.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PiiOverPlainHttpAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.PiiOverPlainHttp,
            title: "Personal data is sent over plain HTTP",
            messageFormat: "'{0}' ({1}) is sent by '{2}' to an http:// address; use https://",
            description: "The policies promise encryption of data in transit using TLS. A request to an http:// address (other than loopback) sends its URL and content in clear.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            SinkRuleRunner.Register(context, Rule, SinkFamily.HttpUrl | SinkFamily.HttpBody, onlyOverPlainHttp: true);
        }
    }
}
