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
        Name,
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

        public ISymbol Symbol { get; }

        public string Kind { get; }

        public PiiEvidence Evidence { get; }

        /// <summary>Readable for messages: <c>Customer.Cnic</c>, or the parameter name.</summary>
        public string DisplayName => Symbol is IParameterSymbol or ILocalSymbol || Symbol.ContainingType is null
            ? Symbol.Name
            : Reporting.SymbolNames.Type(Symbol.ContainingType) + "." + Symbol.Name;
    }
}
