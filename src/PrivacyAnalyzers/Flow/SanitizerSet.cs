using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Classification;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>Methods whose result no longer carries the data: the project's masking helpers, compliance redactors,
    /// Data Protection and password hashers. A value that went through one of them is not reported.</summary>
    internal sealed class SanitizerSet
    {
        private static readonly (string Type, string? Method)[] Table =
        {
            (KnownTypeNames.PiiHelper, null),
            (KnownTypeNames.Redactor, "Redact"),
            (KnownTypeNames.DataProtector, "Protect"),
            (KnownTypeNames.DataProtectionExtensions, "Protect"),
            (KnownTypeNames.PasswordHasher, "HashPassword"),
        };

        private readonly Dictionary<INamedTypeSymbol, string?> _methodsByType =
            new Dictionary<INamedTypeSymbol, string?>(SymbolEqualityComparer.Default);

        public SanitizerSet(Compilation compilation)
        {
            foreach (var (typeName, method) in Table)
            {
                if (compilation.GetTypeByMetadataName(typeName) is { } type)
                {
                    _methodsByType[type] = method;
                }
            }
        }

        public bool IsSanitizer(IMethodSymbol method)
        {
            var type = method.ContainingType?.OriginalDefinition;
            if (type is null)
            {
                return false;
            }

            if (!_methodsByType.TryGetValue(type, out var name))
            {
                // Implementations of IDataProtector / IPasswordHasher<T> called through the class.
                foreach (var implemented in type.AllInterfaces)
                {
                    if (_methodsByType.TryGetValue(implemented.OriginalDefinition, out var interfaceMethod) && interfaceMethod == method.Name)
                    {
                        return true;
                    }
                }

                return false;
            }

            return name is null || name == method.Name;
        }
    }
}
