using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Flow;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// What a small string-returning helper of the same compilation puts in its result: PII it reads itself, and which
    /// of its parameters flow into the result. Lets <c>logger.LogInformation(Describe(customer))</c> be seen through.
    /// Large methods are not summarised: the point is formatting helpers, not whole-program analysis.
    /// </summary>
    /// <remarks>
    /// Each summary is computed once per compilation (<see cref="ComputeOnceCache{TKey, TValue}"/>) by one walk that starts at
    /// the helper and goes into the helpers it calls itself, with its own record of where it has been (<see cref="HelperPath"/>).
    /// That makes a summary depend only on its method, never on which thread asked first, and a computation never waits for
    /// another one: recursion (<c>A</c> calls <c>B</c> calls <c>A</c>) is cut inside the walk, not through the shared cache.
    /// </remarks>
    internal sealed class HelperSummaries
    {
        private const int MaxStatements = 12;

        // How deep one summary follows helpers into helpers; beyond it a call is treated like any other call.
        private const int MaxNesting = 6;

        private readonly PrivacyCompilation _state;
        private readonly ComputeOnceCache<IMethodSymbol, HelperSummary?> _summaries;

        public HelperSummaries(PrivacyCompilation state)
        {
            _state = state;
            _summaries = new ComputeOnceCache<IMethodSymbol, HelperSummary?>(
                method => Summarize(method, new HelperPath(method, parent: null)), SymbolEqualityComparer.Default);
        }

        /// <summary>The summary of <paramref name="method"/>, or null when it is not a summarisable helper. Inside a summary
        /// walk (<paramref name="path"/> not null) nested helpers are summarised in that walk, not through the cache.</summary>
        public HelperSummary? Get(IMethodSymbol method, HelperPath? path)
        {
            method = method.OriginalDefinition;
            if (method.ReturnType.SpecialType != SpecialType.System_String
                || method.IsImplicitlyDeclared
                || !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _state.Compilation.Assembly))
            {
                return null;
            }

            if (path is null)
            {
                return _summaries.Get(method);
            }

            if (path.Contains(method))
            {
                // A recursive helper adds nothing beyond what this walk already found in it.
                return HelperSummary.Empty;
            }

            return path.Depth >= MaxNesting ? null : Summarize(method, new HelperPath(method, path));
        }

        private HelperSummary? Summarize(IMethodSymbol method, HelperPath path)
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

            var model = ModelFor(node.SyntaxTree);
            var operation = model.GetOperation(node);
            if (operation is null)
            {
                return null;
            }

            var walker = new PiiFlowWalker(_state, model, summarizing: path);
            foreach (var descendant in operation.Descendants())
            {
                if (descendant is IReturnOperation { ReturnedValue: { } returned } && !IsInsideNestedFunction(descendant, operation))
                {
                    walker.Walk(returned, maskTarget: null, isText: true);
                }
            }

            return new HelperSummary(walker.Hits, walker.FlowingParameters);
        }

#pragma warning disable RS1030 // A helper in another file needs that file's model; while analyzers run, the driver's compilation hands out its cached models.
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

    /// <summary>The helpers one summary walk is inside, innermost first.</summary>
    internal sealed class HelperPath
    {
        private readonly IMethodSymbol _method;
        private readonly HelperPath? _parent;

        public HelperPath(IMethodSymbol method, HelperPath? parent)
        {
            _method = method;
            _parent = parent;
            Depth = parent is null ? 1 : parent.Depth + 1;
        }

        /// <summary>The method whose summary this level computes: its parameters are the ones that can flow out.</summary>
        public IMethodSymbol Method => _method;

        public int Depth { get; }

        public bool Contains(IMethodSymbol method)
        {
            for (var current = this; current is not null; current = current._parent)
            {
                if (SymbolEqualityComparer.Default.Equals(current._method, method))
                {
                    return true;
                }
            }

            return false;
        }
    }

    internal sealed class HelperSummary
    {
        public static readonly HelperSummary Empty = new HelperSummary(new List<PiiFlowHit>(), new List<int>());

        public HelperSummary(IReadOnlyList<PiiFlowHit> hits, IReadOnlyList<int> flowingParameters)
        {
            Hits = hits;
            FlowingParameters = flowingParameters;
        }

        /// <summary>PII the helper reads itself (mask targets are inside the helper and are not used).</summary>
        public IReadOnlyList<PiiFlowHit> Hits { get; }

        /// <summary>Ordinals of parameters whose value reaches the returned string.</summary>
        public IReadOnlyList<int> FlowingParameters { get; }
    }
}
