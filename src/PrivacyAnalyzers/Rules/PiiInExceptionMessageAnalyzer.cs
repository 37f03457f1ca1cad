using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII1003: personal data is put into the message of an exception.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PiiInExceptionMessageAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.PiiInExceptionMessage,
            title: "Personal data is put into an exception message",
            messageFormat: "'{0}' ({1}) is put into the message of '{2}'; exception messages reach logs and error responses, so mask it with Pii.Mask or leave it out",
            description: "Exception messages are logged by every host, shown on error pages and copied into tickets. "
                + "Personal data must be masked or left out of them; keep the value in a property if code needs it.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            SinkRuleRunner.Register(context, Rule, SinkFamily.ExceptionMessage);
        }
    }
}
