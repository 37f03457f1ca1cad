namespace PrivacyAnalyzers.Map
{
    /// <summary>Where the data of each rule's findings goes, as the privacy map names destinations.</summary>
    internal static class RuleDestinations
    {
        public static string? Of(string ruleId) => ruleId switch
        {
            RuleIdentifiers.PiiLogged => "log",
            RuleIdentifiers.PiiWrittenToConsole => "console",
            RuleIdentifiers.PiiInExceptionMessage => "exception message",
            RuleIdentifiers.PiiInTelemetry => "telemetry",
            RuleIdentifiers.PiiSerialized => "serialized payload",
            RuleIdentifiers.PiiInApiResponse or RuleIdentifiers.ExposureAllowedWithoutJustification => "API response",
            RuleIdentifiers.IdentityDataStoredUnencrypted or RuleIdentifiers.EncryptionNotApplied or RuleIdentifiers.PasswordStored
                or RuleIdentifiers.CardSecurityCodeStored or RuleIdentifiers.CardNumberStored or RuleIdentifiers.PiiInDatabaseParameter
                or RuleIdentifiers.PiiInSqlText or RuleIdentifiers.EncryptedColumnQueried => "database",
            RuleIdentifiers.PiiInLocalStorage => "file, cache, session or cookie",
            RuleIdentifiers.PiiOverPlainHttp => "plain HTTP",
            RuleIdentifiers.PiiInUrl => "URL",
            RuleIdentifiers.PiiSharedWithThirdParty => "third party",
            _ => null,
        };
    }
}
