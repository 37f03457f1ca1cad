using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Engine;

namespace PrivacyAnalyzers.Classification
{
    /// <summary>
    /// Decides whether a field, property, parameter or method return value holds personal data, and of which kind.
    /// Strongest evidence first: <c>[Pii]</c>, then ecosystem attributes, then strong names on value-like types.
    /// One instance per compilation; results are cached per symbol.
    /// </summary>
    internal sealed class PiiClassifier
    {
        private static readonly PiiClassification NotPii = new PiiClassification(null!, string.Empty, PiiEvidence.Name);

        private readonly ComputeOnceCache<ISymbol, PiiClassification> _cache;

        private readonly INamedTypeSymbol? _piiAttribute;
        private readonly INamedTypeSymbol? _dataClassificationAttribute;
        private readonly INamedTypeSymbol? _personalDataAttribute;
        private readonly INamedTypeSymbol? _creditCardAttribute;
        private readonly INamedTypeSymbol? _dataTypeAttribute;
        private readonly TreeOptions _options;
        private readonly SourceMembers _sources;

        // What the built-in taxonomy says of each name, for files without the team's own phrases. Member and parameter
        // names repeat across a code base (Id, Name, CreatedAt ...), so each is split into words and matched once.
        private readonly ComputeOnceCache<string, (string Kind, bool Strong)?> _builtInNameMatches =
            new ComputeOnceCache<string, (string Kind, bool Strong)?>(name => PiiNameMatcher.MatchWithStrength(name), System.StringComparer.Ordinal);

        public PiiClassifier(Compilation compilation, TreeOptions options, SourceMembers sources)
        {
            _options = options;
            _sources = sources;
            _piiAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.PiiAttribute);
            _dataClassificationAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.DataClassificationAttribute);
            _personalDataAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.PersonalDataAttribute);
            _creditCardAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.CreditCardAttribute);
            _dataTypeAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.DataTypeAttribute);
            _cache = new ComputeOnceCache<ISymbol, PiiClassification>(s => Compute(s) ?? NotPii, SymbolEqualityComparer.Default);
        }

        /// <summary>The classification of a field, property or parameter, or null when it is not personal data.</summary>
        public PiiClassification? Classify(ISymbol symbol)
        {
            symbol = symbol.OriginalDefinition;
            var result = _cache.Get(symbol);
            return ReferenceEquals(result, NotPii) ? null : result;
        }

        /// <summary>The classification of what a method returns (<c>[return: Pii(...)]</c>), or null.</summary>
        public PiiClassification? ClassifyReturnValue(IMethodSymbol method)
        {
            var kind = KindFromAttributes(method.OriginalDefinition.GetReturnTypeAttributes(), out var evidence);
            return kind is null ? null : new PiiClassification(method, kind, evidence);
        }

        private PiiClassification? Compute(ISymbol symbol)
        {
            ITypeSymbol type;
            switch (symbol)
            {
                case IFieldSymbol field:
                    type = field.Type;
                    break;
                case IPropertySymbol property:
                    type = property.Type;
                    break;
                case IParameterSymbol parameter:
                    type = parameter.Type;
                    break;
                default:
                    return null;
            }

            if (_sources.KindOf(symbol) is { } sourceKind)
            {
                return new PiiClassification(symbol, sourceKind, PiiEvidence.FrameworkSource);
            }

            var kind = KindFromAttributes(symbol.GetAttributes(), out var evidence)
                ?? KindFromTeamAttributes(symbol, out evidence)
                ?? KindFromInheritedDeclaration(symbol, out evidence);
            if (kind is not null)
            {
                return new PiiClassification(symbol, kind, evidence);
            }

            // Compiler-generated members (backing fields, record parameters' properties) are reached through their source.
            if (symbol.IsImplicitlyDeclared || NameCandidate(symbol, type) is not { } candidate)
            {
                return null;
            }

            return candidate.Strong || _options.For(symbol).WeakNamesArePii
                ? new PiiClassification(symbol, candidate.Kind, PiiEvidence.Name)
                : null;
        }

        /// <summary>What the name alone says (strong or weak), for a member whose type can hold that kind; null when
        /// the name says nothing. Used by the discovery rule, which also reports weak names.</summary>
        public (string Kind, bool Strong)? NameCandidate(ISymbol symbol, ITypeSymbol type)
        {
            var options = _options.For(symbol);
            var name = symbol.Name;
            var nameMatch = options.ExtraNames.Count == 0
                ? (options.IgnoredNames.Contains(name) ? null : _builtInNameMatches.Get(name))
                : PiiNameMatcher.MatchWithStrength(name, options.ExtraNames, options.IgnoredNames);
            return nameMatch is { } match
                && IsValueLike(type, match.Kind)
                && (match.Strong || !DescribesTheSystemOrABusiness(symbol))
                ? match
                : null;
        }

        // Type-name words of settings and of a business's own records: their contact details are the system's or the
        // business's (an SMTP sender, a shop's phone, a pickup point's coordinates), not a person's.
        private static readonly HashSet<string> NonPersonalContainerWords = new HashSet<string>
        {
            "settings", "setting", "options", "config", "configuration", "company", "business", "merchant", "pickup",
            "branch", "warehouse", "institute", "institution", "organisation", "organization", "hospital", "clinic", "supplier",
        };

        // Member-name words that put a person back into such a type: AlertSettings.AdminEmail is someone's address.
        private static readonly HashSet<string> PersonWords = new HashSet<string>
        {
            "user", "customer", "admin", "owner", "member", "person", "recipient", "employee", "subscriber",
        };

        /// <summary>A weak name in a settings type or a business's own record, where neither the member's nor the type's
        /// name says it belongs to a person (OrganizationUser.Email is a person's address).</summary>
        private static bool DescribesTheSystemOrABusiness(ISymbol member)
        {
            if (HasWord(member.Name, PersonWords, orItsSingular: false))
            {
                return false;
            }

            for (var type = member.ContainingType; type is not null; type = type.ContainingType)
            {
                if (HasWord(type.Name, PersonWords, orItsSingular: false))
                {
                    return false;
                }

                if (HasWord(type.Name, NonPersonalContainerWords, orItsSingular: true))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a word of <paramref name="name"/> (or, when asked, its singular: EntInstitutes, StoreSettings) is in <paramref name="words"/>.</summary>
        private static bool HasWord(string name, HashSet<string> words, bool orItsSingular)
        {
            foreach (var word in IdentifierWords.Split(name))
            {
                if (words.Contains(word) || (orItsSingular && word.Length > 1 && word[word.Length - 1] == 's' && words.Contains(word.Substring(0, word.Length - 1))))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when an attribute (ours or the ecosystem's) already says what the symbol is.</summary>
        public bool IsTagged(ISymbol symbol) => Classify(symbol) is { Evidence: not PiiEvidence.Name };

        /// <summary>The team's own attributes (<c>privacy_analyzers.pii_attributes</c>) mean personal data of no specific kind.</summary>
        private string? KindFromTeamAttributes(ISymbol symbol, out PiiEvidence evidence)
        {
            evidence = PiiEvidence.EcosystemAttribute;
            var extra = _options.For(symbol).PiiAttributes;
            if (extra.Count == 0)
            {
                return null;
            }

            foreach (var attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass is { } attributeClass && extra.Contains(attributeClass.ToDisplayString()))
                {
                    return PiiKinds.PersonalData;
                }
            }

            return null;
        }

        /// <summary>Attributes that reach a member from elsewhere: an overridden property, or a positional record
        /// parameter tagged without the <c>property:</c> target.</summary>
        private string? KindFromInheritedDeclaration(ISymbol symbol, out PiiEvidence evidence)
        {
            evidence = PiiEvidence.PiiAttribute;
            if (symbol is not IPropertySymbol property)
            {
                return null;
            }

            if (property.OverriddenProperty is { } overridden && Classify(overridden) is { Evidence: not PiiEvidence.Name } fromBase)
            {
                evidence = fromBase.Evidence;
                return fromBase.Kind;
            }

            if (property.ContainingType is { IsRecord: true } record && property.Locations.Length == 1)
            {
                foreach (var constructor in record.InstanceConstructors)
                {
                    foreach (var parameter in constructor.Parameters)
                    {
                        if (parameter.Name == property.Name && parameter.Locations.Length == 1
                            && parameter.Locations[0] == property.Locations[0])
                        {
                            return KindFromAttributes(parameter.GetAttributes(), out evidence);
                        }
                    }
                }
            }

            return null;
        }

        private string? KindFromAttributes(ImmutableArray<AttributeData> attributes, out PiiEvidence evidence)
        {
            evidence = PiiEvidence.EcosystemAttribute;
            foreach (var attribute in attributes)
            {
                var attributeClass = attribute.AttributeClass;
                if (attributeClass is null)
                {
                    continue;
                }

                if (SymbolEqualityComparer.Default.Equals(attributeClass, _piiAttribute))
                {
                    evidence = PiiEvidence.PiiAttribute;
                    return KindFromPiiAttribute(attribute);
                }

                if (attributeClass.InheritsFromOrEquals(_dataClassificationAttribute)
                    || attributeClass.InheritsFromOrEquals(_personalDataAttribute))
                {
                    return PiiKinds.PersonalData;
                }

                if (SymbolEqualityComparer.Default.Equals(attributeClass, _creditCardAttribute))
                {
                    return PiiKinds.PaymentCard;
                }

                if (SymbolEqualityComparer.Default.Equals(attributeClass, _dataTypeAttribute)
                    && attribute.ConstructorArguments.Length == 1)
                {
                    var dataType = EnumMemberName(attribute.ConstructorArguments[0]);
                    if (dataType == "Password")
                    {
                        return PiiKinds.Password;
                    }

                    if (dataType == "CreditCard")
                    {
                        return PiiKinds.PaymentCard;
                    }
                }
            }

            return null;
        }

        private static string KindFromPiiAttribute(AttributeData attribute)
        {
            return attribute.ConstructorArguments.Length == 1
                ? EnumMemberName(attribute.ConstructorArguments[0]) ?? PiiKinds.PersonalData
                : PiiKinds.PersonalData;
        }

        private static string? EnumMemberName(TypedConstant constant)
        {
            if (constant.Kind != TypedConstantKind.Enum || constant.Type is null || constant.Value is null)
            {
                return null;
            }

            foreach (var member in constant.Type.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, constant.Value))
                {
                    return field.Name;
                }
            }

            return null;
        }

        /// <summary>Types that can hold the data itself. A bool, an enum or an object named "Cnic..." is a fact about the
        /// data or a container, not the number; dates hold only dates of birth, floating point only coordinates.</summary>
        private static bool IsValueLike(ITypeSymbol type, string kind)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            if (kind == PiiKinds.DateOfBirth && (type.SpecialType == SpecialType.System_DateTime || type.Name is "DateOnly" or "DateTimeOffset"))
            {
                return true;
            }

            if (kind == PiiKinds.PersonalData && (type.SpecialType == SpecialType.System_Double || type.SpecialType == SpecialType.System_Single))
            {
                return true;
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_String:
                case SpecialType.System_Int16:
                case SpecialType.System_Int32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt16:
                case SpecialType.System_UInt32:
                case SpecialType.System_UInt64:
                case SpecialType.System_Decimal:
                    return true;
            }

            return type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char };
        }
    }
}
