using PrivacyAnalyzers.Catalog;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Classification;

namespace PrivacyAnalyzers.Flow
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

    /// <summary>Methods whose result no longer carries the data as it was, by what they do to it.</summary>
    internal sealed class SanitizerSet
    {
        private static readonly (string Type, string? Method, SanitizerKind Kind)[] Table =
        {
            (KnownTypeNames.PiiHelper, null, SanitizerKind.Masking),
            (KnownTypeNames.Redactor, "Redact", SanitizerKind.Masking),
            (KnownTypeNames.DataProtector, "Protect", SanitizerKind.Encryption),
            (KnownTypeNames.DataProtectionExtensions, "Protect", SanitizerKind.Encryption),
            (KnownTypeNames.PasswordHasher, "HashPassword", SanitizerKind.Hashing),
            ("System.Security.Cryptography.Rfc2898DeriveBytes", "Pbkdf2", SanitizerKind.Hashing),
            ("System.Security.Cryptography.SHA256", "HashData", SanitizerKind.Hashing),
            ("System.Security.Cryptography.SHA512", "HashData", SanitizerKind.Hashing),
            ("System.Security.Cryptography.HMACSHA256", "HashData", SanitizerKind.Hashing),
            ("BCrypt.Net.BCrypt", "HashPassword", SanitizerKind.Hashing),
            ("BCrypt.Net.BCrypt", "EnhancedHashPassword", SanitizerKind.Hashing),
            ("Isopoh.Cryptography.Argon2.Argon2", "Hash", SanitizerKind.Hashing),
        };

        private readonly Dictionary<INamedTypeSymbol, List<(string? Method, SanitizerKind Kind)>> _byType =
            new Dictionary<INamedTypeSymbol, List<(string?, SanitizerKind)>>(SymbolEqualityComparer.Default);

        public SanitizerSet(Compilation compilation)
        {
            foreach (var (typeName, method, kind) in Table)
            {
                if (compilation.GetTypeByMetadataName(typeName) is { } type)
                {
                    if (!_byType.TryGetValue(type, out var methods))
                    {
                        _byType[type] = methods = new List<(string?, SanitizerKind)>();
                    }

                    methods.Add((method, kind));
                }
            }
        }

        /// <summary>What <paramref name="method"/> does to the data, or null when it is not a sanitizer.</summary>
        public SanitizerKind? Classify(IMethodSymbol method)
        {
            var type = method.ContainingType?.OriginalDefinition;
            if (type is null)
            {
                return null;
            }

            if (Find(type, method.Name) is { } direct)
            {
                return direct;
            }

            // Implementations of IDataProtector / IPasswordHasher<T> called through the class.
            foreach (var implemented in type.AllInterfaces)
            {
                if (Find(implemented.OriginalDefinition, method.Name) is { } viaInterface)
                {
                    return viaInterface;
                }
            }

            return null;
        }

        private SanitizerKind? Find(INamedTypeSymbol type, string methodName)
        {
            if (_byType.TryGetValue(type, out var methods))
            {
                foreach (var (name, kind) in methods)
                {
                    if (name is null || name == methodName)
                    {
                        return kind;
                    }
                }
            }

            return null;
        }
    }
}
