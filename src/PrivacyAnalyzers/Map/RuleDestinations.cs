using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Map
{
    /// <summary>Where the data of each rule's findings, and of each sink family, goes, as the privacy map names destinations.</summary>
    internal static class RuleDestinations
    {
        public static string OfFamily(SinkFamily family) =>
            (family & SinkFamily.Log) != 0 ? "log"
            : (family & SinkFamily.ConsoleOrTrace) != 0 ? "console"
            : (family & SinkFamily.ExceptionMessage) != 0 ? "exception message"
            : (family & SinkFamily.Telemetry) != 0 ? "telemetry"
            : (family & SinkFamily.Serializer) != 0 ? "serialized payload"
            : (family & SinkFamily.Response) != 0 ? "API response"
            : (family & (SinkFamily.DatabaseParameter | SinkFamily.SqlText)) != 0 ? "database"
            : (family & (SinkFamily.File | SinkFamily.Cache | SinkFamily.Session | SinkFamily.Cookie)) != 0 ? "file, cache, session or cookie"
            : (family & SinkFamily.HttpUrl) != 0 ? "URL"
            : (family & SinkFamily.ThirdParty) != 0 ? "third party"
            : "HTTP request";

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
