using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Flow
{
    /// <summary><see cref="FlowCatalog"/> resolved against a compilation: the framework types the flow walk sees through.</summary>
    internal sealed class FlowTypes
    {
        private readonly HashSet<INamedTypeSymbol> _carriers = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        private readonly HashSet<INamedTypeSymbol> _textBuilders = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);

        public FlowTypes(Compilation compilation)
        {
            foreach (var name in FlowCatalog.CarrierTypes)
            {
                if (compilation.GetTypeByMetadataName(name) is { } type)
                {
                    _carriers.Add(type);
                }
            }

            foreach (var name in FlowCatalog.TextBuildingTypes)
            {
                if (compilation.GetTypeByMetadataName(name) is { } type)
                {
                    _textBuilders.Add(type);
                }
            }
        }

        /// <summary>An object made of its constructor arguments (<c>new Uri($"...{cnic}")</c>).</summary>
        public bool CarriesArguments(ITypeSymbol type) => type is INamedTypeSymbol named && _carriers.Contains(named.OriginalDefinition);

        /// <summary>A framework text API whose result is built from its arguments (String, Convert, System.Text).</summary>
        public bool BuildsTextFromArguments(IMethodSymbol method)
        {
            if (method.ContainingType is not { } type)
            {
                return false;
            }

            if (_textBuilders.Contains(type.OriginalDefinition))
            {
                return true;
            }

            foreach (var ns in FlowCatalog.TextBuildingNamespaces)
            {
                if (IsNamespace(type.ContainingNamespace, ns))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="ns"/> is the namespace written <paramref name="fullName"/>, compared part by part
        /// from the innermost without building its name.</summary>
        private static bool IsNamespace(INamespaceSymbol? ns, string fullName)
        {
            var end = fullName.Length;
            for (var current = ns; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
            {
                var start = fullName.LastIndexOf('.', end - 1) + 1;
                if (end - start != current.Name.Length || string.CompareOrdinal(fullName, start, current.Name, 0, current.Name.Length) != 0)
                {
                    return false;
                }

                if (start == 0)
                {
                    return current.ContainingNamespace is { IsGlobalNamespace: true };
                }

                end = start - 1;
            }

            return false;
        }
    }
}
