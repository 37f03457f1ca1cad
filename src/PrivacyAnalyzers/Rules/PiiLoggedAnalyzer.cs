using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII1001: personal data reaches a logging framework (Microsoft.Extensions.Logging, Serilog, NLog, log4net).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PiiLoggedAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.PiiLogged,
            title: "Personal data is written to a log",
            messageFormat: "'{0}' ({1}) is written to a log by '{2}'; mask it with Pii.Mask or log a non-identifying fact instead",
            description: "Logs are kept, shipped and read far more widely than the data they mention. A value classified as "
                + "personal data (by [Pii], an ecosystem attribute or an unambiguous name) must be masked or left out before it "
                + "reaches a logger, a scope or a structured-logging property.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            SinkRuleRunner.Register(context, Rule, SinkFamily.Log);
        }
    }
}
