using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Policy;
using PrivacyAnalyzers.Reporting;
using PrivacyAnalyzers.Sharing;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII1004: personal data reaches telemetry: OpenTelemetry/System.Diagnostics span tags, baggage and events,
    /// metric tags, Application Insights properties and user context, Sentry tags, extras, users, breadcrumbs and messages.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PiiInTelemetryAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.PiiInTelemetry,
            title: "Personal data is sent to telemetry",
            messageFormat: "'{0}' ({1}) is sent to telemetry by '{2}'; mask it with Pii.Mask or record a non-identifying fact instead",
            description: "Traces, metrics and error reports leave the application for a monitoring service, are kept for weeks "
                + "and are read by everyone on call. Baggage even travels to every downstream service in request headers. A "
                + "value classified as personal data must be masked or left out before it becomes a span tag, baggage, a "
                + "metric tag, a telemetry property or an error-report user, tag, extra or breadcrumb.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            SinkRuleRunner.Register(context, Rule, SinkFamily.Telemetry, judge: Judge);
        }

        /// <summary>Where the privacy policy lets the telemetry service receive the kind, the share is the policy's
        /// (PII4003 checks where the service keeps it); everything else is reported.</summary>
        private static Judgement? Judge(PrivacyPolicy? policy, Recipient? recipient, string kind) =>
            recipient is not null && SharingJudge.AllowsKind(policy, recipient, kind) ? null : Judgement.Report;
    }
}
