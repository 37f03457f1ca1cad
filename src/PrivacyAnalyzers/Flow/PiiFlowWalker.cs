using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Reporting;
using PrivacyAnalyzers.Exposure;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>
    /// Finds the PII reads that an expression is built from: directly, through interpolation, concatenation,
    /// <c>string.Format</c>/<c>Concat</c>/<c>Join</c>, string methods, locals assigned in the same method, small helpers,
    /// and whole objects whose text form prints PII. Sanitizers and derived facts (bools, enums, lengths) stop the walk.
    /// </summary>
    /// <remarks>
    /// <paramref name="maskTarget"/> is the node inside the sink argument that a masking fix would wrap. It is null while
    /// the walk is still inside the argument (each read then masks itself) and fixed once the walk leaves it through a
    /// local or a helper call, so a fix never edits code outside the argument.
    /// </remarks>
    internal sealed partial class PiiFlowWalker
    {
        private readonly PrivacyCompilation _state;
        private readonly HelperPath? _summarizing;
        private readonly FlowPolicy _policy;
        private readonly bool _assigning;
        private readonly bool _recordsProtection;
        private readonly HashSet<ILocalSymbol> _visitingLocals = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        private IOperation? _assignmentsRoot;
        private Dictionary<ILocalSymbol, List<IOperation>>? _assignments;

        /// <param name="summarizing">Set when the walk computes a helper's summary: the helpers it is inside.</param>
        /// <param name="assigning">Set when the walk finds what a member is assigned (<see cref="AssignedMembers"/>): it then
        /// neither asks that again nor uses helper summaries, so it never re-enters a shared cache.</param>
        /// <param name="recordsProtection">Set by the privacy map: PII that a sanitizer or a protected member stops is kept in
        /// <see cref="Protected"/> (rules never pay for it).</param>
        public PiiFlowWalker(PrivacyCompilation state, HelperPath? summarizing = null, FlowPolicy? policy = null, bool assigning = false,
            bool recordsProtection = false)
        {
            _state = state;
            _recordsProtection = recordsProtection;
            _summarizing = summarizing;
            _policy = policy ?? FlowPolicy.AnySanitizer;
            _assigning = assigning;
        }

        public List<PiiFlowHit> Hits { get; } = new List<PiiFlowHit>();

        /// <summary>With <c>recordsProtection</c>: the PII the walk met already protected, and how.</summary>
        public List<(FoundPii Member, SanitizerKind Protection)> Protected { get; } = new List<(FoundPii, SanitizerKind)>();

        /// <summary>Parameters of the summarised helper that reach the walked value.</summary>
        public List<int> FlowingParameters { get; } = new List<int>();

        public void Walk(IOperation? operation, SyntaxNode? maskTarget, bool isText)
        {
            switch (operation)
            {
                case null:
                    return;
                case IConversionOperation conversion:
                    if (!IsDerivedFact(conversion.Type))
                    {
                        Walk(conversion.Operand, maskTarget, isText);
                    }

                    return;
                case IParenthesizedOperation parenthesized:
                    Walk(parenthesized.Operand, maskTarget, isText);
                    return;
                case IFieldReferenceOperation { Field.ContainingType.IsTupleType: true, Instance: { } tuple } element:
                    TupleElement(element, tuple, maskTarget, isText);
                    return;
                case IFieldReferenceOperation field:
                    ReadMember(field.Field, field.Type, field.Syntax, maskTarget, isText);
                    return;
                case IPropertyReferenceOperation property:
                    // A member the classifier knows (IHeaderDictionary.Authorization) is itself the data; any other member of a
                    // collection or builder reads its content.
                    if (!ReadSource(property, maskTarget)
                        && (_state.Classifier.Classify(property.Property) is not null || !ReadFromContainer(property, maskTarget, isText)))
                    {
                        ReadMember(property.Property, property.Type, property.Syntax, maskTarget, isText);
                    }

                    return;
                case ITranslatedQueryOperation query:
                    // from c in customers select c.Cnic: the LINQ calls it stands for.
                    Walk(query.Operation, maskTarget, isText);
                    return;
                case IArrayElementReferenceOperation arrayElement:
                    Walk(arrayElement.ArrayReference, maskTarget ?? arrayElement.Syntax, isText);
                    return;
                case IArrayCreationOperation { Initializer: { } arrayInitializer }:
                    foreach (var element in arrayInitializer.ElementValues)
                    {
                        Walk(element, maskTarget, isText);
                    }

                    return;
                case IAwaitOperation awaited:
                    // `await reader.ReadToEndAsync()`, `await userManager.GetEmailAsync(user)`: the awaited task's value.
                    Walk(awaited.Operation, maskTarget, isText);
                    return;
                case IParameterReferenceOperation parameter:
                    ReadParameter(parameter.Parameter, parameter.Syntax, maskTarget, isText);
                    return;
                case ILocalReferenceOperation local:
                    Local(local, maskTarget, isText);
                    return;
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        if (part is IInterpolationOperation hole)
                        {
                            Walk(hole.Expression, maskTarget, isText: true);
                        }
                        else if (part is IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation { Arguments.Length: > 0 } append }
                            && part.Kind == OperationKind.InterpolatedStringAppendFormatted)
                        {
                            // A handler's AppendFormatted(value, ...): the hole's value is its first argument.
                            Walk(append.Arguments[0].Value, maskTarget, isText: true);
                        }
                    }

                    return;
                case IInterpolatedStringHandlerCreationOperation handler:
                    // `$"..."` passed to an interpolated string handler parameter (ZLogger, Debug.Assert, StringBuilder.Append).
                    Walk(handler.Content, maskTarget, isText: true);
                    return;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concat:
                    Concatenation(concat, maskTarget);
                    return;
                case IConditionalOperation conditional when !IsDerivedFact(conditional.Type):
                    Walk(conditional.WhenTrue, maskTarget, isText);
                    Walk(conditional.WhenFalse, maskTarget, isText);
                    return;
                case ISwitchExpressionOperation switchExpression when !IsDerivedFact(switchExpression.Type):
                    foreach (var arm in switchExpression.Arms)
                    {
                        Walk(arm.Value, maskTarget, isText);
                    }

                    return;
                case IConditionalAccessOperation access:
                    // `customer?.Cnic`: the read is `.Cnic`, which cannot be wrapped alone; the fix wraps the whole access.
                    Walk(access.WhenNotNull, maskTarget ?? access.Syntax, isText);
                    return;
                case IConditionalAccessInstanceOperation receiver:
                    // `ip?.ToString()`: the receiver of the call is the value before `?.`.
                    if (ConditionalReceiver(receiver) is { } value)
                    {
                        Walk(value, maskTarget, isText);
                    }

                    return;
                case ICoalesceOperation coalesce:
                    Walk(coalesce.Value, maskTarget, isText);
                    Walk(coalesce.WhenNull, maskTarget, isText);
                    return;
                case IInvocationOperation invocation:
                    Invocation(invocation, maskTarget, isText);
                    return;
                case IAnonymousObjectCreationOperation anonymous when isText:
                    // `new { c.Cnic }` cannot take a wrapped member without a name, so these hits get no fix.
                    foreach (var initializer in anonymous.Initializers)
                    {
                        if (initializer is ISimpleAssignmentOperation assignment)
                        {
                            WalkUnmaskable(assignment.Value);
                        }
                    }

                    return;
                case IObjectCreationOperation { Type: { } created } creation
                    when _state.FlowTypes.CarriesArguments(created) || _state.FlowTypes.IsContainer(created):
                    // new Uri($"...{cnic}"), new StringContent(json), new List<string> { cnic }: the object is made of its
                    // arguments and of what its initializer puts in it.
                    Created(creation, maskTarget);
                    return;
                case ITupleOperation tuple when isText:
                    foreach (var element in tuple.Elements)
                    {
                        Walk(element, maskTarget, isText);
                    }

                    return;
                default:
                    if (IsCollectionExpression(operation))
                    {
                        // [c.Cnic, ..others] (and what a params span argument becomes): made of its elements.
                        foreach (var element in operation.ChildOperations)
                        {
                            Walk(element, maskTarget, isText);
                        }
                    }
                    else if (isText)
                    {
                        WholeObject(operation.Type);
                    }

                    return;
            }
        }

        /// <summary><c>a + b + c + ...</c> nests to the left, one level per operand: its left spine is followed in a loop, not
        /// by recursion, so thousands of operands cannot exhaust the stack.</summary>
        private void Concatenation(IBinaryOperation concat, SyntaxNode? maskTarget)
        {
            var rights = new Stack<IOperation>();
            IOperation left = concat;
            while (left is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } inner)
            {
                rights.Push(inner.RightOperand);
                left = inner.LeftOperand;
            }

            Walk(left, maskTarget, isText: true);
            while (rights.Count > 0)
            {
                Walk(rights.Pop(), maskTarget, isText: true);
            }
        }

        /// <summary>An object a message-template logger destructures: its public properties are written.</summary>
        public void WalkDestructured(IOperation operation)
        {
            operation = operation.WithoutConversions();
            if (operation is IAnonymousObjectCreationOperation)
            {
                Walk(operation, maskTarget: null, isText: true);
                return;
            }

            var members = _state.Exposure.FindAll(operation.Type, ExposureContract.Destructuring);
            if (!members.IsEmpty)
            {
                Hits.Add(PiiFlowHit.WholeObject(members));
            }
        }

        private void WalkUnmaskable(IOperation value)
        {
            var inner = new PiiFlowWalker(_state, _summarizing, _policy);
            inner.Walk(value, maskTarget: null, isText: true);
            foreach (var hit in inner.Hits)
            {
                Hits.Add(hit.WithMaskTarget(null));
            }

            FlowingParameters.AddRange(inner.FlowingParameters);
        }

        /// <summary>A read of a field or property (<paramref name="type"/> its type where it is read, <paramref name="syntax"/>
        /// the read): PII itself, or, when turned into text, an object whose text form prints PII.</summary>
        internal void ReadMember(ISymbol member, ITypeSymbol? type, SyntaxNode syntax, SyntaxNode? maskTarget, bool isText)
        {
            if (_state.Classifier.Classify(member) is { } classification)
            {
                // Ciphertext, or a member the code only ever sets to a hash or ciphertext: an encrypted value carries what
                // encryption does not protect under this policy only.
                if (_state.Written.HeldProtection(member) is { } held && (held != SanitizerKind.Encryption || _policy.EncryptionProtects(classification.Kind)))
                {
                    if (_recordsProtection)
                    {
                        Protected.Add((new FoundPii(classification, classification.DisplayName), held));
                    }

                    return;
                }

                Hits.Add(PiiFlowHit.Read(classification, classification.DisplayName, maskTarget ?? syntax));
            }
            else if (!_assigning && _state.Assigned.Classify(member) is { } assigned)
            {
                // An untagged member the code assigns PII to elsewhere (`new Callback { Target = order.Msisdn }`).
                Hits.Add(PiiFlowHit.Read(assigned, assigned.DisplayName, maskTarget ?? syntax));
            }
            else if (isText)
            {
                WholeObject(type);
            }
        }

        /// <summary>A read of a parameter: PII itself, a parameter of the helper being summarised (its value flows out), or
        /// an object whose text form prints PII.</summary>
        internal void ReadParameter(IParameterSymbol parameter, SyntaxNode syntax, SyntaxNode? maskTarget, bool isText)
        {
            if (ReadBoundLambdaParameter(parameter, syntax, maskTarget, isText))
            {
                return;
            }

            if (_state.Classifier.Classify(parameter) is { } classification)
            {
                Hits.Add(PiiFlowHit.Read(classification, classification.DisplayName, maskTarget ?? syntax));
                return;
            }

            if (_summarizing is not null
                && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol.OriginalDefinition, _summarizing.Method)
                && !IsDerivedFact(parameter.Type))
            {
                FlowingParameters.Add(parameter.Ordinal);
                return;
            }

            if (isText)
            {
                WholeObject(parameter.Type);
            }
        }

        /// <summary>A read that is a framework source by how it is read (a header by its key, a claim by its type, a
        /// method's return); true when it was one.</summary>
        private bool ReadSource(IOperation read, SyntaxNode? maskTarget)
        {
            if (_state.Sources.KindOfRead(read) is not { } source)
            {
                return false;
            }

            var symbol = read is IInvocationOperation invocation ? (ISymbol)invocation.TargetMethod : ((IPropertyReferenceOperation)read).Property;
            Hits.Add(PiiFlowHit.Read(new PiiClassification(symbol, source.Kind, PiiEvidence.FrameworkSource), source.Display, maskTarget ?? read.Syntax));
            return true;
        }

        private void Local(ILocalReferenceOperation reference, SyntaxNode? maskTarget, bool isText)
        {
            var local = reference.Local;
            if (!_visitingLocals.Add(local))
            {
                return;
            }

            var target = maskTarget ?? reference.Syntax;
            var values = AssignedValues(reference, local);
            if (values.Count == 0)
            {
                // A local the code gives no value the walk can follow (foreach, deconstruction, a pattern, out var): its
                // name is all there is to go on (`foreach (var email in emails)`, `var (token, expires) = Issue()`).
                if (_state.Classifier.Classify(local) is { } named)
                {
                    Hits.Add(PiiFlowHit.Read(named, named.DisplayName, target));
                }
            }

            foreach (var value in values)
            {
                Walk(value, target, isText);
            }

            _visitingLocals.Remove(local);
        }

        /// <summary>The value a <c>?.</c> placeholder stands for: the operand of the conditional access whose right-hand side
        /// holds it (the nearest one, for <c>a?.b?.c</c>).</summary>
        private static IOperation? ConditionalReceiver(IConditionalAccessInstanceOperation receiver)
        {
            for (IOperation child = receiver, parent = receiver.Parent!; parent is not null; child = parent, parent = parent.Parent!)
            {
                if (parent is IConditionalAccessOperation access && access.WhenNotNull == child)
                {
                    return access.Operation;
                }
            }

            return null;
        }

        /// <summary>The PII a sanitizer's arguments carry, kept as protected by it.</summary>
        private void RecordSanitized(IInvocationOperation invocation, SanitizerKind sanitizer)
        {
            var inner = new PiiFlowWalker(_state, _summarizing, _policy, _assigning, recordsProtection: true);
            foreach (var argument in invocation.Arguments)
            {
                inner.Walk(argument.Value, maskTarget: null, isText: true);
            }

            if (invocation.Instance is { } instance)
            {
                inner.Walk(instance, maskTarget: null, isText: true);
            }

            foreach (var hit in inner.Hits)
            {
                foreach (var member in hit.Members)
                {
                    Protected.Add((member, sanitizer));
                }
            }

            Protected.AddRange(inner.Protected);
        }

        private void Invocation(IInvocationOperation invocation, SyntaxNode? maskTarget, bool isText)
        {
            var method = invocation.TargetMethod;
            if (_state.Sanitizers.Classify(method, _state.Options.For(invocation.Syntax.SyntaxTree)) is { } sanitizer)
            {
                if (_recordsProtection)
                {
                    RecordSanitized(invocation, sanitizer);
                }

                if (sanitizer == SanitizerKind.Encryption)
                {
                    KeepWhatEncryptionDoesNotProtect(invocation);
                }

                return;
            }

            if (ReadSource(invocation, maskTarget) || ReadRequestBody(invocation, maskTarget))
            {
                return;
            }

            var target = maskTarget ?? invocation.Syntax;
            if (_state.Classifier.ClassifyReturnValue(method) is { } returned)
            {
                Hits.Add(PiiFlowHit.Read(returned, method.ContainingType.Name + "." + method.Name + "()", target));
                return;
            }

            if (method.ContainingType?.SpecialType == SpecialType.System_String
                && (method.Name == "Format" || method.Name == "Concat" || method.Name == "Join"))
            {
                // Each formatted argument masks itself: string.Format("{0}", Pii.Mask(c.Cnic, ...)).
                foreach (var argument in FormattedArguments(invocation))
                {
                    Walk(argument, maskTarget, isText: true);
                }

                return;
            }

            if (LinqOperator(invocation, maskTarget, isText) || ReadFromContainer(invocation, target, isText))
            {
                return;
            }

            if (!_assigning && _state.Helpers.Get(method, _summarizing) is { } summary)
            {
                foreach (var hit in summary.Hits)
                {
                    Hits.Add(hit.WithMaskTarget(hit.MaskTarget is null ? null : target));
                }

                foreach (var ordinal in summary.FlowingParameters)
                {
                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.Parameter?.Ordinal == ordinal)
                        {
                            Walk(argument.Value, target, isText: true);
                        }
                    }
                }

                return;
            }

            if (method.IsStatic && _state.FlowTypes.CarriesArguments(method.ReturnType))
            {
                // KeyValuePair.Create("cnic", cnic), BinaryData.FromString(json): a factory of an object made of its arguments.
                foreach (var argument in invocation.Arguments)
                {
                    Walk(argument.Value, target, isText: true);
                }

                return;
            }

            if (IsTextType(method.ReturnType))
            {
                // Text made from the data still is the data: cnic.Trim(), card.Substring(12), value.ToString(),
                // Convert.ToString(number). A lookup such as names.GetValueOrDefault(cnic) returns other data.
                if (method.Name == "ToString" || IsTextType(invocation.Instance?.Type) || invocation.Instance?.Type is { SpecialType: not SpecialType.None and not SpecialType.System_Object })
                {
                    Walk(invocation.Instance, target, isText: method.Name == "ToString");
                }

                if (_state.FlowTypes.BuildsTextFromArguments(method))
                {
                    foreach (var argument in invocation.Arguments)
                    {
                        Walk(argument.Value, target, isText: false);
                    }
                }

                return;
            }

            if (isText)
            {
                WholeObject(invocation.Type);
            }
        }

        /// <summary>A request body read as text (<c>new StreamReader(Request.Body).ReadToEndAsync()</c>): what a person or a
        /// partner posted, personal data until the code proves otherwise (a webhook with the payer's name and address).</summary>
        private bool ReadRequestBody(IInvocationOperation invocation, SyntaxNode? maskTarget)
        {
            if (invocation.TargetMethod.Name is not ("ReadToEnd" or "ReadToEndAsync")
                || invocation.TargetMethod.ContainingType?.Name is not ("StreamReader" or "TextReader")
                || !ReadsRequestBody(invocation.Instance))
            {
                return false;
            }

            Hits.Add(PiiFlowHit.Read(new PiiClassification(invocation.TargetMethod, PiiKinds.PersonalData, PiiEvidence.FrameworkSource), "request body", maskTarget ?? invocation.Syntax));
            return true;
        }

        /// <summary>Whether a reader is made over <c>HttpRequest.Body</c>, directly or through a local.</summary>
        private bool ReadsRequestBody(IOperation? reader)
        {
            reader = reader?.WithoutConversions();
            if (reader is ILocalReferenceOperation local)
            {
                foreach (var value in AssignedValues(local, local.Local))
                {
                    if (ReadsRequestBody(value))
                    {
                        return true;
                    }
                }

                return false;
            }

            return reader is IObjectCreationOperation { Arguments.Length: > 0 } creation
                && creation.Arguments[0].Value.WithoutConversions() is IPropertyReferenceOperation { Property.Name: "Body" } body
                && body.Property.ContainingType?.ToDisplayString() == "Microsoft.AspNetCore.Http.HttpRequest";
        }

        /// <summary>Reversible encryption of a password or card data is still that data for storage rules.</summary>
        private void KeepWhatEncryptionDoesNotProtect(IInvocationOperation protect)
        {
            var inner = new PiiFlowWalker(_state, _summarizing, _policy);
            foreach (var argument in protect.Arguments)
            {
                inner.Walk(argument.Value, protect.Syntax, isText: false);
            }

            foreach (var hit in inner.Hits)
            {
                var unprotected = hit.Members.RemoveAll(member => _policy.EncryptionProtects(member.Source.Kind));
                if (!unprotected.IsEmpty)
                {
                    Hits.Add(hit.IsWholeObject ? PiiFlowHit.WholeObject(unprotected) : hit.WithMaskTarget(null));
                }
            }
        }

        /// <summary>A record or anonymous object turned into text prints its members; masking it whole would hide
        /// everything, so these hits get no fix.</summary>
        private void WholeObject(ITypeSymbol? type)
        {
            var members = _state.Exposure.FindAll(type, ExposureContract.TextForm);
            if (!members.IsEmpty)
            {
                Hits.Add(PiiFlowHit.WholeObject(members));
            }
        }

        private static IEnumerable<IOperation> FormattedArguments(IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
                {
                    foreach (var element in initializer.ElementValues)
                    {
                        yield return element;
                    }
                }
                else
                {
                    yield return argument.Value;
                }
            }
        }

        private List<IOperation> AssignedValues(IOperation reference, ILocalSymbol local)
        {
            var root = reference.Root();
            if (_assignments is null || _assignmentsRoot != root)
            {
                _assignmentsRoot = root;
                _assignments = CollectAssignments(root, _state.FlowTypes);
            }

            return _assignments.TryGetValue(local, out var values) ? values : new List<IOperation>();
        }

        /// <summary>What each local of the method is given: initializers, assignments, the elements of a deconstructed tuple
        /// literal, and what calls and indexers put into a local collection or builder (<c>list.Add(x)</c>,
        /// <c>text.Append(a).Append(b)</c>, <c>fields["k"] = x</c>).</summary>
        private static Dictionary<ILocalSymbol, List<IOperation>> CollectAssignments(IOperation root, FlowTypes types)
        {
            var assignments = new Dictionary<ILocalSymbol, List<IOperation>>(SymbolEqualityComparer.Default);
            foreach (var operation in root.Descendants())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                        Add(assignments, declarator.Symbol, initializer.Value);
                        break;
                    case IDeconstructionAssignmentOperation deconstruction:
                        AddDeconstructed(assignments, deconstruction.Target, deconstruction.Value);
                        break;
                    case IAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                        Add(assignments, target.Local, assignment.Value);
                        break;
                    case IAssignmentOperation { Target: IPropertyReferenceOperation { Instance: { } filled } } assignment
                        when FilledLocal(filled, types) is { } local:
                        Add(assignments, local, assignment.Value);
                        break;
                    case IAssignmentOperation { Target: IArrayElementReferenceOperation { ArrayReference: { } array } } assignment
                        when FilledLocal(array, types) is { } local:
                        Add(assignments, local, assignment.Value);
                        break;
                    case IInvocationOperation { Instance: { } filled } call
                        when FlowCatalog.FillingMethods.Contains(call.TargetMethod.Name) && FilledLocal(filled, types) is { } local:
                        foreach (var argument in call.Arguments)
                        {
                            Add(assignments, local, argument.Value);
                        }

                        break;
                }
            }

            return assignments;
        }

        private static void Add(Dictionary<ILocalSymbol, List<IOperation>> assignments, ILocalSymbol local, IOperation value)
        {
            if (!assignments.TryGetValue(local, out var values))
            {
                values = new List<IOperation>(1);
                assignments[local] = values;
            }

            values.Add(value);
        }

        private static bool IsDerivedFact(ITypeSymbol? type)
        {
            return type is not null && (type.SpecialType == SpecialType.System_Boolean || type.TypeKind == TypeKind.Enum);
        }

        private static bool IsTextType(ITypeSymbol? type)
        {
            // Bytes too: Encoding.UTF8.GetBytes(cnic) is the CNIC, and so is its base-64 text.
            return type is not null && (type.SpecialType == SpecialType.System_String
                || type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char or SpecialType.System_Byte });
        }
    }
}
