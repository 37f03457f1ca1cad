using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Reporting;

namespace PrivacyAnalyzers.Exposure
{
    /// <summary>
    /// Which PII members an object exposes when it is written under a contract: the compiler-generated
    /// <c>ToString</c> of records, Serilog/NLog destructuring, or a serializer with its own rules on which members it
    /// writes. Walks nested types, collections, dictionaries and generics; each type is entered once per walk, so cycles
    /// terminate. Results are cached per type and contract.
    /// </summary>
    internal sealed class ExposureWalker
    {
        private const int MaxDepth = 6;
        private const int MaxFindings = 16;

        private readonly PiiClassifier _classifier;
        private readonly SerializationAttributes _attributes;
        private readonly SerializedMemberSelector _members;
        private readonly WrittenMembers _written;
        private readonly ComputeOnceCache<(ITypeSymbol, ExposureContract), ImmutableArray<FoundPii>> _cache;

        public ExposureWalker(PiiClassifier classifier, SerializationAttributes attributes, WrittenMembers written)
        {
            _written = written;
            _classifier = classifier;
            _attributes = attributes;
            _members = new SerializedMemberSelector(attributes);
            _cache = new ComputeOnceCache<(ITypeSymbol, ExposureContract), ImmutableArray<FoundPii>>(Compute, new TypeContractComparer());
        }

        /// <summary>Every PII member the contract writes (up to a bound), with paths from the outermost type.</summary>
        public ImmutableArray<FoundPii> FindAll(ITypeSymbol? type, ExposureContract contract)
        {
            if (type is null || type.SpecialType != SpecialType.None || type.TypeKind == TypeKind.TypeParameter)
            {
                return ImmutableArray<FoundPii>.Empty;
            }

            return _cache.Get((type, contract));
        }

        private ImmutableArray<FoundPii> Compute((ITypeSymbol Type, ExposureContract Contract) key)
        {
            var found = ImmutableArray.CreateBuilder<FoundPii>();
            Walk(key.Type, key.Contract, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), 0, prefix: null, found);
            return found.ToImmutable();
        }

        private void Walk(ITypeSymbol type, ExposureContract contract, HashSet<ITypeSymbol> visiting, int depth, string? prefix, ImmutableArray<FoundPii>.Builder found)
        {
            if (depth > MaxDepth || found.Count >= MaxFindings)
            {
                return;
            }

            foreach (var candidate in ContainedTypes(type, contract))
            {
                if (!Enters(candidate, contract) || !visiting.Add(candidate))
                {
                    continue;
                }

                if (ExposureContractNames.IsSerializer(contract) && _attributes.IsExposureAllowed(candidate))
                {
                    continue;
                }

                foreach (var (member, memberType) in _members.Written(candidate, contract))
                {
                    if (ExposureContractNames.IsSerializer(contract)
                        && (_attributes.IsExposureAllowed(member)
                            || (contract == ExposureContract.SystemTextJson && SerializationAttributes.Has(member, _attributes.JsonPiiMask))))
                    {
                        continue;
                    }

                    // Paths read from the outermost type that holds the member: Customer.Kyc.PassportNo.
                    var path = (prefix ?? SymbolNames.Type(candidate)) + "." + member.Name;
                    var classification = _classifier.Classify(member is IFieldSymbol { AssociatedSymbol: { } property } ? property : member);
                    // A serializer writes what the application shows or sends on purpose: names that count only through their
                    // context (a customer's email in an admin list) are not reported there, only in leaks (PiiClassification).
                    if (classification is { CountsOnlyInLeaks: true } && ExposureContractNames.IsSerializer(contract))
                    {
                        continue;
                    }

                    if (classification is not null)
                    {
                        // Ciphertext written out is nothing anyone can read, nor is a member the code only sets to a hash
                        // or ciphertext.
                        if (_written.HeldProtection(member) is not null)
                        {
                            continue;
                        }

                        found.Add(new FoundPii(classification, path));
                        if (found.Count >= MaxFindings)
                        {
                            return;
                        }

                        continue;
                    }

                    Walk(memberType, contract, visiting, depth + 1, path, found);
                }
            }
        }

        /// <summary>Which contracts look inside which types.</summary>
        private static bool Enters(ITypeSymbol type, ExposureContract contract)
        {
            if (contract == ExposureContract.TextForm)
            {
                // Other types print their own ToString (usually the type name); records print members unless customised.
                return (type.IsRecord || type.IsAnonymousType) && !HasCustomText(type);
            }

            return (type.TypeKind == TypeKind.Class || type.TypeKind == TypeKind.Struct)
                && type.SpecialType == SpecialType.None
                && !IsFrameworkType(type);
        }

        /// <summary>The type itself, or what a collection, dictionary, nullable or async wrapper holds.</summary>
        private static IEnumerable<ITypeSymbol> ContainedTypes(ITypeSymbol type, ExposureContract contract)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            if (contract == ExposureContract.TextForm || type.SpecialType == SpecialType.System_String)
            {
                yield return type;
                yield break;
            }

            if (type is IArrayTypeSymbol array)
            {
                foreach (var element in ContainedTypes(array.ElementType, contract))
                {
                    yield return element;
                }

                yield break;
            }

            if (type is INamedTypeSymbol named && IsFrameworkType(named) && named.IsGenericType)
            {
                // List<T>, Dictionary<K, V>, KeyValuePair<K, V>, IAsyncEnumerable<T>, Task<T> ...: what they hold is written.
                foreach (var argument in named.TypeArguments)
                {
                    foreach (var element in ContainedTypes(argument, contract))
                    {
                        yield return element;
                    }
                }

                yield break;
            }

            yield return type;
        }

        /// <summary>A record whose author wrote <c>ToString</c> or <c>PrintMembers</c> decided what it prints.</summary>
        private static bool HasCustomText(ITypeSymbol type)
        {
            foreach (var member in type.GetMembers())
            {
                if ((member.Name == "ToString" || member.Name == "PrintMembers") && !member.IsImplicitlyDeclared)
                {
                    return true;
                }
            }

            return false;
        }

        internal static bool IsFrameworkType(ITypeSymbol type)
        {
            var root = type.ContainingNamespace;
            while (root is { ContainingNamespace.IsGlobalNamespace: false })
            {
                root = root.ContainingNamespace;
            }

            return root?.Name == "System" || root?.Name == "Microsoft";
        }


        private sealed class TypeContractComparer : IEqualityComparer<(ITypeSymbol, ExposureContract)>
        {
            public bool Equals((ITypeSymbol, ExposureContract) x, (ITypeSymbol, ExposureContract) y) =>
                x.Item2 == y.Item2 && SymbolEqualityComparer.Default.Equals(x.Item1, y.Item1);

            public int GetHashCode((ITypeSymbol, ExposureContract) obj) =>
                (SymbolEqualityComparer.Default.GetHashCode(obj.Item1) * 31) + (int)obj.Item2;
        }
    }
}
