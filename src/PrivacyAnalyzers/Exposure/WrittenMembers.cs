using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Flow;

namespace PrivacyAnalyzers.Exposure
{
    /// <summary>
    /// Which source members code in the compilation ever writes, for PII2002: a response member that nothing writes carries
    /// nothing (a DTO's <c>AccessToken</c> that the mapping to it never sets). Answers "never written" only when it can be
    /// sure, and "written" otherwise:
    /// <list type="bullet">
    /// <item>only fields and auto-properties declared in this compilation can be never written (a property with a body
    /// computes its value; a member of another project, virtual or overriding members, and positional record members,
    /// which every construction writes, count as written);</item>
    /// <item>written means: the target of an assignment (also in object initializers, <c>with</c> expressions,
    /// deconstruction, compound assignment) or of an <c>out</c>/<c>ref</c> argument, directly or through an interface
    /// member it implements; an initializer that is not a constant or <c>default</c>;</item>
    /// <item>a type that a library fills by reflection counts as written whole, with the types of its members: a type
    /// given explicitly as the type argument of a generic method call (<c>Query&lt;T&gt;</c>, <c>Set&lt;T&gt;</c>,
    /// <c>Deserialize&lt;T&gt;</c>, <c>GetFromJsonAsync&lt;T&gt;</c>, <c>Map&lt;T&gt;</c>, <c>CreateMap&lt;A, B&gt;</c>) or of
    /// <c>DbSet&lt;T&gt;</c>: its values come from a database, another service or a mapper, not from nowhere. A mapper fills
    /// the destination of a map, except the members its configuration ignores (<see cref="MappingConfiguration"/>). Values
    /// that only ASP.NET Core's model binding fills (a form posted to the endpoint) come from the caller, so they do not
    /// count.</item>
    /// </list>
    /// It also answers what the writes store (<see cref="HeldProtection"/>): a member that every write in the compilation
    /// sets to a hash, an encryption, the team's ciphertext or nothing (<c>null</c>, <c>""</c>) holds no readable value,
    /// whatever its name says (Bitwarden's <c>Password = Login.Password</c> from an <c>[EncryptedString]</c> member, a
    /// <c>Password</c> column only ever set to <c>hasher.HashPassword(...)</c>).
    /// The trees are scanned once, by syntax, on the first question; a name is bound only when a member of that name is
    /// asked about, once per name. Everything is compute-once and safe to read from any thread.
    /// </summary>
    internal sealed class WrittenMembers
    {
        private const int FilledDepth = 4;

        // How many writes of one name are bound to see which member they write.
        private const int MaxTargetsBound = 32;

        private readonly Compilation _compilation;
        private readonly SanitizerSet _sanitizers;
        private readonly CiphertextMembers _ciphertext;
        private readonly TreeOptions _options;
        private readonly Lazy<SyntaxIndex> _index;
        private readonly Lazy<HashSet<ITypeSymbol>> _filledTypes;
        private readonly Lazy<HashSet<ITypeSymbol>> _mappedTypes;
        private readonly ComputeOnceCache<string, Dictionary<ISymbol, WriteProtection>> _boundByName;

        // One answer per member: the flow walker asks on every read of a PII member.
        private readonly ComputeOnceCache<ISymbol, SanitizerKind?> _heldProtection;

        public WrittenMembers(Compilation compilation, SanitizerSet sanitizers, CiphertextMembers ciphertext, TreeOptions options)
        {
            _compilation = compilation;
            _sanitizers = sanitizers;
            _ciphertext = ciphertext;
            _options = options;
            _index = new Lazy<SyntaxIndex>(Scan, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            _filledTypes = new Lazy<HashSet<ITypeSymbol>>(() => BindFilledTypes(byMapping: false), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            _mappedTypes = new Lazy<HashSet<ITypeSymbol>>(() => BindFilledTypes(byMapping: true), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            _boundByName = new ComputeOnceCache<string, Dictionary<ISymbol, WriteProtection>>(BindWrites, StringComparer.Ordinal);
            _heldProtection = new ComputeOnceCache<ISymbol, SanitizerKind?>(ComputeHeldProtection, SymbolEqualityComparer.Default);
        }

        /// <summary>What protects the value <paramref name="member"/> holds: encryption when it carries the team's ciphertext
        /// attribute, else what every write stores (<see cref="ProtectionOfWrites"/>); null when it may hold a readable
        /// value. Every rule asks this one question.</summary>
        public SanitizerKind? HeldProtection(ISymbol member)
        {
            if (member is IFieldSymbol { AssociatedSymbol: IPropertySymbol property })
            {
                member = property;
            }

            return member is IFieldSymbol or IPropertySymbol ? _heldProtection.Get(member.OriginalDefinition) : null;
        }

        private SanitizerKind? ComputeHeldProtection(ISymbol member) =>
            _ciphertext.HoldsCiphertext(member) ? SanitizerKind.Encryption : ProtectionOfWrites(member);

        /// <summary>
        /// What every value this compilation writes to <paramref name="member"/> has been through, the weakest of them
        /// (encryption is weaker than a hash or a mask: it can be undone): null unless at least one write stores a protected
        /// value and none stores a readable one. Writes of <c>null</c>, <c>default</c> or <c>""</c> store nothing. Only the
        /// writes this compilation makes are seen: a member of another project is judged by how this one writes it, and a
        /// library that fills the type (a deserializer, an ORM) is taken to read back what the code stored.
        /// </summary>
        /// <remarks><paramref name="member"/>: a field or property, as <see cref="HeldProtection"/> hands it over (the
        /// original definition, a backing field replaced by its property).</remarks>
        private SanitizerKind? ProtectionOfWrites(ISymbol member)
        {
            if (WritesInDeclaration(member))
            {
                return null;
            }

            if (!_index.Value.Writes.TryGetValue(member.Name, out var targets) || targets.Count > MaxTargetsBound)
            {
                return null;
            }

            var protection = WriteProtection.Nothing;
            foreach (var pair in _boundByName.Get(member.Name))
            {
                if (Writes(pair.Key, member))
                {
                    protection = protection.And(pair.Value);
                }
            }

            return protection.Kind;
        }

        /// <summary>True only when <paramref name="member"/> is a field or auto-property of this compilation that no code
        /// writes and no library fills.</summary>
        public bool IsNeverWritten(ISymbol member)
        {
            member = member.OriginalDefinition;
            if (!CanBeNeverWritten(member, out var initializerWrites) || initializerWrites)
            {
                return false;
            }

            if (member.ContainingType is { } type && IsFilled(type, member.Name))
            {
                return false;
            }

            if (!_index.Value.Writes.TryGetValue(member.Name, out var targets))
            {
                return true;
            }

            // A name written in many places is written: binding every one of them would cost more than the whole rule
            // (it grew faster than the code base in the benchmark), and counting the member as written keeps it reported.
            if (targets.Count > MaxTargetsBound)
            {
                return false;
            }

            foreach (var written in _boundByName.Get(member.Name).Keys)
            {
                if (Writes(written, member))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The values plain assignments in this compilation store in <paramref name="member"/> (also in object
        /// initializers), in the order of the trees; empty when the name is written in more places than the bound allows.
        /// Not cached: <see cref="Flow.AssignedMembers"/> keeps its answer per member.</summary>
        public List<IOperation> ValuesWrittenTo(ISymbol member)
        {
            var values = new List<IOperation>();
            member = member.OriginalDefinition;
            if (!_index.Value.Writes.TryGetValue(member.Name, out var targets) || targets.Count > MaxTargetsBound)
            {
                return values;
            }

            SyntaxTree? modelTree = null;
            SemanticModel? model = null;
            foreach (var target in targets)
            {
                if (WrittenValue(target) is not { } value)
                {
                    continue;
                }

                if (target.SyntaxTree != modelTree)
                {
                    modelTree = target.SyntaxTree;
                    model = ModelFor(modelTree);
                }

                if (model!.GetSymbolInfo(target).Symbol is { } symbol && Writes(symbol.OriginalDefinition, member) && model!.GetOperation(value) is { } operation)
                {
                    values.Add(operation);
                }
            }

            return values;
        }

        /// <summary>A write to <paramref name="written"/> writes <paramref name="member"/>: the same member, or the interface
        /// member it implements.</summary>
        private static bool Writes(ISymbol written, ISymbol member) =>
            SymbolEqualityComparer.Default.Equals(written, member)
            || (written.ContainingType is { TypeKind: TypeKind.Interface }
                && SymbolEqualityComparer.Default.Equals(member.ContainingType?.FindImplementationForInterfaceMember(written)?.OriginalDefinition, member));

        /// <summary>A member of this compilation whose declaration writes a value (an initializer) or computes one (a
        /// property with a body): its writes alone do not say what it holds.</summary>
        private bool WritesInDeclaration(ISymbol member)
        {
            if (member.DeclaringSyntaxReferences.Length == 0)
            {
                return false;
            }

            return !CanBeNeverWritten(member, out var initializerWrites) || initializerWrites;
        }

        private bool CanBeNeverWritten(ISymbol member, out bool initializerWrites)
        {
            initializerWrites = false;
            if (member.IsVirtual || member.IsOverride || member.IsAbstract || member.IsImplicitlyDeclared || member.DeclaringSyntaxReferences.Length != 1)
            {
                return false;
            }

            var syntax = member.DeclaringSyntaxReferences[0].GetSyntax();
            if (!_compilation.ContainsSyntaxTree(syntax.SyntaxTree))
            {
                return false;
            }

            switch (member)
            {
                case IFieldSymbol when syntax is VariableDeclaratorSyntax declarator:
                    initializerWrites = WritesSomething(declarator.Initializer);
                    return true;
                case IPropertySymbol when syntax is PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors } property:
                    foreach (var accessor in accessors.Accessors)
                    {
                        if (accessor.Body is not null || accessor.ExpressionBody is not null)
                        {
                            return false;
                        }
                    }

                    initializerWrites = WritesSomething(property.Initializer);
                    return true;
                default:
                    // Positional record parameters, properties with bodies, events: written or computed.
                    return false;
            }
        }

        /// <summary>An initializer other than a constant, <c>default</c>, <c>null!</c>, <c>string.Empty</c> or an empty
        /// <c>new()</c>/collection writes a value.</summary>
        private static bool WritesSomething(EqualsValueClauseSyntax? initializer)
        {
            var value = initializer?.Value;
            while (value is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed)
            {
                value = suppressed.Operand;
            }

            return value switch
            {
                null => false,
                LiteralExpressionSyntax or DefaultExpressionSyntax => false,
                MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Empty" } => false,
                BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 0, Initializer: null } => false,
                CollectionExpressionSyntax { Elements.Count: 0 } => false,
                _ => true,
            };
        }

        /// <summary>A library fills the member: its type is filled (a deserializer, an ORM), or mapped into and the mapping
        /// configuration does not ignore the member.</summary>
        private bool IsFilled(ITypeSymbol type, string member)
        {
            if (_index.Value.TypeArguments.Count == 0)
            {
                return false;
            }

            type = type.OriginalDefinition;
            return _filledTypes.Value.Contains(type)
                || (_mappedTypes.Value.Contains(type) && !_index.Value.IgnoredByMapping.Contains((type.Name, member)));
        }

        /// <summary>One pass over every tree: the names that are written (with where), and the explicit type arguments of
        /// generic method calls and of <c>DbSet&lt;T&gt;</c>.</summary>
        private SyntaxIndex Scan()
        {
            var index = new SyntaxIndex();
            foreach (var tree in _compilation.SyntaxTrees)
            {
                foreach (var node in tree.GetRoot().DescendantNodes())
                {
                    switch (node)
                    {
                        case AssignmentExpressionSyntax assignment:
                            AddTargets(assignment.Left, index);
                            break;
                        case ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.OutKeyword or (int)SyntaxKind.RefKeyword } argument:
                            AddTargets(argument.Expression, index);
                            break;
                        case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression } postfix:
                            AddTargets(postfix.Operand, index);
                            break;
                        case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } prefix:
                            AddTargets(prefix.Operand, index);
                            break;
                        case GenericNameSyntax generic when IsFillingCall(generic):
                            index.TypeArguments.Add(generic);
                            break;
                        case InvocationExpressionSyntax invocation when MappingConfiguration.MayIgnore(invocation):
                            foreach (var ignored in MappingConfiguration.IgnoredMembers(invocation))
                            {
                                index.IgnoredByMapping.Add(ignored);
                            }

                            break;
                    }
                }
            }

            return index;
        }

        /// <summary>A generic method call with explicit type arguments (<c>Query&lt;T&gt;()</c>, <c>db.Set&lt;T&gt;()</c>), or
        /// <c>DbSet&lt;T&gt;</c>.</summary>
        private static bool IsFillingCall(GenericNameSyntax generic)
        {
            if (generic.Identifier.ValueText == "DbSet")
            {
                return true;
            }

            var expression = generic.Parent is MemberAccessExpressionSyntax access && access.Name == generic ? access : (ExpressionSyntax)generic;
            return expression.Parent is InvocationExpressionSyntax invocation && invocation.Expression == expression;
        }

        private static void AddTargets(ExpressionSyntax target, SyntaxIndex index)
        {
            switch (target)
            {
                case IdentifierNameSyntax name:
                    index.Add(name.Identifier.ValueText, name);
                    break;
                case MemberAccessExpressionSyntax access:
                    index.Add(access.Name.Identifier.ValueText, access);
                    break;
                case MemberBindingExpressionSyntax binding:
                    index.Add(binding.Name.Identifier.ValueText, binding);
                    break;
                case ConditionalAccessExpressionSyntax conditional:
                    AddTargets(conditional.WhenNotNull, index);
                    break;
                case TupleExpressionSyntax tuple:
                    foreach (var argument in tuple.Arguments)
                    {
                        AddTargets(argument.Expression, index);
                    }

                    break;
                case ParenthesizedExpressionSyntax parenthesized:
                    AddTargets(parenthesized.Expression, index);
                    break;
            }
        }

#pragma warning disable RS1030 // Binding is limited to the few write targets named like a member being asked about.
        private SemanticModel ModelFor(SyntaxTree tree) => _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030

        /// <summary>What the write targets named <paramref name="name"/> bind to, and what the writes to each store.</summary>
        private Dictionary<ISymbol, WriteProtection> BindWrites(string name)
        {
            var bound = new Dictionary<ISymbol, WriteProtection>(SymbolEqualityComparer.Default);
            if (_index.Value.Writes.TryGetValue(name, out var targets))
            {
                // One semantic model per tree: a model keeps what it has bound, so the writes in one file bind once.
                SyntaxTree? modelTree = null;
                SemanticModel? model = null;
                foreach (var target in targets)
                {
                    if (target.SyntaxTree != modelTree)
                    {
                        modelTree = target.SyntaxTree;
                        model = ModelFor(modelTree);
                    }

                    if (model!.GetSymbolInfo(target).Symbol is { } symbol && symbol is IFieldSymbol or IPropertySymbol)
                    {
                        var key = symbol.OriginalDefinition;
                        var stored = WrittenValue(target) is { } value ? ProtectionOf(model!.GetOperation(value), key) : WriteProtection.Readable;
                        bound[key] = bound.TryGetValue(key, out var before) ? before.And(stored) : stored;
                    }
                }
            }

            return bound;
        }

        /// <summary>The value a plain assignment stores (<c>x.Password = value</c>, also in an object initializer); null for
        /// compound assignments, deconstruction, <c>out</c>/<c>ref</c> arguments and increments.</summary>
        private static ExpressionSyntax? WrittenValue(ExpressionSyntax target)
        {
            if (target.Parent is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment || assignment.Left != target)
            {
                return null;
            }

            // `null!` has no operation of its own: the value is what it suppresses the warning on.
            var value = assignment.Right;
            while (value is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed)
            {
                value = suppressed.Operand;
            }

            return value;
        }

        private static SanitizerKind? NamedProtection(IOperation read) => read switch
        {
            ILocalReferenceOperation local => PiiNameMatcher.ProtectionNamed(local.Local.Name),
            IParameterReferenceOperation parameter => PiiNameMatcher.ProtectionNamed(parameter.Parameter.Name),
            IMemberReferenceOperation member => PiiNameMatcher.ProtectionNamed(member.Member.Name),
            _ => null,
        };

        /// <summary>What a value written to <paramref name="target"/> has been through.</summary>
        private WriteProtection ProtectionOf(IOperation? value, ISymbol target)
        {
            value = value?.WithoutConversions();
            switch (value)
            {
                case null:
                    return WriteProtection.Readable;
                case { ConstantValue: { HasValue: true, Value: null or "" } }:
                case IDefaultValueOperation:
                    return WriteProtection.Nothing;
                case IConditionalOperation conditional:
                    return ProtectionOf(conditional.WhenTrue, target).And(ProtectionOf(conditional.WhenFalse, target));
                case ICoalesceOperation coalesce:
                    return ProtectionOf(coalesce.Value, target).And(ProtectionOf(coalesce.WhenNull, target));
                case IConditionalAccessOperation access:
                    return ProtectionOf(access.WhenNotNull, target);
                case IMemberReferenceOperation copy when SymbolEqualityComparer.Default.Equals(copy.Member.OriginalDefinition, target):
                    // Another instance's value of the same member (a clone, a restore): it brings nothing the other writes
                    // do not.
                    return WriteProtection.Nothing;
                case IPropertyReferenceOperation property when _ciphertext.HoldsCiphertext(property.Property):
                case IFieldReferenceOperation field when _ciphertext.HoldsCiphertext(field.Field):
                    return WriteProtection.Protected(SanitizerKind.Encryption);
                case ILocalReferenceOperation or IParameterReferenceOperation or IMemberReferenceOperation when NamedProtection(value) is { } named:
                    // A value whose own name says it is protected (passwordHash, encryptedKey): the words for which a
                    // PasswordHash member is not PII.
                    return WriteProtection.Protected(named);
                case IInvocationOperation call:
                    if (_sanitizers.Classify(call.TargetMethod, _options.For(call.Syntax.SyntaxTree)) is { } kind)
                    {
                        return WriteProtection.Protected(kind);
                    }

                    // The text or base-64 form of a protected value (hash.ToString(), Convert.ToBase64String(hash)) is as
                    // protected as the value.
                    if (call.TargetMethod.Name == nameof(ToString) && call.Instance is { } instance && ProtectionOf(instance, target).Kind is { } ofText)
                    {
                        return WriteProtection.Protected(ofText);
                    }

                    if (call.TargetMethod.ContainingType is { Name: nameof(Convert), ContainingNamespace: { Name: nameof(System), ContainingNamespace.IsGlobalNamespace: true } }
                        && call.Arguments.Length > 0 && ProtectionOf(call.Arguments[0].Value, target).Kind is { } converted)
                    {
                        return WriteProtection.Protected(converted);
                    }

                    return WriteProtection.Readable;
                default:
                    return WriteProtection.Readable;
            }
        }

        /// <summary>The types libraries fill, and the types of their members (what an ORM or deserializer fills with them):
        /// those that mapping calls fill (<paramref name="byMapping"/>, where the configuration can ignore members), or those
        /// that other generic calls fill.</summary>
        private HashSet<ITypeSymbol> BindFilledTypes(bool byMapping)
        {
            var filled = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            var pending = new Queue<(ITypeSymbol Type, int Depth)>();
            // The type arguments are found by name among the compilation's declared types, not bound: binding them would
            // bind every method that calls a generic method. Only source types can be "never written", and a name shared
            // by two types only makes both count as filled (they keep being reported), never the other way round.
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var generic in _index.Value.TypeArguments)
            {
                if (MappingConfiguration.IsMappingCall(generic) != byMapping)
                {
                    continue;
                }

                foreach (var argument in byMapping ? MappingConfiguration.FilledTypeArguments(generic) : generic.TypeArgumentList.Arguments)
                {
                    AddTypeNames(argument, names);
                }
            }

            if (names.Count == 0)
            {
                return new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            }

            // One pass over the declared names: a lookup per name walks the declarations each time, which grew with the
            // square of the code base.
            foreach (var symbol in _compilation.GetSymbolsWithName(names.Contains, SymbolFilter.Type))
            {
                if (symbol is ITypeSymbol type)
                {
                    pending.Enqueue((type, 0));
                }
            }

            while (pending.Count > 0)
            {
                var (type, depth) = pending.Dequeue();
                if (type is IArrayTypeSymbol array)
                {
                    pending.Enqueue((array.ElementType, depth));
                    continue;
                }

                if (type is INamedTypeSymbol { IsGenericType: true } named && ExposureWalker.IsFrameworkType(named))
                {
                    foreach (var argument in named.TypeArguments)
                    {
                        pending.Enqueue((argument, depth));
                    }

                    continue;
                }

                if (type.SpecialType != SpecialType.None || ExposureWalker.IsFrameworkType(type) || depth > FilledDepth || !filled.Add(type.OriginalDefinition))
                {
                    continue;
                }

                if (type.BaseType is { } baseType)
                {
                    pending.Enqueue((baseType, depth));
                }

                foreach (var member in type.GetMembers())
                {
                    var memberType = member switch
                    {
                        IPropertySymbol property => property.Type,
                        IFieldSymbol field => field.Type,
                        _ => null,
                    };
                    if (memberType is not null && !member.IsStatic)
                    {
                        pending.Enqueue((memberType, depth + 1));
                    }
                }
            }

            return filled;
        }

        /// <summary>The simple names a type argument mentions: <c>List&lt;Shop.Customer[]&gt;</c> gives List and Customer.</summary>
        private static void AddTypeNames(TypeSyntax type, HashSet<string> names)
        {
            switch (type)
            {
                case GenericNameSyntax generic:
                    names.Add(generic.Identifier.ValueText);
                    foreach (var argument in generic.TypeArgumentList.Arguments)
                    {
                        AddTypeNames(argument, names);
                    }

                    break;
                case IdentifierNameSyntax identifier:
                    names.Add(identifier.Identifier.ValueText);
                    break;
                case QualifiedNameSyntax qualified:
                    AddTypeNames(qualified.Right, names);
                    break;
                case AliasQualifiedNameSyntax alias:
                    AddTypeNames(alias.Name, names);
                    break;
                case ArrayTypeSyntax array:
                    AddTypeNames(array.ElementType, names);
                    break;
                case NullableTypeSyntax nullable:
                    AddTypeNames(nullable.ElementType, names);
                    break;
                case TupleTypeSyntax tuple:
                    foreach (var element in tuple.Elements)
                    {
                        AddTypeNames(element.Type, names);
                    }

                    break;
            }
        }

        /// <summary>What the writes to a member store, combined over every write: nothing yet, protected by the weakest
        /// sanitizer seen, or readable (one readable write is enough).</summary>
        private readonly struct WriteProtection
        {
            private WriteProtection(bool readable, SanitizerKind? kind)
            {
                IsReadable = readable;
                Kind = kind;
            }

            public static WriteProtection Nothing => default;

            public static WriteProtection Readable => new WriteProtection(readable: true, kind: null);

            public bool IsReadable { get; }

            /// <summary>The weakest protection of the writes; null when a write is readable or none is protected.</summary>
            public SanitizerKind? Kind { get; }

            public static WriteProtection Protected(SanitizerKind kind) => new WriteProtection(readable: false, kind);

            public WriteProtection And(WriteProtection other)
            {
                if (IsReadable || other.IsReadable)
                {
                    return Readable;
                }

                if (Kind is not { } mine)
                {
                    return other;
                }

                return other.Kind is { } theirs && Strength(theirs) < Strength(mine) ? other : this;
            }

            // Encryption can be undone by whoever holds the key; a hash or a mask cannot.
            private static int Strength(SanitizerKind kind) => kind == SanitizerKind.Encryption ? 0 : 1;
        }

        private sealed class SyntaxIndex
        {
            public Dictionary<string, List<ExpressionSyntax>> Writes { get; } = new Dictionary<string, List<ExpressionSyntax>>(StringComparer.Ordinal);

            public List<GenericNameSyntax> TypeArguments { get; } = new List<GenericNameSyntax>();

            /// <summary>Destination members a mapping configuration ignores, by type name and member name.</summary>
            public HashSet<(string Type, string Member)> IgnoredByMapping { get; } = new HashSet<(string, string)>();

            public void Add(string name, ExpressionSyntax target)
            {
                if (!Writes.TryGetValue(name, out var list))
                {
                    Writes[name] = list = new List<ExpressionSyntax>();
                }

                list.Add(target);
            }
        }
    }
}
