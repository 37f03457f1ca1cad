using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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

        // How deep one summary follows helpers into helpers, and how many it summarizes inside itself at most.
        private const int MaxNesting = 6;
        internal const int MaxNestedSummaries = 64;

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
            if (!ReturnsText(method.ReturnType)
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

            // Bounded, so that helpers fanning out into helpers cannot make one walk explode; past the bounds a call is
            // treated like any other call. The walk's order is fixed, so where it stops is too.
            return path.Depth >= MaxNesting || !path.TakeNestedSummary() ? null : Summarize(method, new HelperPath(method, path));
        }

        /// <summary>A string, or a task of one (<c>await GetPhoneAsync(id)</c>: the walk sees through the await).</summary>
        private static bool ReturnsText(ITypeSymbol type) =>
            type.SpecialType == SpecialType.System_String
            || (type is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task
                && task.TypeArguments[0].SpecialType == SpecialType.System_String
                && task.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks");

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

            return SummarizeFromSyntax(method, body, path) ?? SummarizeByBinding(method, node, path);
        }

        /// <summary>The summary from the bound method: what any helper gets.</summary>
        internal HelperSummary? SummarizeByBinding(IMethodSymbol method, SyntaxNode node, HelperPath path)
        {
            var model = ModelFor(node.SyntaxTree);
            var operation = model.GetOperation(node);
            if (operation is null)
            {
                return null;
            }

            var walker = new PiiFlowWalker(_state, summarizing: path);
            foreach (var descendant in operation.Descendants())
            {
                if (descendant is IReturnOperation { ReturnedValue: { } returned } && !IsInsideNestedFunction(descendant, operation))
                {
                    walker.Walk(returned, maskTarget: null, isText: true);
                }
            }

            return new HelperSummary(walker.Hits, walker.FlowingParameters);
        }

        /// <summary>
        /// The summary of the commonest helper, read from its syntax and its parameters' types without binding it: a result
        /// that is one string literal or interpolated string whose holes are parameters, members of parameters
        /// (<c>s.Id</c>, <c>s.Kyc.PassportNo</c>) and literals. Binding a helper before the driver reaches it costs more than
        /// all the rest of the logging rule on a typical service (most helpers are declared after their callers). Anything
        /// else (a call, an operator, a local, an ambiguous or inaccessible member) returns null and the helper is bound;
        /// a test holds both ways to the same summary.
        /// </summary>
        internal HelperSummary? SummarizeFromSyntax(IMethodSymbol method, SyntaxNode body, HelperPath path)
        {
            var returned = body switch
            {
                ArrowExpressionClauseSyntax arrow => arrow.Expression,
                BlockSyntax { Statements.Count: 1 } block when block.Statements[0] is ReturnStatementSyntax { Expression: { } expression } => expression,
                _ => null,
            };
            if (returned is null || method.IsGenericMethod || method.ContainingType is not { } within)
            {
                return null;
            }

            var walker = new PiiFlowWalker(_state, summarizing: path);
            return ReadText(returned, method, within, walker) ? new HelperSummary(walker.Hits, walker.FlowingParameters) : null;
        }

        private bool ReadText(ExpressionSyntax expression, IMethodSymbol method, INamedTypeSymbol within, PiiFlowWalker walker)
        {
            switch (expression)
            {
                case LiteralExpressionSyntax:
                    return true;
                case ParenthesizedExpressionSyntax parenthesized:
                    return ReadText(parenthesized.Expression, method, within, walker);
                case InterpolatedStringExpressionSyntax interpolated:
                    foreach (var content in interpolated.Contents)
                    {
                        if (content is InterpolationSyntax hole && !ReadText(hole.Expression, method, within, walker))
                        {
                            return false;
                        }
                    }

                    return true;
                case IdentifierNameSyntax identifier when Parameter(method, identifier) is { } parameter:
                    walker.ReadParameter(parameter, identifier, maskTarget: null, isText: true);
                    return true;
                case MemberAccessExpressionSyntax access when Member(access, method, within) is { } member:
                    walker.ReadMember(member, member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type, access, maskTarget: null, isText: true);
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>The field or property <c>receiver.Name</c> reads, where the receiver is a parameter or such a read; null
        /// where the binder could see anything else (type parameters, interfaces, nullable values, several members, a method).</summary>
        private ISymbol? Member(MemberAccessExpressionSyntax access, IMethodSymbol method, INamedTypeSymbol within)
        {
            if (!access.IsKind(SyntaxKind.SimpleMemberAccessExpression) || access.Name is not IdentifierNameSyntax name)
            {
                return null;
            }

            var receiver = access.Expression switch
            {
                IdentifierNameSyntax identifier => Parameter(method, identifier)?.Type,
                MemberAccessExpressionSyntax inner => Member(inner, method, within) switch
                {
                    IPropertySymbol property => property.Type,
                    IFieldSymbol field => field.Type,
                    _ => null,
                },
                _ => null,
            };
            if (receiver is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type
                || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                return null;
            }

            // Member lookup as the binder does it: the most derived type that declares the name wins.
            for (var current = type; current is not null; current = current.BaseType)
            {
                var members = current.GetMembers(name.Identifier.ValueText);
                if (members.Length == 0)
                {
                    continue;
                }

                return members.Length == 1
                    && members[0] is IPropertySymbol { IsStatic: false, IsIndexer: false } or IFieldSymbol { IsStatic: false }
                    && _state.Compilation.IsSymbolAccessibleWithin(members[0], within, type)
                    ? members[0]
                    : null;
            }

            return null;
        }

        /// <summary>The method's parameter an identifier names (parameters hide members and types of the same name).</summary>
        private static IParameterSymbol? Parameter(IMethodSymbol method, IdentifierNameSyntax identifier)
        {
            foreach (var parameter in method.Parameters)
            {
                if (parameter.Name == identifier.Identifier.ValueText)
                {
                    return parameter;
                }
            }

            return null;
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

    /// <summary>The helpers one summary walk is inside, innermost first, and what is left of the walk's budget.</summary>
    internal sealed class HelperPath
    {
        private readonly IMethodSymbol _method;
        private readonly HelperPath? _parent;

        // Shared by every level of one walk.
        private readonly int[] _nestedSummariesLeft;

        public HelperPath(IMethodSymbol method, HelperPath? parent)
        {
            _method = method;
            _parent = parent;
            Depth = parent is null ? 1 : parent.Depth + 1;
            _nestedSummariesLeft = parent?._nestedSummariesLeft ?? new[] { HelperSummaries.MaxNestedSummaries };
        }

        /// <summary>Counts one more helper summarized inside this walk; false when the walk has used its budget.</summary>
        public bool TakeNestedSummary() => --_nestedSummariesLeft[0] >= 0;

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
