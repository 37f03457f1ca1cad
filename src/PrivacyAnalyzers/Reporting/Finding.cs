using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Exposure;

namespace PrivacyAnalyzers.Reporting
{
    /// <summary>A PII member a finding is about, and how the message names it (<c>Customer.Kyc.PassportNo</c>).</summary>
    internal readonly struct FoundPii
    {
        public FoundPii(PiiClassification source, string path)
        {
            Source = source;
            Path = path;
        }

        public PiiClassification Source { get; }

        public string Path { get; }
    }

    /// <summary>
    /// What a rule found, before it is a diagnostic: where, which PII (one member, or every PII member of one object that
    /// is written whole), where it goes, and what the fixes need. <see cref="FindingReporter"/> turns it into the diagnostic.
    /// </summary>
    internal sealed class Finding
    {
        public Finding(
            DiagnosticDescriptor rule,
            Location location,
            ImmutableArray<FoundPii> members,
            string sink,
            ImmutableArray<SyntaxNode> maskTargets = default,
            ExposureContract? contract = null,
            bool canMaskInJson = false,
            ImmutableArray<string> moreArguments = default,
            ImmutableArray<Location> moreSites = default,
            DiagnosticSeverity? severity = null)
        {
            Severity = severity;
            Rule = rule;
            Location = location;
            Members = members;
            Sink = sink;
            MaskTargets = maskTargets.IsDefault ? ImmutableArray<SyntaxNode>.Empty : maskTargets;
            Contract = contract;
            CanMaskInJson = canMaskInJson;
            MoreArguments = moreArguments.IsDefault ? ImmutableArray<string>.Empty : moreArguments;
            MoreSites = moreSites.IsDefault ? ImmutableArray<Location>.Empty : moreSites;
        }

        public DiagnosticDescriptor Rule { get; }

        /// <summary>The sink site: the argument, the returned value, the mapping.</summary>
        public Location Location { get; }

        /// <summary>One member, or every PII member of an object written whole (in the order its type declares them).</summary>
        public ImmutableArray<FoundPii> Members { get; }

        /// <summary>The message's third argument: where the data goes (<c>ILogger.LogInformation</c>, <c>PlatformDbContext.Customers</c>),
        /// or what the rule says of it (PII5001: how strong the name is).</summary>
        public string Sink { get; }

        /// <summary>The expressions inside the sink site that the masking or protecting fix wraps (every read of the member
        /// there that can be wrapped); empty when there is none.</summary>
        public ImmutableArray<SyntaxNode> MaskTargets { get; }

        /// <summary>The serializer that writes the members: decides the ignore attribute.</summary>
        public ExposureContract? Contract { get; }

        /// <summary><c>[JsonPiiMask]</c> is available to write the members masked.</summary>
        public bool CanMaskInJson { get; }

        /// <summary>Message arguments after the third, for rules whose message says more.</summary>
        public ImmutableArray<string> MoreArguments { get; }

        /// <summary>Other sink sites of the same decision (PII2002: the other endpoints that send the same members),
        /// reported as additional locations after the members' declarations.</summary>
        public ImmutableArray<Location> MoreSites { get; }

        /// <summary>The severity to report at when it is not the rule's default (PII4003 without a policy file: info).</summary>
        public DiagnosticSeverity? Severity { get; }

        /// <summary>The same finding, reported once for several sites: <paramref name="moreSites"/> become additional
        /// locations, <paramref name="moreArguments"/> replace the message arguments after the third.</summary>
        public Finding WithMoreSites(ImmutableArray<Location> moreSites, ImmutableArray<string> moreArguments) =>
            new Finding(Rule, Location, Members, Sink, MaskTargets, Contract, CanMaskInJson, moreArguments, moreSites, Severity);
    }
}
