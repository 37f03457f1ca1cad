using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>
    /// What a small string-returning helper of the same compilation puts in its result: PII it reads itself, and which
    /// of its parameters flow into the result. Lets <c>logger.LogInformation(Describe(customer))</c> be seen through.
    /// Large methods are not summarised: the point is formatting helpers, not whole-program analysis.
    /// </summary>
    internal sealed class HelperSummaries
    {
        private const int MaxStatements = 12;
        private static readonly HelperSummary Empty = new HelperSummary(new List<PiiFlowHit>(), new List<int>());
        private static readonly HelperSummary NotAHelper = new HelperSummary(new List<PiiFlowHit>(), new List<int>());

        private readonly PrivacyCompilation _state;
        private readonly ConcurrentDictionary<IMethodSymbol, HelperSummary> _summaries =
            new ConcurrentDictionary<IMethodSymbol, HelperSummary>(SymbolEqualityComparer.Default);

        public HelperSummaries(PrivacyCompilation state)
        {
            _state = state;
        }

        public HelperSummary? Get(IMethodSymbol method, SemanticModel callerModel)
        {
            method = method.OriginalDefinition;
            if (method.ReturnType.SpecialType != SpecialType.System_String
                || method.IsImplicitlyDeclared
                || !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _state.Compilation.Assembly))
            {
                return null;
            }

            if (!_summaries.TryGetValue(method, out var summary))
            {
                // Recursive helpers meet this placeholder and contribute nothing more.
                _summaries.TryAdd(method, Empty);
                summary = Summarize(method, callerModel) ?? NotAHelper;
                _summaries[method] = summary;
            }

            // Methods that cannot be summarised (too large, no body) are treated like any other call.
            return ReferenceEquals(summary, NotAHelper) ? null : summary;
        }

        private HelperSummary? Summarize(IMethodSymbol method, SemanticModel callerModel)
        {
            if (method.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            var node = method.DeclaringSyntaxReferences[0].GetSyntax();
            var body = node switch
            {
                BaseMethodDeclarationSyntax declaration => (SyntaxNode?)declaration.Body ?? declaration.ExpressionBody,
                LocalFunctionStatementSyntax local => (SyntaxNode?)local.Body ?? local.ExpressionBody,
                _ => null,
            };
            if (body is null || (body is BlockSyntax block && block.Statements.Count > MaxStatements))
            {
                return null;
            }

            var model = node.SyntaxTree == callerModel.SyntaxTree ? callerModel : ModelFor(node.SyntaxTree);
            var operation = model.GetOperation(node);
            if (operation is null)
            {
                return null;
            }

            var walker = new PiiFlowWalker(_state, model, summarizedMethod: method);
            foreach (var descendant in operation.Descendants())
            {
                if (descendant is IReturnOperation { ReturnedValue: { } returned } && !IsInsideNestedFunction(descendant, operation))
                {
                    walker.Walk(returned, maskTarget: null, isText: true);
                }
            }

            return new HelperSummary(walker.Hits, walker.FlowingParameters);
        }

#pragma warning disable RS1030 // A helper in another file needs that file's model; the compiler caches models while analyzers run.
        private SemanticModel ModelFor(SyntaxTree tree) => _state.Compilation.GetSemanticModel(tree);
#pragma warning restore RS1030

        private static bool IsInsideNestedFunction(IOperation operation, IOperation root)
        {
            for (var current = operation.Parent; current is not null && current != root; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation || current is ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }
    }

    internal sealed class HelperSummary
    {
        public HelperSummary(List<PiiFlowHit> hits, List<int> flowingParameters)
        {
            Hits = hits;
            FlowingParameters = flowingParameters;
        }

        /// <summary>PII the helper reads itself (mask targets are inside the helper and are not used).</summary>
        public List<PiiFlowHit> Hits { get; }

        /// <summary>Ordinals of parameters whose value reaches the returned string.</summary>
        public List<int> FlowingParameters { get; }
    }
}
