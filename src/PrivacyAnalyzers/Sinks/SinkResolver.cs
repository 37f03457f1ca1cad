using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Engine;

namespace PrivacyAnalyzers.Sinks
{
    /// <summary>
    /// The sink catalog resolved against one compilation. Rows whose types the compilation does not reference are dropped,
    /// so a project without Serilog pays nothing for Serilog. Which rows a called method, constructor or property setter
    /// matches is worked out once per member for every rule (<see cref="RowsFor"/>); a rule's callback is then a lookup,
    /// and only a call that matches one of its families is looked at further (<see cref="CallFor"/>).
    /// </summary>
    internal sealed class SinkResolver
    {
        // Method, constructor and setter rows by the type they name.
        private readonly Dictionary<INamedTypeSymbol, List<SinkRow>> _rowsByType = new Dictionary<INamedTypeSymbol, List<SinkRow>>(SymbolEqualityComparer.Default);
        private readonly List<(INamedTypeSymbol Attribute, SinkRow Row)> _attributeRows = new List<(INamedTypeSymbol, SinkRow)>();
        private readonly List<(INamedTypeSymbol FirstArgument, SinkRow Row)> _delegateRows = new List<(INamedTypeSymbol, SinkRow)>();
        private readonly HashSet<string> _memberNames = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<INamedTypeSymbol> _nonDataTypes = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        private readonly ComputeOnceCache<ISymbol, ImmutableArray<SinkRow>> _rowsFor;
        private readonly Compilation _compilation;
        private readonly INamedTypeSymbol? _exception;
        private readonly INamedTypeSymbol? _console;
        private readonly INamedTypeSymbol? _streamWriter;
        private readonly INamedTypeSymbol? _cryptoStream;
        private readonly INamedTypeSymbol? _supportsProperties;
        private readonly bool _hasConstructorRows;
        private readonly bool _hasIndexerRows;
        private readonly bool _usesAzureOpenAI;
        private readonly SinkFamily[] _familiesByMember = new SinkFamily[System.Enum.GetValues(typeof(SinkMember)).Length];

        public SinkResolver(Compilation compilation)
        {
            _compilation = compilation;
            foreach (var row in SinkCatalog.Rows)
            {
                if (compilation.GetTypeByMetadataName(row.Type) is not { } type)
                {
                    continue;
                }

                Families |= row.Families;
                _familiesByMember[(int)row.Member] |= row.Families;
                switch (row.Member)
                {
                    case SinkMember.AttributedMethod:
                        _attributeRows.Add((type, row));
                        break;
                    case SinkMember.DelegateFirstArgument:
                        _delegateRows.Add((type, row));
                        break;
                    default:
                        if (!_rowsByType.TryGetValue(type, out var rows))
                        {
                            _rowsByType[type] = rows = new List<SinkRow>();
                        }

                        rows.Add(row);
                        _memberNames.UnionWith(row.Names);
                        _hasConstructorRows |= row.Member == SinkMember.Constructor;
                        _hasIndexerRows |= row.Member == SinkMember.IndexerSetter;
                        HasAnySetterRows |= row.Member == SinkMember.PropertySetter && row.Names.IsEmpty;
                        break;
                }
            }

            foreach (var name in SinkCatalog.NonDataParameterTypes)
            {
                if (compilation.GetTypeByMetadataName(name) is { } type)
                {
                    _nonDataTypes.Add(type);
                }
            }

            _exception = compilation.GetTypeByMetadataName("System.Exception");
            _console = compilation.GetTypeByMetadataName("System.Console");
            _streamWriter = compilation.GetTypeByMetadataName("System.IO.StreamWriter");
            _cryptoStream = compilation.GetTypeByMetadataName("System.Security.Cryptography.CryptoStream");
            _supportsProperties = compilation.GetTypeByMetadataName("Microsoft.ApplicationInsights.DataContracts.ISupportProperties");
            _usesAzureOpenAI = compilation.GetTypeByMetadataName("Azure.AI.OpenAI.AzureOpenAIClient") is not null;
            _rowsFor = new ComputeOnceCache<ISymbol, ImmutableArray<SinkRow>>(Resolve, SymbolEqualityComparer.Default);
        }

        /// <summary>Whether some method or setter row of this compilation has this name: a cheap test, from syntax, of whether
        /// a call can be a sink.</summary>
        public bool IsSinkMemberName(string name) => _memberNames.Contains(name);

        /// <summary>Whether some row of this compilation takes any property of its type (an SDK's request options): then every
        /// assigned property can be a sink, whatever its name.</summary>
        public bool HasAnySetterRows { get; }

        /// <summary>Every family some referenced API of this compilation goes to: a rule whose families are absent registers nothing.</summary>
        public SinkFamily Families { get; }

        /// <summary>The families of the rows of each member shape, so a rule asks the driver only for the operations that
        /// can reach its families (no assignment callback for a rule that no setter row feeds).</summary>
        public SinkFamily FamiliesOf(SinkMember member) => _familiesByMember[(int)member];

        /// <summary>The rows a called method or constructor, or an assigned property, matches (empty for most). Members no
        /// row can match (a name no row has; not a constructor, delegate or partial method) are turned away before the cache,
        /// which then holds only the few members worth remembering.</summary>
        public ImmutableArray<SinkRow> RowsFor(ISymbol member)
        {
            switch (member)
            {
                case IMethodSymbol { MethodKind: MethodKind.Constructor }:
                    return _hasConstructorRows ? _rowsFor.Get(member.OriginalDefinition) : ImmutableArray<SinkRow>.Empty;
                case IMethodSymbol { MethodKind: MethodKind.DelegateInvoke }:
                    // Invoke keeps its type arguments: they say whose delegate it is.
                    return _delegateRows.Count > 0 ? _rowsFor.Get(member) : ImmutableArray<SinkRow>.Empty;
                case IMethodSymbol method:
                    // [LoggerMessage] methods are partial methods of this compilation.
                    return _memberNames.Contains(method.Name) || (_attributeRows.Count > 0 && (method.IsPartialDefinition || method.PartialDefinitionPart is not null))
                        ? _rowsFor.Get(member.OriginalDefinition)
                        : ImmutableArray<SinkRow>.Empty;
                case IPropertySymbol property:
                    return (property.IsIndexer ? _hasIndexerRows : HasAnySetterRows || _memberNames.Contains(property.Name))
                        ? _rowsFor.Get(member.OriginalDefinition)
                        : ImmutableArray<SinkRow>.Empty;
                default:
                    return ImmutableArray<SinkRow>.Empty;
            }
        }

        /// <summary>The sink calls <paramref name="operation"/> (an invocation, an object creation or an assignment of
        /// <paramref name="member"/>) makes through rows of <paramref name="families"/>; empty, without allocating, for the
        /// many members no row matches.</summary>
        public IReadOnlyList<SinkCall> CallsAt(IOperation operation, ISymbol member, SinkFamily families)
        {
            var rows = RowsFor(member);
            List<SinkCall>? calls = null;
            foreach (var row in rows)
            {
                if ((row.Families & families) != 0 && CallFor(row, operation) is { } call)
                {
                    (calls ??= new List<SinkCall>()).Add(call);
                }
            }

            return (IReadOnlyList<SinkCall>?)calls ?? System.Array.Empty<SinkCall>();
        }

        /// <summary>The call of <paramref name="row"/> at <paramref name="operation"/> (an invocation, an object creation or an
        /// assignment), with the arguments that reach it; null when the row's condition does not hold there.</summary>
        public SinkCall? CallFor(SinkRow row, IOperation operation)
        {
            switch (operation)
            {
                case IInvocationOperation invocation:
                    var display = Display(row, invocation);
                    return display is null ? null : Build(row, operation, display, invocation.Arguments);
                case IObjectCreationOperation { Type: INamedTypeSymbol created } creation:
                    return Build(row, operation, ConstructorDisplay(row, created), creation.Arguments);
                case IAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } property } target } assignment:
                    if ((row.Condition == SinkCondition.ReceiverIsExceptionData && !IsExceptionData(target.Instance))
                        || (row.Condition == SinkCondition.ReceiverIsTelemetryProperties && !IsTelemetryProperties(target.Instance)))
                    {
                        return null;
                    }

                    return new SinkCall(row, operation, SetterDisplay(property, target),
                        new List<SinkArgument> { new SinkArgument(assignment.Value, destructured: false, row.Family) }, isPlainHttp: false, SdkOf(row));
                default:
                    return null;
            }
        }

        /// <summary>The SDK a row's service is reached through here. Azure OpenAI is used through the OpenAI library's own
        /// types (<c>AzureOpenAIClient.GetChatClient</c> returns an OpenAI <c>ChatClient</c>), so a project that references
        /// Azure.AI.OpenAI sends its OpenAI calls to Azure OpenAI.</summary>
        private string? SdkOf(SinkRow row) => row.Sdk == "OpenAI" && _usesAzureOpenAI ? "AzureOpenAI" : row.Sdk;

        /// <summary>A logging method the team listed in <c>privacy_analyzers.log_sinks</c>: every formattable argument.</summary>
        public SinkCall? TeamLogSink(IInvocationOperation invocation, ICollection<string> listed)
        {
            var method = invocation.TargetMethod;
            return listed.Count > 0 && method.ContainingType is { } type && listed.Contains(type.ToDisplayString() + "." + method.Name)
                ? Build(TeamLogSinkRow, invocation, type.Name + "." + method.Name, invocation.Arguments)
                : null;
        }

        private static readonly SinkRow TeamLogSinkRow = SinkRow.Formatted("(privacy_analyzers.log_sinks)", SinkFamily.Log);

        private ImmutableArray<SinkRow> Resolve(ISymbol member)
        {
            var found = ImmutableArray.CreateBuilder<SinkRow>();
            switch (member)
            {
                case IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType: { } type }:
                    if (_hasConstructorRows)
                    {
                        AddRows(type, SinkMember.Constructor, name: null, found);
                    }

                    break;
                case IMethodSymbol { MethodKind: MethodKind.DelegateInvoke, ContainingType: { } delegateType }:
                    foreach (var (firstArgument, row) in _delegateRows)
                    {
                        if (delegateType is { Name: "Action", TypeArguments.Length: > 1, ContainingNamespace.Name: "System" }
                            && SymbolEqualityComparer.Default.Equals(delegateType.TypeArguments[0], firstArgument))
                        {
                            found.Add(row);
                        }
                    }

                    break;
                case IMethodSymbol method:
                    if (_memberNames.Contains(method.Name))
                    {
                        // An override counts as the method it overrides (DataContractJsonSerializer.WriteObject).
                        for (var declared = method; declared is not null; declared = declared.OverriddenMethod)
                        {
                            AddRows(declared.ContainingType, SinkMember.Method, method.Name, found);
                        }
                    }

                    if (_attributeRows.Count > 0 && SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _compilation.Assembly))
                    {
                        foreach (var attribute in method.GetAttributes())
                        {
                            foreach (var (attributeType, row) in _attributeRows)
                            {
                                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
                                {
                                    found.Add(row);
                                }
                            }
                        }
                    }

                    break;
                case IPropertySymbol property:
                    for (var declared = property; declared is not null; declared = declared.OverriddenProperty)
                    {
                        AddRows(declared.ContainingType, property.IsIndexer ? SinkMember.IndexerSetter : SinkMember.PropertySetter, property.IsIndexer ? null : property.Name, found);
                    }

                    break;
            }

            return found.Count == 0 ? ImmutableArray<SinkRow>.Empty : found.ToImmutable();
        }

        /// <summary>Rows for <paramref name="type"/> itself, and rows of its base types and interfaces that cover derived types.</summary>
        private void AddRows(INamedTypeSymbol type, SinkMember member, string? name, ImmutableArray<SinkRow>.Builder found)
        {
            var original = type.OriginalDefinition;
            for (var current = original; current is not null; current = current.BaseType?.OriginalDefinition)
            {
                AddRowsOf(current, exact: SymbolEqualityComparer.Default.Equals(current, original), member, name, found);
            }

            foreach (var implemented in original.AllInterfaces)
            {
                AddRowsOf(implemented.OriginalDefinition, exact: false, member, name, found);
            }
        }

        private void AddRowsOf(INamedTypeSymbol type, bool exact, SinkMember member, string? name, ImmutableArray<SinkRow>.Builder found)
        {
            if (!_rowsByType.TryGetValue(type, out var rows))
            {
                return;
            }

            foreach (var row in rows)
            {
                if (row.Member == member && (exact || row.IncludesDerivedTypes) && (name is null || row.Names.IsEmpty || row.Names.Contains(name)) && !HasLike(found, row))
                {
                    found.Add(row);
                }
            }
        }

        private static bool HasLike(ImmutableArray<SinkRow>.Builder found, SinkRow row)
        {
            foreach (var other in found)
            {
                if (other == row || other.SendsLike(row))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>How messages name the call; null when the row's condition does not hold for this call.</summary>
        private string? Display(SinkRow row, IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            switch (row.Member)
            {
                case SinkMember.Constructor:
                    // `: base(message)` in a constructor of the type's own.
                    return ConstructorDisplay(row, method.ContainingType);
                case SinkMember.AttributedMethod:
                    var attribute = row.Type.Substring(row.Type.LastIndexOf('.') + 1);
                    return "[" + (attribute.EndsWith("Attribute", StringComparison.Ordinal) ? attribute.Substring(0, attribute.Length - "Attribute".Length) : attribute) + "] " + method.Name;
                case SinkMember.DelegateFirstArgument:
                    return row.Type == KnownTypeNames.MicrosoftLogger ? "LoggerMessage.Define delegate" : "delegate of " + method.ContainingType.Name;
            }

            switch (row.Condition)
            {
                case SinkCondition.ReceiverIsConsoleOutOrError:
                    return invocation.Instance is IPropertyReferenceOperation { Property: { Name: "Out" or "Error" } property }
                        && SymbolEqualityComparer.Default.Equals(property.ContainingType, _console)
                        ? "Console." + property.Name + "." + method.Name
                        : null;
                case SinkCondition.ReceiverIsPlainStreamWriter:
                    return invocation.Instance?.Type is INamedTypeSymbol writer && writer.InheritsFromOrEquals(_streamWriter) && !WritesThroughCryptoStream(invocation.Instance)
                        ? "StreamWriter." + method.Name
                        : null;
                case SinkCondition.ReceiverIsExceptionData:
                    return IsExceptionData(invocation.Instance) ? "Exception.Data." + method.Name : null;
                case SinkCondition.ReceiverIsTelemetryProperties:
                    return IsTelemetryProperties(invocation.Instance) ? invocation.Instance!.Syntax + "." + method.Name : null;
            }

            // Extension calls read as `ILogger.LogInformation`, not `LoggerExtensions.LogInformation`.
            var owner = method.IsExtensionMethod && method.Parameters.Length > 0 ? method.Parameters[0].Type : method.ContainingType;
            return OwnerName(owner) + "." + method.Name;
        }

        /// <summary>A type as a sink's name shows it. Logging libraries share the names `ILogger`, `Logger` and `Log`, so
        /// those of other libraries than Microsoft's carry their library's name: `Serilog.ILogger.Warning`,
        /// `NLog.Logger.Info`, against Microsoft's `ILogger.LogWarning`.</summary>
        private static string OwnerName(ITypeSymbol type)
        {
            if (type.Name is not ("ILogger" or "Logger" or "Log" or "ILoggerBase"))
            {
                return type.Name;
            }

            var root = type.ContainingNamespace;
            while (root?.ContainingNamespace is { IsGlobalNamespace: false } outer)
            {
                root = outer;
            }

            return root is null || root.IsGlobalNamespace || root.Name == "Microsoft" ? type.Name : root.Name + "." + type.Name;
        }

        /// <summary><c>ex.Data</c>: the <c>Data</c> dictionary of an exception.</summary>
        private bool IsExceptionData(IOperation? receiver) =>
            receiver?.WithoutConversions() is IPropertyReferenceOperation { Property: { Name: "Data" } data }
            && data.ContainingType is { } type && type.InheritsFromOrEquals(_exception);

        /// <summary><c>telemetry.Properties</c> of an Application Insights item, or <c>Context.GlobalProperties</c>.</summary>
        private bool IsTelemetryProperties(IOperation? receiver) =>
            receiver?.WithoutConversions() is IPropertyReferenceOperation { Property: { } properties }
            && ((properties.Name == "Properties" && properties.ContainingType is { } item
                    && (SymbolEqualityComparer.Default.Equals(item, _supportsProperties)
                        || System.Linq.Enumerable.Any(item.AllInterfaces, i => SymbolEqualityComparer.Default.Equals(i, _supportsProperties))))
                || (properties.Name == "GlobalProperties" && properties.ContainingType?.Name == "TelemetryContext"));

        /// <summary><c>SqliteParameter.Value</c>; an indexer by what it indexes, <c>ThreadContext.Properties[...]</c> (the type,
        /// when the receiver is not a plain name or member access).</summary>
        private static string SetterDisplay(IPropertySymbol property, IPropertyReferenceOperation target)
        {
            if (!property.IsIndexer)
            {
                return property.ContainingType.Name + "." + property.Name;
            }

            var receiver = target.Instance?.Syntax;
            return (receiver is Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax
                ? receiver.ToString()
                : property.ContainingType.Name) + "[...]";
        }

        private static string ConstructorDisplay(SinkRow row, INamedTypeSymbol type) =>
            (row.Families & SinkFamily.ExceptionMessage) != 0 ? type.Name : "new " + type.Name;

        private SinkCall Build(SinkRow row, IOperation operation, string display, ImmutableArray<IArgumentOperation> arguments)
        {
            var values = row.Parameters.IsEmpty ? Formatted(row, arguments) : Named(row, arguments);
            var isPlainHttp = false;
            foreach (var value in values)
            {
                isPlainHttp |= value.Family == SinkFamily.HttpUrl && HttpAddress.IsPlainHttp(value.Value);
            }

            return new SinkCall(row, operation, display, values, isPlainHttp, SdkOf(row));
        }

        /// <summary>Only the row's parameters are sinks, each into its family.</summary>
        private static List<SinkArgument> Named(SinkRow row, ImmutableArray<IArgumentOperation> arguments)
        {
            var values = new List<SinkArgument>();
            foreach (var argument in arguments)
            {
                if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                foreach (var sink in row.Parameters)
                {
                    if (sink.Name == parameter.Name)
                    {
                        values.Add(new SinkArgument(argument.Value, sink.Destructures, sink.Family));
                    }
                }
            }

            return values;
        }

        /// <summary>Every argument that can carry text: the message template, and each value (with whether its hole asks
        /// for destructuring, <c>{@Customer}</c>, or Serilog's <c>destructureObjects: true</c> asks for all).</summary>
        private List<SinkArgument> Formatted(SinkRow row, ImmutableArray<IArgumentOperation> arguments)
        {
            var values = new List<SinkArgument>();
            var templateArguments = new List<IOperation>();
            string? template = null;
            var destructureAll = false;
            foreach (var argument in arguments)
            {
                var parameter = argument.Parameter;
                if (parameter is null || argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                if (parameter.Type.SpecialType == SpecialType.System_Boolean)
                {
                    destructureAll |= parameter.Name == "destructureObjects" && argument.Value.ConstantValue is { HasValue: true, Value: true };
                    continue;
                }

                if (IsNonData(parameter.Type))
                {
                    continue;
                }

                if (template is null && IsTemplateParameter(parameter) && argument.Value.ConstantValue is { HasValue: true, Value: string text })
                {
                    template = text;
                    values.Add(new SinkArgument(argument.Value, destructured: false, row.Family));
                    continue;
                }

                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
                {
                    templateArguments.AddRange(initializer.ElementValues);
                }
                else
                {
                    templateArguments.Add(argument.Value);
                }
            }

            var holes = row.TemplatesDestructure && template is not null ? MessageTemplateHoles.Destructuring(template) : null;
            for (var i = 0; i < templateArguments.Count; i++)
            {
                var destructured = destructureAll || (holes is not null && i < holes.Count && holes[i]);
                values.Add(new SinkArgument(templateArguments[i], destructured, row.Family));
            }

            return values;
        }

        private static bool IsTemplateParameter(IParameterSymbol parameter) =>
            parameter.Type.SpecialType == SpecialType.System_String
            && (parameter.Name == "messageTemplate" || parameter.Name == "message" || parameter.Name == "format");

        /// <summary>Parameters that cannot carry the data: enums (levels), delegates, exceptions, and the catalog's non-data types.</summary>
        private bool IsNonData(ITypeSymbol type) =>
            type.TypeKind == TypeKind.Enum || type.TypeKind == TypeKind.Delegate
            || (type is INamedTypeSymbol named && named.InheritsFromOrEquals(_exception))
            || (type.OriginalDefinition is INamedTypeSymbol definition && _nonDataTypes.Contains(definition));

        /// <summary>A writer built in the same method over a CryptoStream writes ciphertext.</summary>
        private bool WritesThroughCryptoStream(IOperation writer)
        {
            if (_cryptoStream is null || writer is not ILocalReferenceOperation local)
            {
                return false;
            }

            if (local.InitialValue()?.WithoutConversions() is IObjectCreationOperation creation)
            {
                foreach (var argument in creation.Arguments)
                {
                    if (argument.Value.WithoutConversions().Type is INamedTypeSymbol stream && stream.InheritsFromOrEquals(_cryptoStream))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
