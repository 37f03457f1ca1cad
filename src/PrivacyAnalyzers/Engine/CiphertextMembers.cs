using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// The one place that says a member's value is ciphertext: it carries one of the team's attributes listed in
    /// <c>privacy_analyzers.ciphertext_attributes</c> (Bitwarden's <c>[EncryptedString]</c>), on itself or on the member it
    /// overrides or implements. Such a value is already encrypted wherever it goes, so every rule treats it as an encrypted
    /// value: the flow walk as if it had passed an encryption sanitizer, the exposure walk as nothing readable, the EF Core
    /// model as encrypted at rest. (<c>[Encrypted]</c> is different: the member holds plain text that the EF Core
    /// convention encrypts on the way to the database; only the EF Core model knows about it.)
    /// </summary>
    internal sealed class CiphertextMembers
    {
        private readonly TreeOptions _options;

        public CiphertextMembers(TreeOptions options)
        {
            _options = options;
        }

        /// <summary>Whether <paramref name="member"/> (a field or property) holds ciphertext, by the options of its file.</summary>
        public bool HoldsCiphertext(ISymbol member)
        {
            if (member is IFieldSymbol { AssociatedSymbol: IPropertySymbol property })
            {
                member = property;
            }

            var listed = _options.For(member).CiphertextAttributes;
            if (listed.Count == 0 || member is not (IFieldSymbol or IPropertySymbol))
            {
                return false;
            }

            // The attribute on the member, on what it overrides, or on the interface member it implements.
            for (var current = member; current is not null; current = Overridden(current))
            {
                if (HasListed(current, listed) || (current is IPropertySymbol declared && ImplementsListed(declared, listed)))
                {
                    return true;
                }
            }

            return false;
        }

        private static ISymbol? Overridden(ISymbol member) => member is IPropertySymbol property ? property.OverriddenProperty : null;

        private static bool ImplementsListed(IPropertySymbol property, HashSet<string> listed)
        {
            if (property.ContainingType is not { } type)
            {
                return false;
            }

            foreach (var implemented in property.ExplicitInterfaceImplementations)
            {
                if (HasListed(implemented, listed))
                {
                    return true;
                }
            }

            foreach (var contract in type.AllInterfaces)
            {
                foreach (var candidate in contract.GetMembers(property.Name))
                {
                    if (candidate is IPropertySymbol interfaceProperty
                        && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(interfaceProperty), property)
                        && HasListed(interfaceProperty, listed))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Listed as written: the full name, the simple name, or either without the <c>Attribute</c> suffix.</summary>
        private static bool HasListed(ISymbol symbol, HashSet<string> listed)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass is not { } type)
                {
                    continue;
                }

                if (listed.Contains(type.Name) || listed.Contains(WithoutSuffix(type.Name)))
                {
                    return true;
                }

                var full = type.ToDisplayString();
                if (listed.Contains(full) || listed.Contains(WithoutSuffix(full)))
                {
                    return true;
                }
            }

            return false;
        }

        private static string WithoutSuffix(string name) =>
            name.EndsWith("Attribute", StringComparison.Ordinal) && name.Length > "Attribute".Length ? name.Substring(0, name.Length - "Attribute".Length) : name;
    }
}
