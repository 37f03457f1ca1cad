using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Policy;

namespace PrivacyAnalyzers.Retention
{
    /// <summary>Where a member's retention is declared, nearest first.</summary>
    internal enum RetentionSource
    {
        /// <summary><c>[Retention]</c> on the member (or on a record's positional parameter).</summary>
        Member,

        /// <summary><c>[Retention]</c> on the type that declares the member, or on a type it derives from.</summary>
        Type,

        /// <summary>The member's kind has a <c>retention</c> in <c>privacy-policy.json</c>.</summary>
        Policy,
    }

    /// <summary>A retention declared for a member: the text as written, where, and whether it is an ISO 8601 duration.</summary>
    internal sealed class DeclaredRetention
    {
        public DeclaredRetention(string? duration, RetentionSource declaredBy)
        {
            Duration = duration;
            DeclaredBy = declaredBy;
        }

        /// <summary>As written (<c>P30D</c>); null for <c>[Retention(null)]</c>.</summary>
        public string? Duration { get; }

        public RetentionSource DeclaredBy { get; }

        /// <summary>False for a value that is not a duration (the code fix's placeholder, a typo): PII9004 reports it, and it
        /// declares nothing; PII3010 leaves the member to PII9004 rather than report it twice.</summary>
        public bool IsValid => IsoDuration.IsValid(Duration);

        /// <summary>How the privacy map names the source: <c>member</c>, <c>type</c>, <c>policy</c>.</summary>
        public string Source => DeclaredBy switch
        {
            RetentionSource.Member => "member",
            RetentionSource.Type => "type",
            _ => "policy",
        };
    }

    /// <summary>
    /// The one place that says how long a member's data is kept and why it is processed, for the rules (PII3010) and the
    /// privacy map: the member's own <c>[Retention]</c> / <c>[Purpose]</c>, else those of the type that declares it (or of
    /// a base type), else its kind's <c>retention</c> / <c>purposes</c> in <c>privacy-policy.json</c>. The nearest
    /// declaration wins whole: a member's purposes replace its type's. An owned type's members are judged by their own
    /// type, not by the entity that owns it (one owned type can belong to several). Attributes are matched by full name.
    /// </summary>
    internal sealed class RetentionDeclarations
    {
        private readonly INamedTypeSymbol? _retention;
        private readonly INamedTypeSymbol? _purpose;
        private readonly System.Func<PrivacyPolicy?> _policy;

        public RetentionDeclarations(Compilation compilation, System.Func<PrivacyPolicy?> policy)
        {
            _retention = compilation.GetTypeByMetadataName(KnownTypeNames.RetentionAttribute);
            _purpose = compilation.GetTypeByMetadataName(KnownTypeNames.PurposeAttribute);
            _policy = policy;
        }

        /// <summary>The annotations' <c>RetentionAttribute</c>, when the compilation references it.</summary>
        public INamedTypeSymbol? RetentionAttribute => _retention;

        /// <summary>The retention that applies to <paramref name="member"/> of <paramref name="kind"/> (a <c>PiiKind</c>
        /// name, or null for data the classifier does not know), or null when none is declared anywhere.</summary>
        public DeclaredRetention? RetentionOf(ISymbol member, string? kind)
        {
            if (_retention is not null)
            {
                if (FirstArgument(OwnAttributes(member), _retention, out var own))
                {
                    return new DeclaredRetention(own, RetentionSource.Member);
                }

                for (var type = member.ContainingType; type is not null; type = type.BaseType)
                {
                    if (FirstArgument(type.GetAttributes(), _retention, out var ofType))
                    {
                        return new DeclaredRetention(ofType, RetentionSource.Type);
                    }
                }
            }

            return KindPolicy(kind) is { Retention: { } fromPolicy } ? new DeclaredRetention(fromPolicy, RetentionSource.Policy) : null;
        }

        /// <summary>The purposes declared for <paramref name="member"/>, nearest declaration first; empty when none is.</summary>
        public ImmutableArray<string> PurposesOf(ISymbol member, string? kind)
        {
            if (_purpose is not null)
            {
                var own = Arguments(OwnAttributes(member), _purpose);
                if (!own.IsEmpty)
                {
                    return own;
                }

                for (var type = member.ContainingType; type is not null; type = type.BaseType)
                {
                    var ofType = Arguments(type.GetAttributes(), _purpose);
                    if (!ofType.IsEmpty)
                    {
                        return ofType;
                    }
                }
            }

            return KindPolicy(kind) is { } sharing ? sharing.Purposes : ImmutableArray<string>.Empty;
        }

        private KindSharing? KindPolicy(string? kind) =>
            kind is not null && _policy() is { IsUsable: true } policy && policy.Kinds.TryGetValue(kind, out var sharing) ? sharing : null;

        /// <summary>The member's attributes, and a positional record parameter's when the member is its property.</summary>
        private static ImmutableArray<AttributeData> OwnAttributes(ISymbol member)
        {
            var attributes = member.GetAttributes();
            return member is IPropertySymbol property && property.PositionalParameter() is { } parameter
                ? attributes.AddRange(parameter.GetAttributes())
                : attributes;
        }

        /// <summary>Whether an attribute of <paramref name="type"/> is there, and its string argument (null when it is
        /// null or not a string: such a value is no duration).</summary>
        private static bool FirstArgument(ImmutableArray<AttributeData> attributes, INamedTypeSymbol type, out string? value)
        {
            foreach (var attribute in attributes)
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type))
                {
                    value = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
                    return true;
                }
            }

            value = null;
            return false;
        }

        private static ImmutableArray<string> Arguments(ImmutableArray<AttributeData> attributes, INamedTypeSymbol type)
        {
            var values = ImmutableArray<string>.Empty;
            foreach (var attribute in attributes)
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type)
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is string text
                    && !string.IsNullOrWhiteSpace(text))
                {
                    values = values.Add(text);
                }
            }

            return values;
        }
    }
}
