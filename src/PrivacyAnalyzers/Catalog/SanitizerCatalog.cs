using System.Collections.Immutable;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>What a sanitizer does to the data: decides which rules it satisfies.</summary>
    internal enum SanitizerKind
    {
        /// <summary>Shows at most a harmless part: Pii.Mask, Redactor.Redact.</summary>
        Masking,

        /// <summary>Reversible: IDataProtector.Protect. Enough for logs and identity data at rest, not for passwords,
        /// card security codes or card numbers.</summary>
        Encryption,

        /// <summary>One-way: password hashers, PBKDF2, BCrypt, SHA-2.</summary>
        Hashing,
    }

    /// <summary>A method (or every method, when <see cref="Method"/> is null) of a type whose result no longer carries the
    /// data as it was. Implementations of a listed interface count too (an <c>IDataProtector</c> called through its class).</summary>
    internal sealed class SanitizerRow
    {
        public SanitizerRow(string type, string? method, SanitizerKind kind)
        {
            Type = type;
            Method = method;
            Kind = kind;
        }

        public string Type { get; }

        public string? Method { get; }

        public SanitizerKind Kind { get; }
    }

    /// <summary>The sanitizers the package knows; a team adds its own with <c>privacy_analyzers.sanitizers</c>.</summary>
    internal static class SanitizerCatalog
    {
        public static readonly ImmutableArray<SanitizerRow> Rows = ImmutableArray.Create(
            new SanitizerRow(KnownTypeNames.PiiHelper, null, SanitizerKind.Masking),
            new SanitizerRow(KnownTypeNames.Redactor, "Redact", SanitizerKind.Masking),
            new SanitizerRow(KnownTypeNames.DataProtector, "Protect", SanitizerKind.Encryption),
            new SanitizerRow(KnownTypeNames.DataProtectionExtensions, "Protect", SanitizerKind.Encryption),
            new SanitizerRow(KnownTypeNames.PasswordHasher, "HashPassword", SanitizerKind.Hashing),
            new SanitizerRow(KnownTypeNames.PiiLookupHasher, "Hash", SanitizerKind.Hashing),
            new SanitizerRow("System.Security.Cryptography.Rfc2898DeriveBytes", "Pbkdf2", SanitizerKind.Hashing),
            new SanitizerRow("System.Security.Cryptography.SHA256", "HashData", SanitizerKind.Hashing),
            new SanitizerRow("System.Security.Cryptography.SHA512", "HashData", SanitizerKind.Hashing),
            new SanitizerRow("System.Security.Cryptography.HMACSHA256", "HashData", SanitizerKind.Hashing),
            new SanitizerRow("BCrypt.Net.BCrypt", "HashPassword", SanitizerKind.Hashing),
            new SanitizerRow("BCrypt.Net.BCrypt", "EnhancedHashPassword", SanitizerKind.Hashing),
            new SanitizerRow("Isopoh.Cryptography.Argon2.Argon2", "Hash", SanitizerKind.Hashing));
    }
}
