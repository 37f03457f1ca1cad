using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Classification
{
    /// <summary><see cref="SourceCatalog"/> resolved against a compilation: the framework members whose value is a person's
    /// data, with its kind.</summary>
    internal sealed class SourceMembers
    {
        private readonly Dictionary<ISymbol, string> _kinds = new Dictionary<ISymbol, string>(SymbolEqualityComparer.Default);

        public SourceMembers(Compilation compilation)
        {
            foreach (var row in SourceCatalog.Rows)
            {
                if (compilation.GetTypeByMetadataName(row.Type) is not { } type)
                {
                    continue;
                }

                foreach (var member in type.GetMembers(row.Member))
                {
                    _kinds[member] = row.Kind;
                }
            }
        }

        /// <summary>The kind of data <paramref name="member"/> hands over, or null when it is not a source.</summary>
        public string? KindOf(ISymbol member) =>
            _kinds.Count > 0 && _kinds.TryGetValue(member.OriginalDefinition, out var kind) ? kind : null;
    }
}
