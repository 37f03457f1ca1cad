using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Policy;
using PrivacyAnalyzers.Reporting;
using PrivacyAnalyzers.Sharing;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII4003: personal data goes to a third party the team's privacy policy does not allow for it: an SMS, email,
    /// payment or AI SDK, or an HTTP request to a host the code names; or to an allowed processor that keeps it outside the
    /// kind's regions. No fix: approving a transfer is a decision about the policy, not about the code.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PiiSharedWithThirdPartyAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.PiiSharedWithThirdParty,
            title: "Personal data is shared with a third party the privacy policy does not allow",
            messageFormat: "'{0}' ({1}) is sent by '{2}' to {3}: {4}",
            description: "The policies name who may receive each kind of personal data (payment data only the payment processor, "
                + "identity documents only the national verification service and never outside the country) and promise that "
                + "nothing else is shared. The team's privacy-policy.json lists its processors, their regions, and per kind who "
                + "may receive it and where it may be kept; a value sent to an SDK or host that the file does not allow for its "
                + "kind, or to a processor outside the kind's regions, is reported. Without the file, identity, payment and "
                + "secret data sent to any third party is reported at info level.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            // Names that are a person's only beside one (an e-mail address, a tax ID that may be a company's) are judged where
            // the team has written its policy; the info findings made without one keep to what is personal data by itself.
            SinkRuleRunner.Register(context, Rule, SinkFamilies.Shared, judge: Judge, contextNamesCount: (policy, _) => policy is { IsUsable: true });
        }

        private static Judgement? Judge(PrivacyPolicy? policy, Recipient? recipient, string kind)
        {
            if (recipient is null || SharingJudge.Judge(policy, recipient, kind) is not { } verdict)
            {
                return null;
            }

            // A telemetry service is PII1004's, except where the policy lets it receive the kind: then only where it keeps it.
            if (recipient.Sdk is { } sdk && SharingJudge.TelemetrySdks.Contains(sdk) && verdict.Breach != SharingBreach.OutsideRegions)
            {
                return null;
            }

            return new Judgement(ImmutableArray.Create(verdict.Recipient, verdict.Reason), verdict.Severity);
        }
    }
}
