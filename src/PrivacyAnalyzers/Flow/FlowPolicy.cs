using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>What a rule accepts as protection. Logs and URLs accept any sanitizer; storage accepts encryption
    /// only for kinds whose storage policy it satisfies (not passwords, card security codes or card numbers).</summary>
    internal sealed class FlowPolicy
    {
        public static readonly FlowPolicy AnySanitizer = new FlowPolicy(atRest: false);
        public static readonly FlowPolicy Storage = new FlowPolicy(atRest: true);

        private readonly bool _atRest;

        private FlowPolicy(bool atRest)
        {
            _atRest = atRest;
        }

        public bool EncryptionProtects(string kind) => !_atRest || (PiiKinds.Find(kind)?.EncryptionIsEnoughAtRest ?? true);

        /// <summary>Which kinds a storage rule reports: those with an at-rest promise (identity data, passwords, card data).</summary>
        public static bool IsProtectedAtRest(string kind) => PiiKinds.StorageOf(kind) != StoragePolicy.Unrestricted;
    }
}
