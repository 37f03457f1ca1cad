using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII1002: personal data is written to the console, Debug, Trace or a TraceSource.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PiiWrittenToConsoleAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.PiiWrittenToConsole,
            title: "Personal data is written to the console or a trace",
            messageFormat: "'{0}' ({1}) is written by '{2}', whose output is collected like a log; mask it with Pii.Mask or leave it out",
            description: "Console output of services and Debug/Trace output are captured by hosts, containers and listeners "
                + "and end up in the same stores as logs. Personal data must be masked or left out.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            SinkRuleRunner.Register(context, Rule, SinkFamily.ConsoleOrTrace);
        }
    }
}
