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
    
        /// <summary>The positional parameter a record's property is generated from (<c>record Customer(string Cnic)</c>), or
        /// null: attributes written on it without the <c>property:</c> target stay on the parameter, and still describe the
        /// property.</summary>
        public static IParameterSymbol? PositionalParameter(this IPropertySymbol property)
        {
            if (property.ContainingType is not { IsRecord: true } record || property.Locations.Length != 1)
            {
                return null;
            }

            foreach (var constructor in record.InstanceConstructors)
            {
                foreach (var parameter in constructor.Parameters)
                {
                    if (parameter.Name == property.Name && parameter.Locations.Length == 1 && parameter.Locations[0] == property.Locations[0])
                    {
                        return parameter;
                    }
                }
            }

            return null;
        }
    }
}
