using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Classification;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>
    /// Which PII member a whole object exposes when it is turned into text: the compiler-generated <c>ToString</c> of
    /// records and anonymous types prints public members, and Serilog/NLog destructuring (<c>{@Customer}</c>) writes
    /// public properties, recursively. Cached per type; cycle-safe.
    /// </summary>
    internal sealed class TypeExposure
    {
        private const int MaxDepth = 4;
        private static readonly Exposure None = new Exposure(null!, string.Empty);

        private readonly PiiClassifier _classifier;
        private readonly ConcurrentDictionary<ITypeSymbol, Exposure> _printed = new ConcurrentDictionary<ITypeSymbol, Exposure>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, Exposure> _destructured = new ConcurrentDictionary<ITypeSymbol, Exposure>(SymbolEqualityComparer.Default);

        public TypeExposure(PiiClassifier classifier)
        {
            _classifier = classifier;
        }

        /// <summary>The first PII member that the type's generated <c>ToString</c> prints, or null.</summary>
        public Exposure? Printed(ITypeSymbol? type)
        {
            if (type is null || !(type.IsRecord || type.IsAnonymousType))
            {
                return null;
            }

            var result = _printed.GetOrAdd(type, t => Rooted(t, FindPrinted(t, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), 0)));
            return ReferenceEquals(result, None) ? null : result;
        }

        /// <summary>The first PII property that destructuring the type writes, or null.</summary>
        public Exposure? Destructured(ITypeSymbol? type)
        {
            if (type is null || !IsComposite(type))
            {
                return null;
            }

            var result = _destructured.GetOrAdd(type, t => Rooted(ElementTypeOrSelf(t), FindDestructured(t, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), 0)));
            return ReferenceEquals(result, None) ? null : result;
        }

        private Exposure? FindPrinted(ITypeSymbol type, HashSet<ITypeSymbol> visiting, int depth)
        {
            if (depth > MaxDepth || !(type.IsRecord || type.IsAnonymousType) || HasCustomText(type) || !visiting.Add(type))
            {
                return null;
            }

            for (var current = type; current is not null && (current.IsRecord || current.IsAnonymousType); current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    var memberType = PrintedMemberType(member);
                    if (memberType is null)
                    {
                        continue;
                    }

                    if (_classifier.Classify(member) is { } classification)
                    {
                        return new Exposure(classification, member.Name);
                    }

                    if (FindPrinted(memberType, visiting, depth + 1) is { } nested)
                    {
                        return new Exposure(nested.Source, member.Name + "." + nested.Path);
                    }
                }
            }

            return null;
        }

        /// <summary>Paths read from the outer type: <c>Envelope.Customer.Cnic</c>.</summary>
        private static Exposure Rooted(ITypeSymbol type, Exposure? found)
        {
            return found is null ? None : new Exposure(found.Source, type.Name + "." + found.Path);
        }

        private Exposure? FindDestructured(ITypeSymbol type, HashSet<ITypeSymbol> visiting, int depth)
        {
            type = ElementTypeOrSelf(type);
            if (depth > MaxDepth || !IsComposite(type) || !visiting.Add(type))
            {
                return null;
            }

            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is not IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod: not null } property)
                    {
                        continue;
                    }

                    if (_classifier.Classify(property) is { } classification)
                    {
                        return new Exposure(classification, property.Name);
                    }

                    if (FindDestructured(property.Type, visiting, depth + 1) is { } nested)
                    {
                        return new Exposure(nested.Source, property.Name + "." + nested.Path);
                    }
                }
            }

            return null;
        }

        /// <summary>Public instance fields and properties, as the generated <c>PrintMembers</c> writes them.</summary>
        private static ITypeSymbol? PrintedMemberType(ISymbol member)
        {
            if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public)
            {
                return null;
            }

            return member switch
            {
                IFieldSymbol field when !field.IsImplicitlyDeclared => field.Type,
                IPropertySymbol { IsIndexer: false, GetMethod: not null } property when property.Name != "EqualityContract" => property.Type,
                _ => null,
            };
        }

        /// <summary>A record whose author wrote <c>ToString</c> or <c>PrintMembers</c> decided what it prints.</summary>
        private static bool HasCustomText(ITypeSymbol type)
        {
            foreach (var name in new[] { "ToString", "PrintMembers" })
            {
                foreach (var member in type.GetMembers(name))
                {
                    if (!member.IsImplicitlyDeclared)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsComposite(ITypeSymbol type)
        {
            type = ElementTypeOrSelf(type);
            return (type.TypeKind == TypeKind.Class || type.TypeKind == TypeKind.Struct)
                && type.SpecialType == SpecialType.None
                && !IsFrameworkType(type);
        }

        private static bool IsFrameworkType(ITypeSymbol type)
        {
            var root = type.ContainingNamespace;
            while (root is { ContainingNamespace.IsGlobalNamespace: false })
            {
                root = root.ContainingNamespace;
            }

            return root?.Name == "System" || root?.Name == "Microsoft";
        }

        private static ITypeSymbol ElementTypeOrSelf(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol array)
            {
                return array.ElementType;
            }

            if (type is INamedTypeSymbol { IsGenericType: true } named && type.SpecialType != SpecialType.System_String)
            {
                foreach (var candidate in named.AllInterfaces)
                {
                    if (candidate.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                    {
                        return candidate.TypeArguments[0];
                    }
                }
            }

            return type;
        }

        internal sealed class Exposure
        {
            public Exposure(PiiClassification source, string path)
            {
                Source = source;
                Path = path;
            }

            public PiiClassification Source { get; }

            public string Path { get; }
        }
    }
}
