using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Classification;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>
    /// The walk through values that hold other values: collections and what LINQ makes of them, builders
    /// (<c>StringBuilder</c>, <c>UriBuilder</c>), arrays, collection expressions and tuples. A collection carries whatever
    /// its elements carry; the walk does not tell one element from another, except for a tuple's positions.
    /// </summary>
    internal sealed partial class PiiFlowWalker
    {
        // OperationKind values newer than the Roslyn this assembly compiles against (4.8): collection expressions and
        // their spread elements, which is also what a `params ReadOnlySpan<T>` argument becomes.
        private const int CollectionExpressionKind = 127;
        private const int SpreadKind = 128;

        // A lambda's parameters bound to the sequence its LINQ operator runs over (`customers.Select(c => c.Cnic)`: c is
        // an element of customers), so reading the parameter reads that sequence.
        private Dictionary<IParameterSymbol, IOperation>? _lambdaSources;
        private HashSet<IParameterSymbol>? _visitingParameters;

        private static bool IsCollectionExpression(IOperation operation) =>
            (int)operation.Kind == CollectionExpressionKind || (int)operation.Kind == SpreadKind;

        /// <summary>An object made of its arguments and of what its initializer puts in it: <c>new StringBuilder(cnic)</c>,
        /// <c>new List&lt;string&gt; { cnic }</c>, <c>new Dictionary&lt;string, object&gt; { ["cnic"] = cnic }</c>,
        /// <c>new UriBuilder(url) { Query = ... }</c>.</summary>
        private void Created(IObjectCreationOperation creation, SyntaxNode? maskTarget)
        {
            foreach (var argument in creation.Arguments)
            {
                // The value read inside is what a fix wraps: wrapping the created object would change its type.
                Walk(argument.Value, maskTarget, isText: true);
            }

            if (creation.Initializer is null)
            {
                return;
            }

            foreach (var initializer in creation.Initializer.Initializers)
            {
                switch (initializer)
                {
                    case IInvocationOperation add:
                        foreach (var argument in add.Arguments)
                        {
                            Walk(argument.Value, maskTarget, isText: true);
                        }

                        break;
                    case IAssignmentOperation assignment:
                        Walk(assignment.Value, maskTarget, isText: true);
                        break;
                }
            }
        }

        /// <summary>A read from a collection or builder that hands back its content (<c>list[0]</c>, <c>group.Key</c>,
        /// <c>builder.Uri</c>, <c>list.ToArray()</c>, <c>stack.Pop()</c>) rather than a fact about it (<c>Count</c>,
        /// <c>Contains</c>, <c>Host</c>); true when it was one. A number read from a collection can be an
        /// element (an Aadhaar number held as a long), so only the catalog's facts and truth values stop the walk.</summary>
        private bool ReadFromContainer(IOperation read, SyntaxNode? maskTarget, bool isText)
        {
            IOperation? instance;
            ITypeSymbol? type;
            string name;
            switch (read)
            {
                case IPropertyReferenceOperation property:
                    (instance, type, name) = (property.Instance, property.Type, property.Property.Name);
                    break;
                case IInvocationOperation { TargetMethod.IsStatic: false } call when call.TargetMethod.Name != "ToString":
                    (instance, type, name) = (call.Instance, call.Type, call.TargetMethod.Name);
                    break;
                default:
                    return false;
            }

            if (instance is null || !_state.FlowTypes.IsContainer(instance.Type))
            {
                return false;
            }

            if (read is IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer
                && indexer.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key }
                && PiiNameMatcher.Match(key) is { } keyedKind)
            {
                // form["cardNumber"], fields["cnic"]: a value stored under a PII name is that data, whatever holds it.
                Hits.Add(PiiFlowHit.Read(new PiiClassification(indexer.Property, keyedKind, PiiEvidence.Name), instance.Syntax + "[\"" + key + "\"]", maskTarget ?? read.Syntax));
                return true;
            }

            if (!IsDerivedFact(type) && !FlowCatalog.ContainerFacts.Contains(name))
            {
                Walk(instance, maskTarget ?? read.Syntax, isText);
            }

            return true;
        }

        /// <summary>A LINQ operator: filters, orderings and element picks (<c>Where</c>, <c>OrderBy</c>, <c>First</c>,
        /// <c>ToList</c>) hold their source's elements; projections (<c>Select</c>) hold what their delegate returns; keyed
        /// operators (<c>GroupBy</c>, <c>ToDictionary</c>) both; counts and tests hold nothing. True when it was one.</summary>
        private bool LinqOperator(IInvocationOperation invocation, SyntaxNode? maskTarget, bool isText)
        {
            var method = invocation.TargetMethod;
            if (!_state.FlowTypes.IsLinqOperator(method))
            {
                return false;
            }

            if (FlowCatalog.CountingOperators.Contains(method.Name) || IsDerivedFact(method.ReturnType))
            {
                return true;
            }

            var sources = new List<IOperation>(2);
            var delegates = new List<IOperation>(2);
            foreach (var argument in invocation.Arguments)
            {
                var value = argument.Value.WithoutConversions();
                if (value is IDelegateCreationOperation || value is IAnonymousFunctionOperation)
                {
                    delegates.Add(value);
                }
                else
                {
                    sources.Add(argument.Value);
                }
            }

            var projecting = FlowCatalog.ProjectingOperators.Contains(method.Name) && delegates.Count > 0;
            if (!projecting)
            {
                foreach (var source in sources)
                {
                    Walk(source, maskTarget, isText);
                }
            }

            if (projecting || FlowCatalog.KeyingOperators.Contains(method.Name))
            {
                foreach (var function in delegates)
                {
                    WalkDelegateResult(function, sources, maskTarget, isText);
                }
            }

            return true;
        }

        /// <summary>What a LINQ delegate returns, its parameters bound to the sequences the operator runs over. A read inside
        /// a lambda that returns text masks itself there; inside one that returns anything else it cannot be wrapped
        /// without changing the sequence's type, so it gets no fix.</summary>
        private void WalkDelegateResult(IOperation function, List<IOperation> sources, SyntaxNode? maskTarget, bool isText)
        {
            var lambda = function switch
            {
                IDelegateCreationOperation { Target: IAnonymousFunctionOperation target } => target,
                IAnonymousFunctionOperation direct => direct,
                _ => null,
            };
            if (lambda is null)
            {
                return;
            }

            var parameters = lambda.Symbol.Parameters;
            for (var i = 0; i < parameters.Length && i < sources.Count; i++)
            {
                _lambdaSources ??= new Dictionary<IParameterSymbol, IOperation>(SymbolEqualityComparer.Default);
                _lambdaSources[parameters[i]] = sources[i];
            }

            var first = Hits.Count;
            foreach (var descendant in lambda.Body.Descendants())
            {
                if (descendant is IReturnOperation { ReturnedValue: { } returned } && IsDirectlyIn(descendant, lambda))
                {
                    Walk(returned, maskTarget, isText);
                }
            }

            if (maskTarget is null && lambda.Symbol.ReturnType.SpecialType != SpecialType.System_String)
            {
                for (var i = first; i < Hits.Count; i++)
                {
                    Hits[i] = Hits[i].WithMaskTarget(null);
                }
            }
        }

        /// <summary>A lambda parameter bound to its operator's sequence: reading it reads the sequence. True when it was one.</summary>
        private bool ReadBoundLambdaParameter(IParameterSymbol parameter, SyntaxNode syntax, SyntaxNode? maskTarget, bool isText)
        {
            if (_lambdaSources is null || !_lambdaSources.TryGetValue(parameter, out var source))
            {
                return false;
            }

            _visitingParameters ??= new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
            if (_visitingParameters.Add(parameter))
            {
                Walk(source, maskTarget ?? syntax, isText);
                _visitingParameters.Remove(parameter);
            }

            return true;
        }

        /// <summary><c>pair.Pan</c>, <c>pair.Item1</c>: the element at that position of the tuple literal the value was
        /// made from (through locals); a tuple from anywhere else is walked whole.</summary>
        private void TupleElement(IFieldReferenceOperation element, IOperation tuple, SyntaxNode? maskTarget, bool isText)
        {
            var target = maskTarget ?? element.Syntax;
            var position = TuplePosition(element.Field);
            var made = tuple.WithoutConversions();
            var values = made is ILocalReferenceOperation local && _visitingLocals.Add(local.Local) ? AssignedValues(local, local.Local) : null;
            foreach (var value in values ?? new List<IOperation> { made })
            {
                if (value.WithoutConversions() is ITupleOperation literal && position >= 0 && position < literal.Elements.Length)
                {
                    Walk(literal.Elements[position], target, isText);
                }
                else if (value != tuple)
                {
                    Walk(value, target, isText);
                }
            }

            if (values is not null)
            {
                _visitingLocals.Remove(((ILocalReferenceOperation)made).Local);
            }
        }

        private static int TuplePosition(IFieldSymbol field)
        {
            var elements = field.ContainingType.TupleElements;
            var underlying = field.CorrespondingTupleField ?? field;
            for (var i = 0; i < elements.Length; i++)
            {
                if (SymbolEqualityComparer.Default.Equals(elements[i], field)
                    || SymbolEqualityComparer.Default.Equals(elements[i].CorrespondingTupleField, underlying))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The local collection or builder a fill goes into: <c>list</c> in <c>list.Add(x)</c>, <c>text</c> in
        /// <c>text.Append(a).Append(b)</c>.</summary>
        private static ILocalSymbol? FilledLocal(IOperation instance, FlowTypes types)
        {
            var current = instance.WithoutConversions();
            while (current is IInvocationOperation { Instance: { } inner } chained && FlowCatalog.FillingMethods.Contains(chained.TargetMethod.Name))
            {
                current = inner.WithoutConversions();
            }

            return current is ILocalReferenceOperation local && types.IsContainer(local.Local.Type) ? local.Local : null;
        }

        /// <summary><c>var (a, b) = (x, y)</c> and <c>(a, b) = (x, y)</c>: each local gets the element at its position. A
        /// tuple from a call is not split: its locals keep only their names to go on.</summary>
        private static void AddDeconstructed(Dictionary<ILocalSymbol, List<IOperation>> assignments, IOperation target, IOperation value)
        {
            var targets = target is IDeclarationExpressionOperation declaration ? declaration.Expression : target;
            if (targets is not ITupleOperation targetTuple || value.WithoutConversions() is not ITupleOperation valueTuple
                || targetTuple.Elements.Length != valueTuple.Elements.Length)
            {
                return;
            }

            for (var i = 0; i < targetTuple.Elements.Length; i++)
            {
                switch (targetTuple.Elements[i])
                {
                    case ILocalReferenceOperation local:
                        Add(assignments, local.Local, valueTuple.Elements[i]);
                        break;
                    case ITupleOperation or IDeclarationExpressionOperation:
                        AddDeconstructed(assignments, targetTuple.Elements[i], valueTuple.Elements[i]);
                        break;
                }
            }
        }

        private static bool IsDirectlyIn(IOperation operation, IAnonymousFunctionOperation lambda)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current == lambda)
                {
                    return true;
                }

                if (current is IAnonymousFunctionOperation || current is ILocalFunctionOperation)
                {
                    return false;
                }
            }

            return false;
        }
    }
}
