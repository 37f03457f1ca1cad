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
        private readonly HashSet<INamedTypeSymbol> _builders = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        private readonly HashSet<INamedTypeSymbol> _linq = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);

        public FlowTypes(Compilation compilation)
        {
            Resolve(compilation, FlowCatalog.CarrierTypes, _carriers);
            Resolve(compilation, FlowCatalog.TextBuildingTypes, _textBuilders);
            Resolve(compilation, FlowCatalog.BuilderTypes, _builders);
            Resolve(compilation, FlowCatalog.LinqTypes, _linq);
        }

        /// <summary>The catalog's type names the compilation references; the others are left out.</summary>
        private static void Resolve(Compilation compilation, IEnumerable<string> names, HashSet<INamedTypeSymbol> into)
        {
            foreach (var name in names)
            {
                if (compilation.GetTypeByMetadataName(name) is { } type)
                {
                    into.Add(type);
                }
            }
        }

        /// <summary>A collection (anything enumerable but text) or a builder: what is put into it after it is made is in it.</summary>
        public bool IsContainer(ITypeSymbol? type)
        {
            switch (type)
            {
                case null:
                    return false;
                case IArrayTypeSymbol:
                    return true;
                case INamedTypeSymbol named:
                    if (named.SpecialType == SpecialType.System_String || _builders.Contains(named.OriginalDefinition))
                    {
                        return named.SpecialType != SpecialType.System_String;
                    }

                    if (named.SpecialType == SpecialType.System_Collections_IEnumerable)
                    {
                        return true;
                    }

                    foreach (var implemented in named.AllInterfaces)
                    {
                        if (implemented.SpecialType == SpecialType.System_Collections_IEnumerable)
                        {
                            return true;
                        }
                    }

                    return named.TypeKind == TypeKind.Interface && named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T;
                default:
                    return false;
            }
        }

        /// <summary>A LINQ operator (<c>Enumerable.Select</c>, <c>Queryable.Where</c>).</summary>
        public bool IsLinqOperator(IMethodSymbol method) => method.ContainingType is { } type && _linq.Contains(type.OriginalDefinition);

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
