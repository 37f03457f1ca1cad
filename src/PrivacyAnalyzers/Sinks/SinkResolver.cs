using PrivacyAnalyzers.Catalog;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Classification;

namespace PrivacyAnalyzers.Sinks
{
    /// <summary>
    /// Resolves the sink tables against one compilation and recognises sink calls. Types that the compilation does not
    /// reference are simply absent, so a project without Serilog pays nothing for Serilog.
    /// </summary>
    internal sealed class SinkResolver
    {
        private readonly Dictionary<INamedTypeSymbol, SinkDefinition> _definitions =
            new Dictionary<INamedTypeSymbol, SinkDefinition>(SymbolEqualityComparer.Default);

        private readonly INamedTypeSymbol? _exception;
        private readonly INamedTypeSymbol? _formatProvider;
        private readonly INamedTypeSymbol? _systemType;
        private readonly INamedTypeSymbol? _eventId;
        private readonly INamedTypeSymbol? _cancellationToken;
        private readonly INamedTypeSymbol? _microsoftLogger;
        private readonly INamedTypeSymbol? _nlogLevel;
        private readonly INamedTypeSymbol? _loggerMessageAttribute;
        private readonly INamedTypeSymbol? _console;
        private readonly INamedTypeSymbol? _textWriter;

        public SinkResolver(Compilation compilation)
        {
            foreach (var definition in LoggingSinkTable.Definitions.AddRange(StorageSinkTable.Definitions))
            {
                var type = compilation.GetTypeByMetadataName(definition.TypeMetadataName);
                if (type is not null)
                {
                    _definitions[type] = definition;
                }
            }

            _exception = compilation.GetTypeByMetadataName("System.Exception");
            _formatProvider = compilation.GetTypeByMetadataName("System.IFormatProvider");
            _systemType = compilation.GetTypeByMetadataName("System.Type");
            _eventId = compilation.GetTypeByMetadataName(KnownTypeNames.EventId);
            _cancellationToken = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
            _microsoftLogger = compilation.GetTypeByMetadataName(KnownTypeNames.MicrosoftLogger);
            _nlogLevel = compilation.GetTypeByMetadataName("NLog.LogLevel");
            _loggerMessageAttribute = compilation.GetTypeByMetadataName(KnownTypeNames.LoggerMessageAttribute);
            _console = compilation.GetTypeByMetadataName("System.Console");
            _textWriter = compilation.GetTypeByMetadataName("System.IO.TextWriter");
            _dbParameter = compilation.GetTypeByMetadataName("System.Data.Common.DbParameter");
            _dataParameter = compilation.GetTypeByMetadataName("System.Data.IDataParameter");
            _dbParameterCollection = compilation.GetTypeByMetadataName("System.Data.Common.DbParameterCollection");
            _dbCommand = compilation.GetTypeByMetadataName("System.Data.Common.DbCommand");
            _command = compilation.GetTypeByMetadataName("System.Data.IDbCommand");
            _streamWriter = compilation.GetTypeByMetadataName("System.IO.StreamWriter");
            _cryptoStream = compilation.GetTypeByMetadataName("System.Security.Cryptography.CryptoStream");
            _httpClient = compilation.GetTypeByMetadataName("System.Net.Http.HttpClient");
            _httpClientJson = compilation.GetTypeByMetadataName("System.Net.Http.Json.HttpClientJsonExtensions");
            _httpRequestMessage = compilation.GetTypeByMetadataName("System.Net.Http.HttpRequestMessage");
        }

        private readonly INamedTypeSymbol? _dbParameter;
        private readonly INamedTypeSymbol? _dataParameter;
        private readonly INamedTypeSymbol? _dbParameterCollection;
        private readonly INamedTypeSymbol? _dbCommand;
        private readonly INamedTypeSymbol? _command;
        private readonly INamedTypeSymbol? _streamWriter;
        private readonly INamedTypeSymbol? _cryptoStream;
        private readonly INamedTypeSymbol? _httpClient;
        private readonly INamedTypeSymbol? _httpClientJson;
        private readonly INamedTypeSymbol? _httpRequestMessage;

        public SinkCall? Match(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var type = method.ContainingType?.OriginalDefinition;
            if (type is null)
            {
                return null;
            }

            if (method.MethodKind == MethodKind.Constructor)
            {
                // `: base(message)` in an exception's own constructor.
                return IsException(type) ? ExceptionSink(type, invocation.Arguments) : null;
            }

            if (_definitions.TryGetValue(type, out var definition) && definition.MethodNames.Contains(method.Name))
            {
                return definition.ParameterFamilies is { } families
                    ? Named(Display(method), invocation.Arguments, families)
                    : Build(definition.Family, Display(method), invocation.Arguments, definition.AtDestructures, skipLogger: false);
            }

            if (method.Name == "AddWithValue" && type.InheritsFromOrEquals(_dbParameterCollection))
            {
                return Named(Display(method), invocation.Arguments, ValueIsDatabaseParameter);
            }

            if ((method.Name == "Write" || method.Name == "WriteLine" || method.Name == "WriteAsync" || method.Name == "WriteLineAsync")
                && invocation.Instance?.Type is INamedTypeSymbol writer && writer.InheritsFromOrEquals(_streamWriter)
                && !WritesThroughCryptoStream(invocation.Instance))
            {
                return Build(SinkFamily.LocalStorage, "StreamWriter." + method.Name, invocation.Arguments, atDestructures: false, skipLogger: false);
            }

            if ((SymbolEqualityComparer.Default.Equals(type, _httpClient) || SymbolEqualityComparer.Default.Equals(type, _httpClientJson))
                && method.Name.EndsWith("Async", System.StringComparison.Ordinal))
            {
                return HttpRequest(Display(method), invocation.Arguments);
            }

            if (method.MethodKind == MethodKind.DelegateInvoke && IsLoggerMessageDelegate(type, invocation))
            {
                return Build(SinkFamily.Log, "LoggerMessage.Define delegate", invocation.Arguments, atDestructures: false, skipLogger: true);
            }

            if (_loggerMessageAttribute is not null && HasAttribute(method, _loggerMessageAttribute))
            {
                return Build(SinkFamily.Log, "[LoggerMessage] " + method.Name, invocation.Arguments, atDestructures: false, skipLogger: true);
            }

            if (IsConsoleWriter(invocation, type))
            {
                return Build(SinkFamily.ConsoleOrTrace, "Console." + ((IPropertyReferenceOperation)invocation.Instance!).Property.Name + "." + method.Name,
                    invocation.Arguments, atDestructures: false, skipLogger: false);
            }

            return null;
        }

        /// <summary>A logging method the team listed in <c>privacy_analyzers.log_sinks</c>: every formattable argument.</summary>
        public SinkCall? MatchTeamLogSink(IInvocationOperation invocation, System.Collections.Generic.ICollection<string> listed)
        {
            var method = invocation.TargetMethod;
            return listed.Count > 0 && method.ContainingType is { } type && listed.Contains(type.ToDisplayString() + "." + method.Name)
                ? Build(SinkFamily.Log, type.Name + "." + method.Name, invocation.Arguments, atDestructures: false, skipLogger: false)
                : null;
        }

        public SinkCall? Match(IObjectCreationOperation creation)
        {
            if (creation.Type is not INamedTypeSymbol type)
            {
                return null;
            }

            if (IsException(type))
            {
                return ExceptionSink(type, creation.Arguments);
            }

            if (type.InheritsFromOrEquals(_dbParameter))
            {
                return Named("new " + type.Name, creation.Arguments, ValueIsDatabaseParameter);
            }

            if (type.InheritsFromOrEquals(_dbCommand))
            {
                return Named("new " + type.Name, creation.Arguments, CommandTextIsSql);
            }

            return SymbolEqualityComparer.Default.Equals(type, _httpRequestMessage) ? HttpRequest("new HttpRequestMessage", creation.Arguments) : null;
        }

        /// <summary><c>parameter.Value = ...</c> and <c>command.CommandText = ...</c>, also in object initializers.</summary>
        public SinkCall? Match(IAssignmentOperation assignment)
        {
            if (assignment.Target is not IPropertyReferenceOperation { Property: { } property })
            {
                return null;
            }

            var owner = property.ContainingType;
            var family = property.Name switch
            {
                "Value" when owner.InheritsFromOrEquals(_dbParameter) || owner.ImplementsOrEquals(_dataParameter) => SinkFamily.DatabaseParameter,
                "CommandText" when owner.InheritsFromOrEquals(_dbCommand) || owner.ImplementsOrEquals(_command) => SinkFamily.SqlText,
                _ => (SinkFamily?)null,
            };
            return family is { } sink
                ? new SinkCall(owner.Name + "." + property.Name, new List<SinkArgument> { new SinkArgument(assignment.Value, destructured: false, sink) })
                : null;
        }

        private static readonly IReadOnlyDictionary<string, SinkFamily> ValueIsDatabaseParameter =
            new Dictionary<string, SinkFamily> { ["value"] = SinkFamily.DatabaseParameter };

        private static readonly IReadOnlyDictionary<string, SinkFamily> CommandTextIsSql =
            new Dictionary<string, SinkFamily> { ["cmdText"] = SinkFamily.SqlText, ["commandText"] = SinkFamily.SqlText };

        /// <summary>Only the named parameters are sinks, each into its family. Object arguments of database
        /// parameters are read member by member (Dapper's <c>param</c>).</summary>
        private SinkCall Named(string display, IEnumerable<IArgumentOperation> arguments, IReadOnlyDictionary<string, SinkFamily> families)
        {
            var values = new List<SinkArgument>();
            foreach (var argument in arguments)
            {
                if (argument.Parameter is { } parameter && argument.ArgumentKind != ArgumentKind.DefaultValue
                    && families.TryGetValue(parameter.Name, out var family))
                {
                    var destructured = family == SinkFamily.DatabaseParameter && parameter.Type.SpecialType == SpecialType.System_Object;
                    values.Add(new SinkArgument(argument.Value, destructured, family));
                }
            }

            return new SinkCall(display, values);
        }

        /// <summary>The URL of a request is one sink; when it is an http:// address, everything the request carries
        /// (URL, content, JSON value) is another.</summary>
        private SinkCall HttpRequest(string display, IEnumerable<IArgumentOperation> arguments)
        {
            var values = new List<SinkArgument>();
            var insecure = false;
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Name == "requestUri")
                {
                    values.Add(new SinkArgument(argument.Value, destructured: false, SinkFamily.RequestUrl));
                    insecure |= HttpAddress.IsPlainHttp(argument.Value);
                }
            }

            if (insecure)
            {
                foreach (var argument in arguments)
                {
                    if (argument.Parameter is { Name: "requestUri" or "content" or "value" } parameter && argument.ArgumentKind != ArgumentKind.DefaultValue)
                    {
                        values.Add(new SinkArgument(argument.Value, destructured: parameter.Name == "value", SinkFamily.InsecureHttp));
                    }
                }
            }

            return new SinkCall(display, values);
        }

        /// <summary>A writer built in the same method over a CryptoStream writes ciphertext.</summary>
        private bool WritesThroughCryptoStream(IOperation writer)
        {
            if (_cryptoStream is null || writer is not ILocalReferenceOperation local)
            {
                return false;
            }

            var root = writer;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            foreach (var operation in root.Descendants())
            {
                if (operation is IVariableDeclaratorOperation { Initializer.Value: { } value } declarator
                    && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local)
                    && value.WithoutConversions() is IObjectCreationOperation creation)
                {
                    foreach (var argument in creation.Arguments)
                    {
                        if (argument.Value.WithoutConversions().Type is INamedTypeSymbol stream && stream.InheritsFromOrEquals(_cryptoStream))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        private SinkCall ExceptionSink(INamedTypeSymbol type, IEnumerable<IArgumentOperation> arguments)
        {
            var values = new List<SinkArgument>();
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Name == "message" && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    values.Add(new SinkArgument(argument.Value, destructured: false, SinkFamily.ExceptionMessage));
                }
            }

            return new SinkCall(type.Name, values);
        }

        private SinkCall Build(SinkFamily family, string display, IEnumerable<IArgumentOperation> arguments, bool atDestructures, bool skipLogger)
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
                    // Serilog's ForContext(name, value, destructureObjects: true).
                    destructureAll |= parameter.Name == "destructureObjects" && argument.Value.ConstantValue is { HasValue: true, Value: true };
                    continue;
                }

                if (IsExcluded(parameter.Type, skipLogger))
                {
                    continue;
                }

                if (template is null && IsTemplateParameter(parameter) && argument.Value.ConstantValue is { HasValue: true, Value: string text })
                {
                    template = text;
                    values.Add(new SinkArgument(argument.Value, destructured: false, family));
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

            var holes = atDestructures && template is not null ? MessageTemplateHoles.Destructuring(template) : null;
            for (var i = 0; i < templateArguments.Count; i++)
            {
                var destructured = destructureAll || (holes is not null && i < holes.Count && holes[i]);
                values.Add(new SinkArgument(templateArguments[i], destructured, family));
            }

            return new SinkCall(display, values);
        }

        private static bool IsTemplateParameter(IParameterSymbol parameter)
        {
            return parameter.Type.SpecialType == SpecialType.System_String
                && (parameter.Name == "messageTemplate" || parameter.Name == "message" || parameter.Name == "format");
        }

        /// <summary>Parameters that cannot carry the data: levels, ids, exceptions, providers, types, delegates.</summary>
        private bool IsExcluded(ITypeSymbol type, bool skipLogger)
        {
            if (type.TypeKind == TypeKind.Enum || type.TypeKind == TypeKind.Delegate)
            {
                return true;
            }

            if (type is INamedTypeSymbol named && IsException(named))
            {
                return true;
            }

            var original = type.OriginalDefinition;
            return SymbolEqualityComparer.Default.Equals(original, _formatProvider)
                || SymbolEqualityComparer.Default.Equals(original, _systemType)
                || SymbolEqualityComparer.Default.Equals(original, _eventId)
                || SymbolEqualityComparer.Default.Equals(original, _cancellationToken)
                || SymbolEqualityComparer.Default.Equals(original, _nlogLevel)
                || (skipLogger && SymbolEqualityComparer.Default.Equals(original, _microsoftLogger));
        }

        private bool IsException(INamedTypeSymbol type) => type.InheritsFromOrEquals(_exception);

        /// <summary>The <c>Action&lt;ILogger, T1, ..., Exception?&gt;</c> that <c>LoggerMessage.Define</c> returns.</summary>
        private bool IsLoggerMessageDelegate(INamedTypeSymbol delegateType, IInvocationOperation invocation)
        {
            return _microsoftLogger is not null
                && delegateType.Name == "Action"
                && delegateType.ContainingNamespace?.Name == "System"
                && invocation.TargetMethod.ContainingType is { TypeArguments.Length: > 1 } constructed
                && SymbolEqualityComparer.Default.Equals(constructed.TypeArguments[0], _microsoftLogger);
        }

        private static bool HasAttribute(IMethodSymbol method, INamedTypeSymbol attributeType)
        {
            foreach (var attribute in method.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>Console.Out.WriteLine(...)</c> and <c>Console.Error.Write(...)</c>.</summary>
        private bool IsConsoleWriter(IInvocationOperation invocation, INamedTypeSymbol type)
        {
            return (invocation.TargetMethod.Name == "Write" || invocation.TargetMethod.Name == "WriteLine")
                && SymbolEqualityComparer.Default.Equals(type, _textWriter)
                && invocation.Instance is IPropertyReferenceOperation { Property: { Name: "Out" or "Error" } property }
                && SymbolEqualityComparer.Default.Equals(property.ContainingType, _console);
        }

        private static string Display(IMethodSymbol method)
        {
            // Extension calls read as `ILogger.LogInformation`, not `LoggerExtensions.LogInformation`.
            var owner = method.IsExtensionMethod && method.Parameters.Length > 0
                ? method.Parameters[0].Type.Name
                : method.ContainingType.Name;
            return owner + "." + method.Name;
        }
    }
}
