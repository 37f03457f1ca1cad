namespace PrivacyAnalyzers.Catalog
{
    /// <summary>Metadata names of the types the analyzers recognise. Matched by full name, so no package reference is needed.</summary>
    internal static class KnownTypeNames
    {
        public const string PiiAttribute = "PrivacyAnalyzers.Annotations.PiiAttribute";
        public const string PiiHelper = "PrivacyAnalyzers.Annotations.Pii";
        public const string PiiKind = "PrivacyAnalyzers.Annotations.PiiKind";
        public const string RetentionAttribute = "PrivacyAnalyzers.Annotations.RetentionAttribute";
        public const string PurposeAttribute = "PrivacyAnalyzers.Annotations.PurposeAttribute";
        public const string DataClassificationAttribute = "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute";
        public const string PersonalDataAttribute = "Microsoft.AspNetCore.Identity.PersonalDataAttribute";
        public const string CreditCardAttribute = "System.ComponentModel.DataAnnotations.CreditCardAttribute";
        public const string DataTypeAttribute = "System.ComponentModel.DataAnnotations.DataTypeAttribute";
        public const string Redactor = "Microsoft.Extensions.Compliance.Redaction.Redactor";
        public const string DataProtector = "Microsoft.AspNetCore.DataProtection.IDataProtector";
        public const string DataProtectionExtensions = "Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions";
        public const string PasswordHasher = "Microsoft.AspNetCore.Identity.IPasswordHasher`1";
        public const string MicrosoftLogger = "Microsoft.Extensions.Logging.ILogger";
        public const string LoggerMessageAttribute = "Microsoft.Extensions.Logging.LoggerMessageAttribute";
        public const string EventId = "Microsoft.Extensions.Logging.EventId";
        public const string PiiEncryptionConverter = "PrivacyAnalyzers.EntityFrameworkCore.PiiEncryptionConverter";
        public const string PiiLookupHasher = "PrivacyAnalyzers.EntityFrameworkCore.PiiLookupHasher";
    }
}
