using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Classification
{
    /// <summary>Why a symbol counts as personal data.</summary>
    internal enum PiiEvidence
    {
        PiiAttribute,
        EcosystemAttribute,
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
        public string DisplayName => Symbol is IParameterSymbol || Symbol.ContainingType is null
            ? Symbol.Name
            : Symbol.ContainingType.Name + "." + Symbol.Name;

        /// <summary>Where the member is declared, when it is in source; the diagnostic's additional location.</summary>
        public Location? SourceLocation
        {
            get
            {
                foreach (var location in Symbol.Locations)
                {
                    if (location.IsInSource)
                    {
                        return location;
                    }
                }

                return null;
            }
        }
    }
}
