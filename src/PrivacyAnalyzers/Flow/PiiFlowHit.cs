using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Reporting;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>PII that reaches a sink argument: a read of one member, or an object written whole (a record's text, a
    /// destructured template hole), which carries every PII member of its type.</summary>
    internal sealed class PiiFlowHit
    {
        private PiiFlowHit(ImmutableArray<FoundPii> members, SyntaxNode? maskTarget, bool isWholeObject)
        {
            Members = members;
            MaskTarget = maskTarget;
            IsWholeObject = isWholeObject;
        }

        /// <summary>The member read, or the object's PII members (paths from the object's type: <c>KycSubmission.Cnic</c>).</summary>
        public ImmutableArray<FoundPii> Members { get; }

        /// <summary>The expression inside the sink argument that the masking fix wraps; null when masking it would not
        /// compile or would hide the whole object (records, destructured objects, anonymous members).</summary>
        public SyntaxNode? MaskTarget { get; }

        public bool IsWholeObject { get; }

        public static PiiFlowHit Read(PiiClassification source, string path, SyntaxNode? maskTarget) =>
            new PiiFlowHit(ImmutableArray.Create(new FoundPii(source, path)), maskTarget, isWholeObject: false);

        public static PiiFlowHit WholeObject(ImmutableArray<FoundPii> members) => new PiiFlowHit(members, maskTarget: null, isWholeObject: true);

        /// <summary>The same PII, wrapped at another place (a helper's read is masked where the helper is called).</summary>
        public PiiFlowHit WithMaskTarget(SyntaxNode? maskTarget) => new PiiFlowHit(Members, maskTarget, IsWholeObject);
    }
}
