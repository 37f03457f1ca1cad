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
    }
}
