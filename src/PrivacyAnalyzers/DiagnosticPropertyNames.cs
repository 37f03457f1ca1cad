namespace PrivacyAnalyzers
{
    /// <summary>Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> shared by analyzers and code fixes.</summary>
    internal static class DiagnosticPropertyNames
    {
        /// <summary>The <c>PiiKind</c> member name of the value (for example <c>Cnic</c>).</summary>
        public const string PiiKind = "PiiKind";

        /// <summary>The documentation ID of the PII member (<c>P:Shop.Customer.Cnic</c>): how fixes find a member declared
        /// in another project, which cannot be the diagnostic's additional location.</summary>
        public const string MemberId = "MemberId";

        /// <summary>Start and length of the expression the masking fix wraps; absent when no safe wrap exists.</summary>
        public const string MaskTargetStart = "MaskTargetStart";
        public const string MaskTargetLength = "MaskTargetLength";

        /// <summary>The <c>ExposureContract</c> (serializer) under which a member is written: decides the ignore attribute.</summary>
        public const string Contract = "Contract";

        /// <summary>Set when <c>JsonPiiMaskAttribute</c> is available, so the masked-in-JSON fix can be offered.</summary>
        public const string CanMaskInJson = "CanMaskInJson";
    }
}
