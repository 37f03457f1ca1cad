using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers
{
    internal static class SymbolExtensions
    {
        /// <summary>Whether <paramref name="type"/> is <paramref name="baseType"/> or derives from it. False when the base
        /// type is absent from the compilation.</summary>
        public static bool InheritsFromOrEquals(this INamedTypeSymbol type, INamedTypeSymbol? baseType)
        {
            if (baseType is null)
            {
                return false;
            }

            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="type"/> is <paramref name="contract"/> (compared by original definition, so
        /// <c>IPasswordHasher&lt;User&gt;</c> matches <c>IPasswordHasher&lt;T&gt;</c>) or implements it.</summary>
        public static bool ImplementsOrEquals(this INamedTypeSymbol type, INamedTypeSymbol? contract)
        {
            if (contract is null)
            {
                return false;
            }

            if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, contract))
            {
                return true;
            }

            foreach (var candidate in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, contract))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
