using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Flow;
using PrivacyAnalyzers.Sharing;
using PrivacyAnalyzers.Sinks;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>A parameter of a method of this compilation that reaches a sink inside it (or inside a method it calls).</summary>
    internal sealed class ParameterSink
    {
        public ParameterSink(int ordinal, SinkFamily family, string sink, Location location, bool isPlainHttp, Recipient? recipient)
        {
            Recipient = recipient;
            Ordinal = ordinal;
            Family = family;
            Sink = sink;
            Location = location;
            IsPlainHttp = isPlainHttp;
        }

        public int Ordinal { get; }

        public SinkFamily Family { get; }

        /// <summary>How messages name the sink API (<c>ILogger.LogInformation</c>).</summary>
        public string Sink { get; }

        /// <summary>The sink argument inside the method: the finding's additional location.</summary>
        public Location Location { get; }

        public bool IsPlainHttp { get; }

        /// <summary>Who the sink shares with (an SDK's service, a request's host), when it shares with a third party.</summary>
        public Recipient? Recipient { get; }
    }

    /// <summary>
    /// Which parameters of a method of this compilation reach which sinks: <c>AuditLog.Write(logger, "kyc", customer.Cnic)</c>
    /// logs its third argument, so the call that passes a CNIC is reported, with the log call as an additional location.
    /// </summary>
    /// <remarks>
    /// Computed once per method (<see cref="ComputeOnceCache{TKey, TValue}"/>), and only for methods some call passes PII to. Bounded so that cost stays linear:
    /// a method is summarised only when its body has at most <see cref="MaxStatements"/> statements and its syntax shows a
    /// call that can be a sink or a method of this compilation (so most methods are turned away without binding); a summary
    /// follows methods it calls into at most <see cref="MaxNesting"/> levels and <see cref="HelperSummaries.MaxNestedSummaries"/>
    /// methods, inside its own walk (recursion is cut there, never through the shared cache), as
    /// <see cref="HelperSummaries"/> does for returned strings.
    /// </remarks>
    internal sealed class ParameterSinks
    {
        internal const int MaxStatements = 40;
        private const int MaxNesting = 4;

        private readonly PrivacyCompilation _state;
        private readonly ComputeOnceCache<IMethodSymbol, ImmutableArray<ParameterSink>> _summaries;

        public ParameterSinks(PrivacyCompilation state)
        {
            _state = state;
            _summaries = new ComputeOnceCache<IMethodSymbol, ImmutableArray<ParameterSink>>(
                method => Summarize(method, new HelperPath(method, parent: null)), SymbolEqualityComparer.Default);
        }

        /// <summary>The sinks <paramref name="method"/>'s parameters reach (each judged under the policy of its family:
        /// storage sinks under <see cref="FlowPolicy.Storage"/>); empty for methods of other assemblies, methods without
        /// parameters and methods past the bounds. Ask only once a call passes PII: most methods are never summarised.</summary>
        public ImmutableArray<ParameterSink> For(IMethodSymbol method)
        {
            method = method.OriginalDefinition;
            return IsCandidate(method) ? _summaries.Get(method) : ImmutableArray<ParameterSink>.Empty;
        }

        /// <summary>The method a call runs: its target, or for a delegate held in a local that is only ever given one lambda
        /// (<c>Action&lt;string&gt; log = text =&gt; logger.LogInformation(text); log(c.Cnic)</c>), that lambda.</summary>
        public static IMethodSymbol? Callee(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (method.MethodKind != MethodKind.DelegateInvoke)
            {
                return method.OriginalDefinition;
            }

            // From syntax first, since every rule asks at every delegate call: a local declared with a lambda.
            if (invocation.Instance?.WithoutConversions() is not ILocalReferenceOperation { Local: { } local }
                || local.DeclaringSyntaxReferences.Length != 1
                || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: AnonymousFunctionExpressionSyntax })
            {
                return null;
            }

            IMethodSymbol? lambda = null;
            var root = invocation.Syntax.SyntaxTree == local.DeclaringSyntaxReferences[0].SyntaxTree ? invocation.Root() : null;
            foreach (var operation in root?.Descendants() ?? System.Linq.Enumerable.Empty<IOperation>())
            {
                var value = operation switch
                {
                    IVariableDeclaratorOperation { Initializer: { } initializer } declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local) => initializer.Value,
                    ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local) => assignment.Value,
                    _ => null,
                };
                if (value is null)
                {
                    continue;
                }

                if (lambda is not null || value.WithoutConversions() is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation function })
                {
                    return null;
                }

                lambda = function.Symbol;
            }

            return lambda;
        }

        /// <summary>A method of this compilation with parameters: one whose summary can say something.</summary>
        public bool IsCandidate(IMethodSymbol method) =>
            method.Parameters.Length > 0
            && !method.IsImplicitlyDeclared
            && method.DeclaringSyntaxReferences.Length == 1
            && SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _state.Compilation.Assembly);

        private ImmutableArray<ParameterSink> Summarize(IMethodSymbol method, HelperPath path)
        {
            var node = method.DeclaringSyntaxReferences[0].GetSyntax();
            var body = node switch
            {
                BaseMethodDeclarationSyntax declaration => (SyntaxNode?)declaration.Body ?? declaration.ExpressionBody,
                LocalFunctionStatementSyntax local => (SyntaxNode?)local.Body ?? local.ExpressionBody,
                AnonymousFunctionExpressionSyntax lambda => lambda.Body,
                _ => null,
            };
            if (body is null || !IsWorthBinding(body))
            {
                return ImmutableArray<ParameterSink>.Empty;
            }

#pragma warning disable RS1030 // A method in another file needs that file's model; while analyzers run, the driver's compilation hands out its cached models.
            var operation = _state.Compilation.GetSemanticModel(node.SyntaxTree).GetOperation(node);
#pragma warning restore RS1030
            if (operation is null)
            {
                return ImmutableArray<ParameterSink>.Empty;
            }

            var found = ImmutableArray.CreateBuilder<ParameterSink>();
            foreach (var descendant in operation.Descendants())
            {
                switch (descendant)
                {
                    case IInvocationOperation invocation:
                        AddSinkRows(invocation, invocation.TargetMethod, path, found);
                        if (_state.Sinks.TeamLogSink(invocation, _state.Options.For(invocation.Syntax.SyntaxTree).LogSinks) is { } teamSink)
                        {
                            AddCall(teamSink, path, found);
                        }

                        AddNested(invocation, path, found);
                        break;
                    case IObjectCreationOperation { Constructor: { } constructor } creation:
                        AddSinkRows(creation, constructor, path, found);
                        break;
                    case IAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } property } } assignment:
                        AddSinkRows(assignment, property, path, found);
                        break;
                }
            }

            return found.ToImmutable();
        }

        private void AddSinkRows(IOperation operation, ISymbol member, HelperPath path, ImmutableArray<ParameterSink>.Builder found)
        {
            var calls = _state.Sinks.CallsAt(operation, member, SinkFamilies.All);
            for (var i = 0; i < calls.Count; i++)
            {
                AddCall(calls[i], path, found);
            }
        }

        private void AddCall(SinkCall call, HelperPath path, ImmutableArray<ParameterSink>.Builder found)
        {
            var recipientKnown = false;
            Recipient? recipient = null;
            foreach (var argument in call.Arguments)
            {
                var policy = (argument.Family & SinkFamilies.AtRest) != 0 ? FlowPolicy.Storage : FlowPolicy.AnySanitizer;
                foreach (var ordinal in FlowingParameters(argument.Value, path, policy))
                {
                    if (!recipientKnown && (argument.Family & SinkFamilies.Shared) != 0)
                    {
                        recipient = _state.Recipients.Of(call, _state.Policy);
                        recipientKnown = true;
                    }

                    found.Add(new ParameterSink(ordinal, argument.Family, call.Display, argument.Value.Syntax.GetLocation(), call.IsPlainHttp, recipient));
                }
            }
        }

        /// <summary>A call, inside the summarised method, of another method of this compilation whose parameters reach sinks:
        /// the summarised method's parameters that flow into those arguments reach the same sinks.</summary>
        private void AddNested(IInvocationOperation invocation, HelperPath path, ImmutableArray<ParameterSink>.Builder found)
        {
            var callee = invocation.TargetMethod.OriginalDefinition;
            if (!IsCandidate(callee) || path.Contains(callee) || path.Depth >= MaxNesting || !path.TakeNestedSummary())
            {
                return;
            }

            foreach (var inner in Summarize(callee, new HelperPath(callee, path)))
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Ordinal != inner.Ordinal)
                    {
                        continue;
                    }

                    var policy = (inner.Family & SinkFamilies.AtRest) != 0 ? FlowPolicy.Storage : FlowPolicy.AnySanitizer;
                    foreach (var ordinal in FlowingParameters(argument.Value, path, policy))
                    {
                        found.Add(new ParameterSink(ordinal, inner.Family, inner.Sink, inner.Location, inner.IsPlainHttp, inner.Recipient));
                    }
                }
            }
        }

        private List<int> FlowingParameters(IOperation value, HelperPath path, FlowPolicy policy)
        {
            var walker = new PiiFlowWalker(_state, summarizing: path, policy: policy);
            walker.Walk(value, maskTarget: null, isText: true);
            return walker.FlowingParameters;
        }

        /// <summary>Small enough, and showing a call that can be a sink (a name some catalog row has, a team log sink's
        /// name, an exception made) or a method of this compilation: decided from syntax, before any binding.</summary>
        private bool IsWorthBinding(SyntaxNode body)
        {
            var statements = 0;
            var callsSomething = false;
            // And self: a lambda's or an arrow method's body can be the call itself.
            foreach (var node in body.DescendantNodesAndSelf())
            {
                switch (node)
                {
                    case StatementSyntax:
                        if (++statements > MaxStatements)
                        {
                            return false;
                        }

                        break;
                    case InvocationExpressionSyntax invocation when !callsSomething:
                        var name = InvokedName(invocation.Expression);
                        callsSomething = name is not null
                            && (_state.Sinks.IsSinkMemberName(name) || IsTeamLogSinkName(name, body.SyntaxTree)
                                || _state.Compilation.ContainsSymbolsWithName(name, SymbolFilter.Member));
                        break;
                    case BaseObjectCreationExpressionSyntax:
                        // Exceptions, requests, writers: constructor rows are matched by type, not by name.
                        callsSomething = true;
                        break;
                    case AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax setter } when !callsSomething:
                        callsSomething = _state.Sinks.HasAnySetterRows || _state.Sinks.IsSinkMemberName(setter.Name.Identifier.ValueText);
                        break;
                    case AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax }:
                        // Indexer rows: session, cookies, headers.
                        callsSomething = true;
                        break;
                }
            }

            return callsSomething;
        }

        private bool IsTeamLogSinkName(string name, SyntaxTree tree)
        {
            foreach (var sink in _state.Options.For(tree).LogSinks)
            {
                if (sink.Length > name.Length && sink.EndsWith(name, System.StringComparison.Ordinal) && sink[sink.Length - name.Length - 1] == '.')
                {
                    return true;
                }
            }

            return false;
        }

        private static string? InvokedName(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            GenericNameSyntax generic => generic.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
