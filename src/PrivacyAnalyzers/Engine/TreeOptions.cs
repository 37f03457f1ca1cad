using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>The team's options for each file of a compilation (the global ones where there is no file). Roslyn shares
    /// one options object between the files of a folder, so each distinct object is read once.</summary>
    internal sealed class TreeOptions
    {
        private readonly AnalyzerConfigOptionsProvider? _provider;
        private readonly ComputeOnceCache<AnalyzerConfigOptions, PrivacyOptions> _read =
            new ComputeOnceCache<AnalyzerConfigOptions, PrivacyOptions>(PrivacyOptions.Read, ReferenceComparer<AnalyzerConfigOptions>.Instance);

        public TreeOptions(AnalyzerConfigOptionsProvider? provider)
        {
            _provider = provider;
        }

        /// <summary>The options of <paramref name="tree"/>, or the global ones when it is null.</summary>
        public PrivacyOptions For(SyntaxTree? tree)
        {
            if (_provider is null)
            {
                return PrivacyOptions.Default;
            }

            return _read.Get(tree is null ? _provider.GlobalOptions : _provider.GetOptions(tree));
        }

        /// <summary>The options of the file that declares <paramref name="symbol"/> (global ones for metadata).</summary>
        public PrivacyOptions For(ISymbol symbol) => For(symbol.Locations.Length > 0 ? symbol.Locations[0].SourceTree : null);
    }
}
