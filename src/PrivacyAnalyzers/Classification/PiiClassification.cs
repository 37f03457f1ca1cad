using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Classification
{
    /// <summary>Why a symbol counts as personal data.</summary>
    internal enum PiiEvidence
    {
        PiiAttribute,
        EcosystemAttribute,

        /// <summary>A framework member of the catalog's sources (a request's Authorization header).</summary>
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
        public string DisplayName => Symbol is IParameterSymbol || Symbol.ContainingType is null
            ? Symbol.Name
            : Symbol.ContainingType.Name + "." + Symbol.Name;

        /// <summary>The member's declaration as a diagnostic's additional location, when it is in the source of
        /// <paramref name="compilation"/>. Roslyn rejects locations outside the analyzed compilation, which is where an
        /// IDE's project references put a member of another project; <see cref="AddMemberId"/> lets fixes find it there.</summary>
        public Location[]? AdditionalLocationsIn(Compilation compilation)
        {
            foreach (var location in Symbol.Locations)
            {
                if (location.IsInSource && compilation.ContainsSyntaxTree(location.SourceTree))
                {
                    return new[] { location };
                }
            }

            return null;
        }

        /// <summary>Records the member's documentation ID in a diagnostic's properties, so a fix can find its declaration
        /// in whichever project of the solution it is.</summary>
        public void AddMemberId(ImmutableDictionary<string, string?>.Builder properties)
        {
            if (Symbol is IFieldSymbol or IPropertySymbol && DocumentationCommentId.CreateDeclarationId(Symbol) is { } id)
            {
                properties[DiagnosticPropertyNames.MemberId] = id;
            }
        }
    }
}
