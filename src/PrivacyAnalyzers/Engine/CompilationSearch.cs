using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>Searches made once per compilation for calls that configure something elsewhere (an options builder, an
    /// HTTP client registration): only the files whose text names the method are bound.</summary>
    internal static class CompilationSearch
    {
        public static IEnumerable<(SyntaxTree Tree, SemanticModel Model)> FilesNaming(Compilation compilation, string name)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                // Most files never name it: their text is searched, not bound.
                if (!tree.GetText().ToString().Contains(name))
                {
                    continue;
                }

#pragma warning disable RS1030 // Once per compilation, only for files that name the method.
                yield return (tree, compilation.GetSemanticModel(tree));
#pragma warning restore RS1030
            }
        }
    }
}
