using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.Sharing
{
    /// <summary>Who receives a share: the service of an SDK, or the host of an HTTP request.</summary>
    internal sealed class Recipient
    {
        private Recipient(string? sdk, string? host)
        {
            Sdk = sdk;
            Host = host;
        }

        public string? Sdk { get; }

        public string? Host { get; }

        public static Recipient ForSdk(string sdk) => new Recipient(sdk, null);

        public static Recipient ForHost(string host) => new Recipient(null, host);

        /// <summary>How messages name it: <c>Twilio</c>, <c>api.partner.example</c>.</summary>
        public override string ToString() => Sdk ?? Host!;
    }

    /// <summary>What about a share the policy does not allow.</summary>
    internal enum SharingBreach
    {
        /// <summary>No usable policy file, and the kind is one nobody may receive without one.</summary>
        NoPolicy,

        /// <summary>The recipient is no processor of the policy.</summary>
        UnlistedRecipient,

        /// <summary>The processor is not allowed this kind.</summary>
        KindNotAllowed,

        /// <summary>The processor is allowed the kind but keeps it outside the kind's regions.</summary>
        OutsideRegions,
    }

    /// <summary>Why a share breaks the policy, in the words of the message: who receives it, why not, what to do.</summary>
    internal sealed class SharingVerdict
    {
        public SharingVerdict(SharingBreach breach, string recipient, string reason, DiagnosticSeverity? severity = null)
        {
            Breach = breach;
            Recipient = recipient;
            Reason = reason;
            Severity = severity;
        }

        public SharingBreach Breach { get; }

        public string Recipient { get; }

        public string Reason { get; }

        /// <summary>Set when the finding is reported at another severity than the rule's (info, without a policy file).</summary>
        public DiagnosticSeverity? Severity { get; }
    }

    /// <summary>
    /// Judges one kind of personal data sent to one recipient against the team's <c>privacy-policy.json</c>: the recipient
    /// must be a processor of the file, the kind must list that processor, and the processor's region must be one of the
    /// kind's regions (residency is checked even where the processor is allowed). Without a usable file only identity,
    /// payment and secret kinds are reported, at info level: nobody has said who may receive them.
    /// </summary>
    internal static class SharingJudge
    {
        /// <summary>Kinds reported without a policy file: identity documents, payment data and secrets.</summary>
        public static readonly ImmutableHashSet<string> ReportedWithoutPolicy = ImmutableHashSet.Create(
            System.StringComparer.OrdinalIgnoreCase,
            PiiKinds.Cnic, PiiKinds.Aadhaar, PiiKinds.Pan, PiiKinds.NationalId, PiiKinds.Passport, PiiKinds.IdentityDocument, PiiKinds.TaxId,
            PiiKinds.PaymentCard, PiiKinds.CardSecurityCode, PiiKinds.BankAccount,
            PiiKinds.Password, PiiKinds.Secret);

        /// <summary>The breach, or null when the policy allows the share (or, without a policy, the kind is not reported).</summary>
        public static SharingVerdict? Judge(PrivacyPolicy? policy, Recipient recipient, string kind)
        {
            var kindWords = PiiKinds.Describe(kind);
            if (policy is null || !policy.IsUsable)
            {
                return ReportedWithoutPolicy.Contains(kind)
                    ? new SharingVerdict(SharingBreach.NoPolicy, recipient + ", a third party",
                        $"no {PrivacyPolicy.FileName} says who may receive identity, payment or secret data; leave it out, or declare the processors and what each may receive in that file",
                        DiagnosticSeverity.Info)
                    : null;
            }

            var processors = (recipient.Sdk is { } sdk ? policy.ProcessorsUsing(sdk) : policy.ProcessorsAt(recipient.Host!)).ToList();
            if (processors.Count == 0)
            {
                return new SharingVerdict(SharingBreach.UnlistedRecipient, recipient.ToString(),
                    $"{PrivacyPolicy.FileName} names no processor {(recipient.Sdk is null ? "at this host" : "reached through this SDK")}; leave it out, or add the processor with its region and what it may receive");
            }

            policy.Kinds.TryGetValue(kind, out var sharing);
            var allowed = processors.Where(p => sharing is not null && sharing.Processors.Contains(p.Name)).ToList();
            if (allowed.Count == 0)
            {
                return new SharingVerdict(SharingBreach.KindNotAllowed, Name(processors[0], recipient),
                    $"{PrivacyPolicy.FileName} does not allow the {kindWords} to go to it; leave it out, or, if the policy does allow it, list the processor under kinds.{PiiKinds.Find(kind)?.Name ?? kind}.processors");
            }

            if (sharing!.Regions.IsEmpty || allowed.Any(p => sharing.Regions.Contains(p.Region)))
            {
                return null;
            }

            var processor = allowed[0];
            return new SharingVerdict(SharingBreach.OutsideRegions, Name(processor, recipient),
                $"it keeps data in {processor.Region}, and {PrivacyPolicy.FileName} keeps the {kindWords} only in {Join(sharing.Regions)}; leave it out, or use a processor in {Join(sharing.Regions)}");
        }

        /// <summary>SDKs of telemetry services: PII1004 reports what reaches them unless the policy lets their processor
        /// receive the kind; PII4003 then checks only where that processor keeps it.</summary>
        public static readonly ImmutableHashSet<string> TelemetrySdks = ImmutableHashSet.Create("Sentry", "ApplicationInsights");

        /// <summary>Whether the policy lets a processor of <paramref name="recipient"/> receive the kind, wherever it keeps it.</summary>
        public static bool AllowsKind(PrivacyPolicy? policy, Recipient recipient, string kind) =>
            policy is { IsUsable: true }
            && Judge(policy, recipient, kind) is not { Breach: SharingBreach.UnlistedRecipient or SharingBreach.KindNotAllowed or SharingBreach.NoPolicy };

        private static string Name(Processor processor, Recipient recipient) =>
            string.Equals(processor.Name, recipient.ToString(), System.StringComparison.OrdinalIgnoreCase) ? "'" + processor.Name + "'" : $"'{processor.Name}' ({recipient})";

        private static string Join(IEnumerable<string> regions) => string.Join(" or ", regions);
    }
}
