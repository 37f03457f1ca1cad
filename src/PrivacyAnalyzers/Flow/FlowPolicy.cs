using PrivacyAnalyzers.Classification;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>What a rule accepts as protection. Logs and URLs accept any sanitizer; storage accepts encryption
    /// only for data that may be kept reversibly (not passwords, card security codes or card numbers).</summary>
    internal sealed class FlowPolicy
    {
        public static readonly FlowPolicy AnySanitizer = new FlowPolicy(reversibleStorageRules: false);
        public static readonly FlowPolicy Storage = new FlowPolicy(reversibleStorageRules: true);

        private readonly bool _reversibleStorageRules;

        private FlowPolicy(bool reversibleStorageRules)
        {
            _reversibleStorageRules = reversibleStorageRules;
        }

        public bool EncryptionProtects(string kind) =>
            !_reversibleStorageRules
            || !(kind == PiiKindNames.Password || kind == PiiKindNames.CardSecurityCode || kind == PiiKindNames.PaymentCard);

        /// <summary>Which kinds a storage rule reports: identity data, passwords, card data.</summary>
        public static bool IsProtectedAtRest(string kind) =>
            PiiKindNames.IsIdentity(kind) || kind == PiiKindNames.Password || kind == PiiKindNames.CardSecurityCode || kind == PiiKindNames.PaymentCard;
    }
}
