namespace PrivacyAnalyzers
{
    /// <summary>Every rule ID in one place. Ranges: 1xxx logging, 2xxx serialization, 3xxx storage, 4xxx transit,
    /// 5xxx discovery, 9xxx configuration. A shipped ID is never reused.</summary>
    internal static class RuleIdentifiers
    {
        public const string PiiLogged = "PII1001";
        public const string PiiInTelemetry = "PII1004";
        public const string PiiWrittenToConsole = "PII1002";
        public const string PiiInExceptionMessage = "PII1003";
        public const string PiiSerialized = "PII2001";
        public const string PiiInApiResponse = "PII2002";
        public const string ExposureAllowedWithoutJustification = "PII2003";
        public const string IdentityDataStoredUnencrypted = "PII3001";
        public const string EncryptionNotApplied = "PII3002";
        public const string PasswordStored = "PII3003";
        public const string CardSecurityCodeStored = "PII3004";
        public const string CardNumberStored = "PII3005";
        public const string PiiInDatabaseParameter = "PII3006";
        public const string PiiInSqlText = "PII3007";
        public const string PiiInLocalStorage = "PII3008";
        public const string EncryptedColumnQueried = "PII3009";
        public const string NoDeclaredRetention = "PII3010";
        public const string PiiOverPlainHttp = "PII4001";
        public const string PiiInUrl = "PII4002";
        public const string PiiSharedWithThirdParty = "PII4003";
        public const string UntaggedPii = "PII5001";
        public const string RealLookingPiiLiteral = "PII5002";
        public const string InvalidOption = "PII9001";
        public const string InvalidPrivacyPolicy = "PII9003";
        public const string InvalidRetention = "PII9004";
    }
}
