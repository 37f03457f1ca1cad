using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Engine;

namespace PrivacyAnalyzers.Classification
{
    /// <summary>
    /// Decides whether a field, property, parameter or method return value holds personal data, and of which kind.
    /// Strongest evidence first: framework sources, <c>[Pii]</c>, ecosystem attributes, then names on value-like types
    /// in their context (<see cref="PersonContext"/>).
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
        private readonly ComputeOnceCache<string, (string Kind, NameStrength Strength)?> _builtInNameMatches =
            new ComputeOnceCache<string, (string Kind, NameStrength Strength)?>(name => PiiNameMatcher.MatchWithStrength(name), System.StringComparer.Ordinal);

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
            var kind = KindFromAttributes(method.OriginalDefinition.GetReturnTypeAttributes(), out var evidence, owner: null);
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
                case ILocalSymbol local:
                    // Locals the flow cannot follow to a value (foreach, deconstruction, patterns, out var) have only a name.
                    return NameCandidate(local, local.Type) is { } named ? new PiiClassification(local, named.Kind, NameEvidence(local, named.Strong)) : null;
                default:
                    return null;
            }

            if (_sources.KindOf(symbol) is { } sourceKind)
            {
                return new PiiClassification(symbol, sourceKind, PiiEvidence.FrameworkSource);
            }

            if (_options.For(symbol).TeamSources.Count > 0 && TeamSourceKind(symbol) is { } teamKind)
            {
                return new PiiClassification(symbol, teamKind, PiiEvidence.FrameworkSource);
            }

            var kind = KindFromAttributes(symbol.GetAttributes(), out var evidence, symbol)
                ?? KindFromTeamAttributes(symbol, out evidence)
                ?? KindFromInheritedDeclaration(symbol, out evidence);
            if (kind is not null)
            {
                return new PiiClassification(symbol, kind, evidence);
            }

            // Compiler-generated members (backing fields, record parameters' properties) are reached through their source.
            return !symbol.IsImplicitlyDeclared && NameCandidate(symbol, type) is { } candidate
                ? new PiiClassification(symbol, candidate.Kind, NameEvidence(symbol, candidate.Strong))
                : null;
        }

        private PiiEvidence NameEvidence(ISymbol symbol, bool strong) =>
            strong || _options.For(symbol).WeakNamesArePii ? PiiEvidence.Name : PiiEvidence.NameInContext;

        /// <summary>What the name says in its context, for a member, parameter or local whose type can hold that kind;
        /// null when it is not personal data by name. <c>Strong</c> is false for names that count through their context
        /// (<see cref="NameStrength"/>); the discovery rule says which. Never for text written in code (constants) or a
        /// library's members: what libraries hand over is modelled as sources (<see cref="SourceMembers"/>).</summary>
        public (string Kind, bool Strong)? NameCandidate(ISymbol symbol, ITypeSymbol type)
        {
            var options = _options.For(symbol);
            var name = symbol.Name;
            var nameMatch = options.ExtraNames.Count == 0
                ? (options.IgnoredNames.Contains(name) ? null : _builtInNameMatches.Get(name))
                : PiiNameMatcher.MatchWithStrength(name, options.ExtraNames, options.IgnoredNames);
            return nameMatch is { } match
                && IsValueLike(type, match.Kind)
                && !LibraryMembers.IsLibraryMember(symbol)
                && !LibraryMembers.IsTextWrittenInCode(symbol)
                && PersonContext.Counts(symbol, match.Kind, match.Strength, options.WeakNamesArePii)
                ? (match.Kind, match.Strength == NameStrength.Strong)
                : null;
        }

        /// <summary>A member the team lists in <c>privacy_analyzers.sources.&lt;Kind&gt;</c> (<c>Namespace.Type.Member</c>).</summary>
        private string? TeamSourceKind(ISymbol symbol)
        {
            var definition = symbol.OriginalDefinition;
            return definition.ContainingType is { } type
                && _options.For(symbol).TeamSources.TryGetValue(type.ToDisplayString() + "." + definition.Name, out var kind)
                ? kind
                : null;
        }

        /// <summary>True when an attribute (ours or the ecosystem's) already says what the symbol is.</summary>
        public bool IsTagged(ISymbol symbol) => Classify(symbol) is { Evidence: not (PiiEvidence.Name or PiiEvidence.NameInContext) };

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

            if (property.OverriddenProperty is { } overridden && Classify(overridden) is { Evidence: not (PiiEvidence.Name or PiiEvidence.NameInContext) } fromBase)
            {
                evidence = fromBase.Evidence;
                return fromBase.Kind;
            }

            return property.PositionalParameter() is { } parameter ? KindFromAttributes(parameter.GetAttributes(), out evidence, property) : null;
        }

        /// <summary>The kind attributes give <paramref name="owner"/> (null for a return value).</summary>
        private string? KindFromAttributes(ImmutableArray<AttributeData> attributes, out PiiEvidence evidence, ISymbol? owner)
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
                    // ASP.NET Core Identity marks IdentityUser.Id and EmailConfirmed [PersonalData] (for download and
                    // deletion), but an opaque key is what a log should carry instead of the email, and a flag is a fact
                    // about the data: neither is reported.
                    if (owner is not null && (IsOpaqueIdentifier(owner) || IsFact(owner)))
                    {
                        continue;
                    }

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

        /// <summary>A key (<c>Id</c>, <c>UserId</c>, <c>CustomerKey</c>) of a GUID, integer, string or generic key type
        /// whose name says no kind of the taxonomy (<c>NationalId</c> is not opaque).</summary>
        private static bool IsOpaqueIdentifier(ISymbol symbol)
        {
            var type = TypeOf(symbol);
            if (type is null || !(type.SpecialType is SpecialType.System_String or SpecialType.System_Int32 or SpecialType.System_Int64
                || type.Name == "Guid" || type.TypeKind == TypeKind.TypeParameter))
            {
                return false;
            }

            var words = IdentifierWords.Split(symbol.Name);
            return words.Count > 0 && words[words.Count - 1] is "id" or "key" or "guid" && PiiNameMatcher.MatchWithStrength(symbol.Name) is null;
        }

        /// <summary>A flag or an enum: a fact about the data (<c>EmailConfirmed</c>), not the data.</summary>
        private static bool IsFact(ISymbol symbol) =>
            TypeOf(symbol) is { } type && (type.SpecialType == SpecialType.System_Boolean || type.TypeKind == TypeKind.Enum);

        private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
        {
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            IParameterSymbol parameter => parameter.Type,
            _ => null,
        };

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

            // System.Net.IPAddress and System.Net.Mail.MailAddress hold the address itself.
            if ((kind == PiiKinds.IpAddress && type.Name == "IPAddress") || (kind == PiiKinds.Email && type.Name == "MailAddress"))
            {
                return type.ContainingNamespace?.ToDisplayString() is "System.Net" or "System.Net.Mail";
            }

            // An email, a name, a postal address or a login name is text: an integer so named is a key
            // (CheckoutModel.SelectedBillingAddress is the address's id).
            if (kind is PiiKinds.Email or PiiKinds.PersonName or PiiKinds.PostalAddress or PiiKinds.UserName)
            {
                return type.SpecialType == SpecialType.System_String || type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char };
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
