namespace PrivacyAnalyzers
{
    /// <summary>Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> shared by analyzers and code fixes,
    /// written by <see cref="Reporting.FindingReporter"/> only.</summary>
    internal static class DiagnosticPropertyNames
    {
        /// <summary>The <c>PiiKind</c> member name of the (first) member (for example <c>Cnic</c>).</summary>
        public const string PiiKind = "PiiKind";

        /// <summary>Each member the finding is about that a fix can edit: <c>Kind DocumentationId</c> per line
        /// (<c>Cnic P:Shop.Customer.Cnic</c>). The ID is how fixes find a member declared in another project, which cannot
        /// be the diagnostic's additional location.</summary>
        public const string Members = "Members";

        /// <summary><c>start:length</c> of each expression the masking or protecting fix wraps, separated by <c>;</c>;
        /// absent when no safe wrap exists.</summary>
        public const string MaskTargets = "MaskTargets";

        /// <summary>The <c>ExposureContract</c> (serializer) under which members are written: decides the ignore attribute.</summary>
        public const string Contract = "Contract";

        /// <summary>Set when <c>JsonPiiMaskAttribute</c> is available, so the masked-in-JSON fix can be offered.</summary>
        public const string CanMaskInJson = "CanMaskInJson";
    }
}
