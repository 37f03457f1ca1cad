using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Classification
{
    /// <summary><see cref="SourceCatalog"/> resolved against a compilation: the framework members, indexers and methods
    /// whose value is a person's data, with its kind. Built once per compilation, read-only afterwards.</summary>
    internal sealed class SourceMembers
    {
        private readonly Dictionary<ISymbol, string> _members = new Dictionary<ISymbol, string>(SymbolEqualityComparer.Default);
        private readonly Dictionary<ITypeSymbol, List<SourceRow>> _indexers = new Dictionary<ITypeSymbol, List<SourceRow>>(SymbolEqualityComparer.Default);
        private readonly Dictionary<ITypeSymbol, List<SourceRow>> _methods = new Dictionary<ITypeSymbol, List<SourceRow>>(SymbolEqualityComparer.Default);
        private readonly INamedTypeSymbol? _claim;

        public SourceMembers(Compilation compilation)
        {
            _claim = compilation.GetTypeByMetadataName("System.Security.Claims.Claim");
            foreach (var row in SourceCatalog.Rows)
            {
                if (compilation.GetTypeByMetadataName(row.Type) is not { } type)
                {
                    continue;
                }

                switch (row.Shape)
                {
                    case SourceShape.Member:
                        foreach (var member in type.GetMembers(row.Member))
                        {
                            _members[member] = row.Kind;
                        }

                        break;
                    case SourceShape.IndexerKey:
                        Add(_indexers, type, row);
                        break;
                    default:
                        Add(_methods, type, row);
                        break;
                }
            }
        }

        /// <summary>The kind of data <paramref name="member"/> hands over, or null when it is not a source.</summary>
        public string? KindOf(ISymbol member) =>
            _members.Count > 0 && _members.TryGetValue(member.OriginalDefinition, out var kind) ? kind : null;

        /// <summary>A read whose value is a source by how it is read: an indexer with a key (<c>Headers["X-Forwarded-For"]</c>),
        /// a claim's value (<c>User.FindFirst(ClaimTypes.Email)?.Value</c>), a method's return (<c>GetEmailAsync(user)</c>).
        /// Returns the kind and how a message names it, or null.</summary>
        public (string Kind, string Display)? KindOfRead(IOperation read)
        {
            switch (read)
            {
                case IPropertyReferenceOperation { Property.IsIndexer: true } indexer when _indexers.Count > 0:
                    return IndexerRead(indexer);
                case IPropertyReferenceOperation { Property.Name: "Value" } value when _claim is not null
                    && SymbolEqualityComparer.Default.Equals(value.Property.ContainingType, _claim):
                    return ReceiverOf(value) is IInvocationOperation claimRead ? Call(claimRead) : null;
                case IInvocationOperation invocation when _methods.Count > 0:
                    return Call(invocation);
                default:
                    return null;
            }
        }

        private (string Kind, string Display)? IndexerRead(IPropertyReferenceOperation indexer)
        {
            if (!_indexers.TryGetValue(indexer.Property.ContainingType.OriginalDefinition, out var rows)
                || indexer.Arguments.Length != 1)
            {
                return null;
            }

            var key = indexer.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string text } ? text : null;
            foreach (var row in rows)
            {
                if (row.Keys.IsEmpty)
                {
                    // Any key: a form value is personal data, and the one under a PII name (`Form["cardNumber"]`) is that data.
                    return (key is not null && PiiNameMatcher.Match(key) is { } named ? named : row.Kind, row.Display(key ?? "?"));
                }

                if (key is null)
                {
                    continue;
                }

                foreach (var listed in row.Keys)
                {
                    if (string.Equals(listed, key, System.StringComparison.OrdinalIgnoreCase))
                    {
                        return (row.Kind, row.Display(key));
                    }
                }
            }

            return null;
        }

        private (string Kind, string Display)? Call(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (method.ContainingType is null || !_methods.TryGetValue(method.ContainingType.OriginalDefinition, out var rows))
            {
                return null;
            }

            foreach (var row in rows)
            {
                if (row.Member != method.Name)
                {
                    continue;
                }

                if (row.Shape == SourceShape.MethodReturn)
                {
                    return (row.Kind, row.Display(null));
                }

                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Value.ConstantValue is { HasValue: true, Value: string claimType }
                        && SourceCatalog.ClaimKinds.TryGetValue(claimType, out var kind))
                    {
                        return (kind, ClaimName(claimType) + " claim");
                    }
                }
            }

            return null;
        }

        /// <summary>"email" for ClaimTypes.Email's URI, the name itself for OpenID Connect names.</summary>
        private static string ClaimName(string claimType) => claimType.Substring(claimType.LastIndexOf('/') + 1);

        /// <summary>The object a member is read from, through <c>?.</c>.</summary>
        private static IOperation? ReceiverOf(IPropertyReferenceOperation read)
        {
            var instance = read.Instance;
            if (instance is not IConditionalAccessInstanceOperation)
            {
                return instance;
            }

            for (var parent = read.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IConditionalAccessOperation access)
                {
                    return access.Operation;
                }
            }

            return null;
        }

        private static void Add(Dictionary<ITypeSymbol, List<SourceRow>> index, ITypeSymbol type, SourceRow row)
        {
            if (!index.TryGetValue(type, out var rows))
            {
                rows = new List<SourceRow>();
                index[type] = rows;
            }

            rows.Add(row);
        }
    }
}
