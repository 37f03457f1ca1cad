using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Classification
{
    /// <summary>Why a symbol counts as personal data.</summary>
    internal enum PiiEvidence
    {
        PiiAttribute,
        EcosystemAttribute,

        /// <summary>A framework member of the catalog's sources (a request's Authorization header, the client's IP), or a
        /// member the team lists as a source.</summary>
        FrameworkSource,

        /// <summary>A strong name (or any name the team's <c>strict</c> setting lets count everywhere).</summary>
        Name,

        /// <summary>A name that counts through its context (<c>Order.Email</c>, <c>User.Address</c>): a person's data in
        /// logs, exception messages and URLs, which do not need it. Responses, serialized payloads and storage are where
        /// an application shows and keeps its users' contact details on purpose, so those rules count only tags, sources
        /// and strong names (and, in <c>strict</c>, every name).</summary>
        NameInContext,
    }

    /// <summary>A symbol classified as personal data: its kind (a <c>PiiKind</c> member name) and the evidence.</summary>
    internal sealed class PiiClassification
    {
        public PiiClassification(ISymbol symbol, string kind, PiiEvidence evidence)
        {
            Symbol = symbol;
            Kind = kind;
            Evidence = evidence;
        }

        /// <summary>An untagged member that the code assigns PII to (<c>new Callback { Target = order.Msisdn }</c>): it
        /// carries the kind of what it is given, counts where that counts, and points at the assignment.</summary>
        public static PiiClassification Assigned(ISymbol member, PiiClassification given, Location assignment) =>
            new PiiClassification(member, given.Kind, given.Evidence) { AssignedAt = assignment, AssignedFrom = given.DisplayName };

        /// <summary>Where PII was assigned to a member that is not PII by itself: an additional location of every finding
        /// about it.</summary>
        public Location? AssignedAt { get; private set; }

        /// <summary>What was assigned (<c>Customer.Cnic</c>), for messages that say why the member counts.</summary>
        public string? AssignedFrom { get; private set; }

        public ISymbol Symbol { get; }

        public string Kind { get; }

        public PiiEvidence Evidence { get; }

        /// <summary>Whether only the leak rules (logs, console, exception messages, URLs, plain HTTP, SQL text) count it.</summary>
        public bool CountsOnlyInLeaks => Evidence == PiiEvidence.NameInContext;

        /// <summary>Readable for messages: <c>Customer.Cnic</c>, or the parameter name.</summary>
        public string DisplayName => Symbol is IParameterSymbol or ILocalSymbol || Symbol.ContainingType is null
            ? Symbol.Name
            : Reporting.SymbolNames.Type(Symbol.ContainingType) + "." + Symbol.Name;
    }
}
