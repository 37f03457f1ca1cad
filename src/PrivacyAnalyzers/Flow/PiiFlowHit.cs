using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Classification;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>A PII read that reaches a sink argument.</summary>
    internal sealed class PiiFlowHit
    {
        public PiiFlowHit(PiiClassification source, string path, SyntaxNode? maskTarget)
        {
            Source = source;
            Path = path;
            MaskTarget = maskTarget;
        }

        public PiiClassification Source { get; }

        /// <summary>How messages name the data: <c>Customer.Cnic</c>, or <c>Customer.Kyc.Cnic</c> inside an object.</summary>
        public string Path { get; }

        /// <summary>The expression inside the sink argument that the masking fix wraps; null when masking it would not
        /// compile or would hide the whole object (records, destructured objects, anonymous members).</summary>
        public SyntaxNode? MaskTarget { get; }
    }
}
