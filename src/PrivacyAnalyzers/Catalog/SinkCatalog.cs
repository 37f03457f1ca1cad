using System.Collections.Immutable;
using System.Linq;
using PrivacyAnalyzers.Exposure;
using static PrivacyAnalyzers.Catalog.SinkFamily;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>
    /// Every API the package treats as a sink, one row each (<see cref="SinkRow"/>), grouped by family. Adding an API to a
    /// family is one row here and a test. What a row cannot say (which receiver a TextWriter call has, a minimal API
    /// handler's returns) is a <see cref="SinkCondition"/>, checked in code behind the same lookup.
    /// </summary>
    internal static class SinkCatalog
    {
        private static readonly string[] SerilogMethods = { "Write", "Verbose", "Debug", "Information", "Warning", "Error", "Fatal", "ForContext" };
        private static readonly string[] NLogLevelMethods = { "Trace", "Debug", "Info", "Warn", "Error", "Fatal" };

        private static readonly string[] DapperMethods =
        {
            "Execute", "ExecuteAsync", "ExecuteScalar", "ExecuteScalarAsync", "ExecuteReader", "ExecuteReaderAsync",
            "Query", "QueryAsync", "QueryFirst", "QueryFirstAsync", "QueryFirstOrDefault", "QueryFirstOrDefaultAsync",
            "QuerySingle", "QuerySingleAsync", "QuerySingleOrDefault", "QuerySingleOrDefaultAsync", "QueryMultiple", "QueryMultipleAsync",
        };

        private static readonly string[] ResultMethods = { "Ok", "Json", "Created", "CreatedAtRoute", "Accepted", "AcceptedAtRoute" };

        public static readonly ImmutableArray<SinkRow> Rows = ImmutableArray.Create(
            // Logging (PII1001). Every argument that can carry text is a sink, except levels, event ids, exceptions,
            // format providers, types, delegates and flags (NonDataParameterTypes).
            SinkRow.Formatted(
                "Microsoft.Extensions.Logging.LoggerExtensions", Log,
                "Log", "LogTrace", "LogDebug", "LogInformation", "LogWarning", "LogError", "LogCritical", "BeginScope"),
            SinkRow.Formatted(KnownTypeNames.MicrosoftLogger, Log, "Log", "BeginScope"),
            SinkRow.AttributedMethods(KnownTypeNames.LoggerMessageAttribute, Log),
            SinkRow.Delegates(KnownTypeNames.MicrosoftLogger, Log),
            SinkRow.Formatted("Serilog.Log", Log, SerilogMethods).WithDestructuringTemplates(),
            SinkRow.Formatted("Serilog.ILogger", Log, SerilogMethods).WithDestructuringTemplates(),
            SinkRow.Formatted("Serilog.Core.Logger", Log, SerilogMethods).WithDestructuringTemplates(),
            SinkRow.Formatted("Serilog.Context.LogContext", Log, "PushProperty"),
            SinkRow.Formatted(
                "NLog.ILogger", Log, "Trace", "Debug", "Info", "Warn", "Error", "Fatal",
                "TraceException", "DebugException", "InfoException", "WarnException", "ErrorException", "FatalException").WithDestructuringTemplates(),
            SinkRow.Formatted("NLog.ILoggerBase", Log, "Log", "LogException").WithDestructuringTemplates(),
            SinkRow.Formatted(
                "NLog.Logger", Log, "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "Log", "ConditionalTrace", "ConditionalDebug",
                "WithProperty", "SetProperty", "PushScopeProperty", "PushScopeNested").WithDestructuringTemplates(),
            SinkRow.Formatted("NLog.ILoggerExtensions", Log, "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "Log", "ConditionalTrace", "ConditionalDebug")
                .WithDestructuringTemplates(),
            SinkRow.Formatted("ZLogger.ZLoggerExtensions", Log, "ZLog", "ZLogTrace", "ZLogDebug", "ZLogInformation", "ZLogWarning", "ZLogError", "ZLogCritical"),
            SinkRow.Formatted(
                "log4net.ILog", Log,
                "Debug", "Info", "Warn", "Error", "Fatal", "DebugFormat", "InfoFormat", "WarnFormat", "ErrorFormat", "FatalFormat"),
            // ThreadContext.Properties["user"] = ...: every later event of the thread (or of all, GlobalContext) carries it.
            SinkRow.IndexerSetter("log4net.Util.ContextPropertiesBase", Log).AndDerivedTypes(),

            // Console, Debug, Trace (PII1002).
            SinkRow.Formatted("System.Console", ConsoleOrTrace, "Write", "WriteLine"),
            SinkRow.Formatted("System.IO.TextWriter", ConsoleOrTrace, "Write", "WriteLine").When(SinkCondition.ReceiverIsConsoleOutOrError),
            SinkRow.Formatted("System.Diagnostics.Debug", ConsoleOrTrace, "Write", "WriteLine", "WriteIf", "WriteLineIf", "Print", "Assert", "Fail"),
            SinkRow.Formatted(
                "System.Diagnostics.Trace", ConsoleOrTrace,
                "Write", "WriteLine", "WriteIf", "WriteLineIf", "TraceInformation", "TraceWarning", "TraceError", "Assert", "Fail"),
            SinkRow.Formatted("System.Diagnostics.TraceSource", ConsoleOrTrace, "TraceEvent", "TraceData", "TraceInformation"),

            // Exception messages (PII1003): `new XException(message)` and `: base(message)`; and `ex.Data[...]`, which
            // loggers and error pages print with the exception.
            SinkRow.Constructors("System.Exception", new SinkParameter("message", ExceptionMessage)).AndDerivedTypes(),
            SinkRow.IndexerSetter("System.Collections.IDictionary", ExceptionMessage).When(SinkCondition.ReceiverIsExceptionData),
            SinkRow.Methods("System.Collections.IDictionary", KeyAndValue(ExceptionMessage), "Add").When(SinkCondition.ReceiverIsExceptionData),

            // Serializers (PII2001).
            SinkRow.Methods(
                "System.Text.Json.JsonSerializer", Value(Serializer),
                "Serialize", "SerializeAsync", "SerializeToUtf8Bytes", "SerializeToDocument", "SerializeToElement", "SerializeToNode")
                .WrittenAs(ExposureContract.SystemTextJson),
            // A JSON request body (PostAsJsonAsync, JsonContent.Create) is not here: over http:// it is PII4001's, and over
            // https:// sending personal data to another party is a sharing decision, not an exposure by serialization.
            SinkRow.Methods("Newtonsoft.Json.JsonConvert", Value(Serializer), "SerializeObject").WrittenAs(ExposureContract.NewtonsoftJson),
            SinkRow.Methods("Newtonsoft.Json.JsonSerializer", Value(Serializer), "Serialize").WrittenAs(ExposureContract.NewtonsoftJson),
            SinkRow.Methods("Newtonsoft.Json.Linq.JToken", Object(Serializer), "FromObject").WrittenAs(ExposureContract.NewtonsoftJson),
            SinkRow.Methods("Newtonsoft.Json.Linq.JObject", Object(Serializer), "FromObject").WrittenAs(ExposureContract.NewtonsoftJson),
            SinkRow.Methods("Newtonsoft.Json.Linq.JArray", Object(Serializer), "FromObject").WrittenAs(ExposureContract.NewtonsoftJson),
            SinkRow.Methods("System.Xml.Serialization.XmlSerializer", Object(Serializer), "Serialize").WrittenAs(ExposureContract.XmlSerializer),
            SinkRow.Methods(
                "System.Runtime.Serialization.XmlObjectSerializer", new[] { new SinkParameter("graph", Serializer) }, "WriteObject", "WriteObjectContent")
                .WrittenAs(ExposureContract.DataContract),

            // ASP.NET Core responses (PII2002); System.Text.Json is ASP.NET Core's serializer. Controller actions' own return
            // values are not calls: PiiInApiResponseAnalyzer finds them.
            SinkRow.Methods(
                "Microsoft.AspNetCore.Mvc.ControllerBase", Value(Response),
                "Ok", "Created", "CreatedAtAction", "CreatedAtRoute", "Accepted", "AcceptedAtAction", "AcceptedAtRoute")
                .WrittenAs(ExposureContract.SystemTextJson),
            SinkRow.Methods("Microsoft.AspNetCore.Mvc.Controller", new[] { new SinkParameter("data", Response) }, "Json").WrittenAs(ExposureContract.SystemTextJson),
            SinkRow.Methods("Microsoft.AspNetCore.Http.Results", ValueOrData(Response), ResultMethods).WrittenAs(ExposureContract.SystemTextJson),
            SinkRow.Methods("Microsoft.AspNetCore.Http.TypedResults", ValueOrData(Response), ResultMethods).WrittenAs(ExposureContract.SystemTextJson),
            SinkRow.Constructors("Microsoft.AspNetCore.Mvc.ObjectResult", Value(Response)).WrittenAs(ExposureContract.SystemTextJson),
            SinkRow.Constructors("Microsoft.AspNetCore.Mvc.OkObjectResult", Value(Response)).WrittenAs(ExposureContract.SystemTextJson),
            SinkRow.Constructors("Microsoft.AspNetCore.Mvc.JsonResult", Value(Response)).WrittenAs(ExposureContract.SystemTextJson),
            SinkRow.Methods(
                "Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions",
                new[] { new SinkParameter("handler", Response), new SinkParameter("requestDelegate", Response) },
                "Map", "MapGet", "MapPost", "MapPut", "MapDelete", "MapPatch", "MapMethods")
                .WrittenAs(ExposureContract.SystemTextJson).When(SinkCondition.RouteHandler),

            // Databases (PII3006 parameters, PII3007 SQL text). Object arguments of parameters are written member by member.
            SinkRow.Methods("Dapper.SqlMapper", new[] { new SinkParameter("sql", SqlText), new SinkParameter("param", DatabaseParameter, destructures: true) }, DapperMethods),
            SinkRow.Methods("Dapper.DynamicParameters", DatabaseValue(), "Add"),
            SinkRow.Methods("Microsoft.EntityFrameworkCore.RelationalQueryableExtensions", Sql(), "FromSqlRaw"),
            SinkRow.Methods("Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions", Sql(), "ExecuteSqlRaw", "ExecuteSqlRawAsync"),
            // EF Core turns each hole of an interpolated statement into a parameter: the values are written, not the text.
            SinkRow.Methods(
                "Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions", new[] { new SinkParameter("sql", DatabaseParameter) },
                "ExecuteSqlInterpolated", "ExecuteSqlInterpolatedAsync", "ExecuteSql", "ExecuteSqlAsync"),
            SinkRow.Methods(
                "Microsoft.EntityFrameworkCore.RelationalQueryableExtensions", new[] { new SinkParameter("sql", DatabaseParameter) }, "FromSqlInterpolated", "FromSql"),

            // Document and key-value stores: MongoDB documents are written member by member (PII3006), Redis values are a
            // cache (PII3008).
            SinkRow.Methods("MongoDB.Driver.IMongoCollection`1", MongoDocuments(), "InsertOne", "InsertOneAsync", "InsertMany", "InsertManyAsync",
                "ReplaceOne", "ReplaceOneAsync", "FindOneAndReplace", "FindOneAndReplaceAsync").AndDerivedTypes(),
            SinkRow.Methods("MongoDB.Driver.IMongoCollectionExtensions", new[] { new SinkParameter("replacement", DatabaseParameter, destructures: true) }, "ReplaceOne", "ReplaceOneAsync",
                "FindOneAndReplace", "FindOneAndReplaceAsync"),
            SinkRow.Methods("MongoDB.Driver.UpdateDefinitionBuilder`1", DatabaseValue(), "Set", "SetOnInsert", "Push", "AddToSet"),
            SinkRow.Methods("StackExchange.Redis.IDatabase", RedisValues(), "StringSet", "StringSetAndGet", "StringGetSet", "StringAppend", "HashSet",
                "ListLeftPush", "ListRightPush", "ListInsertAfter", "ListInsertBefore", "ListSetByIndex", "SetAdd", "SortedSetAdd"),
            SinkRow.Methods("StackExchange.Redis.IDatabaseAsync", RedisValues(), "StringSetAsync", "StringSetAndGetAsync", "StringGetSetAsync",
                "StringAppendAsync", "HashSetAsync", "ListLeftPushAsync", "ListRightPushAsync", "ListInsertAfterAsync", "ListInsertBeforeAsync",
                "ListSetByIndexAsync", "SetAddAsync", "SortedSetAddAsync"),
            SinkRow.Constructors("System.Data.Common.DbParameter", DatabaseValue()).AndDerivedTypes(),
            SinkRow.Setter("System.Data.Common.DbParameter", "Value", DatabaseParameter).AndDerivedTypes(),
            SinkRow.Setter("System.Data.IDataParameter", "Value", DatabaseParameter).AndDerivedTypes(),
            SinkRow.Methods("System.Data.Common.DbParameterCollection", DatabaseValue(), "AddWithValue").AndDerivedTypes(),
            SinkRow.Constructors("System.Data.Common.DbCommand", new SinkParameter("cmdText", SqlText), new SinkParameter("commandText", SqlText)).AndDerivedTypes(),
            SinkRow.Setter("System.Data.Common.DbCommand", "CommandText", SqlText).AndDerivedTypes(),
            SinkRow.Setter("System.Data.IDbCommand", "CommandText", SqlText).AndDerivedTypes(),

            // Files, caches, session state, cookies (PII3008).
            SinkRow.Methods(
                "System.IO.File", new[] { new SinkParameter("contents", File), new SinkParameter("bytes", File) },
                "WriteAllText", "WriteAllTextAsync", "WriteAllLines", "WriteAllLinesAsync", "WriteAllBytes", "WriteAllBytesAsync",
                "AppendAllText", "AppendAllTextAsync", "AppendAllLines", "AppendAllLinesAsync"),
            SinkRow.Formatted("System.IO.TextWriter", File, "Write", "WriteLine", "WriteAsync", "WriteLineAsync").When(SinkCondition.ReceiverIsPlainStreamWriter),
            // Blob storage is a file somebody else keeps.
            SinkRow.Methods("Azure.Storage.Blobs.BlobClient", new[] { new SinkParameter("content", File) }, "Upload", "UploadAsync"),
            SinkRow.Methods("Azure.Storage.Blobs.BlobContainerClient", new[] { new SinkParameter("content", File) }, "UploadBlob", "UploadBlobAsync"),
            SinkRow.Methods("Azure.Storage.Blobs.Specialized.BlockBlobClient", new[] { new SinkParameter("content", File) }, "Upload", "UploadAsync"),
            SinkRow.Methods("Azure.Storage.Blobs.Specialized.AppendBlobClient", new[] { new SinkParameter("content", File) }, "AppendBlock", "AppendBlockAsync"),
            SinkRow.Methods("Microsoft.Extensions.Caching.Distributed.DistributedCacheExtensions", KeyAndValue(Cache), "SetString", "SetStringAsync", "Set", "SetAsync"),
            SinkRow.Methods("Microsoft.Extensions.Caching.Distributed.IDistributedCache", KeyAndValue(Cache), "Set", "SetAsync"),
            SinkRow.Methods("Microsoft.Extensions.Caching.Memory.CacheExtensions", KeyAndValue(Cache), "Set", "GetOrCreate", "GetOrCreateAsync"),
            SinkRow.Methods("Microsoft.AspNetCore.Http.SessionExtensions", KeyAndValue(Session), "SetString", "SetInt32"),
            SinkRow.Methods("Microsoft.AspNetCore.Http.ISession", KeyAndValue(Session), "Set"),
            SinkRow.Methods("Microsoft.AspNetCore.Http.IResponseCookies", KeyAndValue(Cookie), "Append"),

            // Telemetry (PII1004): traces, metrics and error reports leave for a monitoring service. Tag and attribute keys
            // are names chosen in code; their values, messages, user fields and tag collections are the data.
            SinkRow.Methods("System.Diagnostics.Activity", TagValue(), "SetTag", "AddTag", "SetBaggage", "AddBaggage"),
            SinkRow.Methods("System.Diagnostics.Activity", new[] { new SinkParameter("tags", Telemetry) }, "AddException"),
            SinkRow.Setter("System.Diagnostics.Activity", "DisplayName", Telemetry),
            SinkRow.Methods("System.Diagnostics.ActivitySource", new[] { new SinkParameter("tags", Telemetry) }, "StartActivity", "CreateActivity"),
            SinkRow.Constructors("System.Diagnostics.ActivityEvent", new SinkParameter("name", Telemetry), new SinkParameter("tags", Telemetry)),
            SinkRow.Constructors("System.Diagnostics.ActivityLink", new SinkParameter("tags", Telemetry)),
            SinkRow.Methods("System.Diagnostics.Metrics.Counter`1", MetricTags(), "Add"),
            SinkRow.Methods("System.Diagnostics.Metrics.UpDownCounter`1", MetricTags(), "Add"),
            SinkRow.Methods("System.Diagnostics.Metrics.Histogram`1", MetricTags(), "Record"),
            SinkRow.Methods("System.Diagnostics.Metrics.Gauge`1", MetricTags(), "Record"),
            SinkRow.Methods("OpenTelemetry.Baggage", new[] { new SinkParameter("value", Telemetry), new SinkParameter("baggageItems", Telemetry) }, "SetBaggage"),
            SinkRow.Methods("OpenTelemetry.Trace.TelemetrySpan", new[] { new SinkParameter("value", Telemetry), new SinkParameter("values", Telemetry) }, "SetAttribute"),
            SinkRow.Methods("OpenTelemetry.Trace.TelemetrySpan", new[] { new SinkParameter("name", Telemetry), new SinkParameter("attributes", Telemetry) }, "AddEvent"),
            SinkRow.Methods(
                "Microsoft.ApplicationInsights.TelemetryClient",
                new[] { new SinkParameter("eventName", Telemetry), new SinkParameter("message", Telemetry), new SinkParameter("properties", Telemetry), new SinkParameter("data", Telemetry) },
                "TrackEvent", "TrackTrace", "TrackException", "TrackMetric", "TrackAvailability", "TrackDependency").SharedWith(ApplicationInsights),
            SinkRow.Setter("Microsoft.ApplicationInsights.Extensibility.Implementation.UserContext", "Id", Telemetry).SharedWith(ApplicationInsights),
            SinkRow.Setter("Microsoft.ApplicationInsights.Extensibility.Implementation.UserContext", "AuthenticatedUserId", Telemetry).SharedWith(ApplicationInsights),
            SinkRow.Setter("Microsoft.ApplicationInsights.Extensibility.Implementation.UserContext", "AccountId", Telemetry).SharedWith(ApplicationInsights),
            SinkRow.Setter("Microsoft.ApplicationInsights.Extensibility.Implementation.LocationContext", "Ip", Telemetry).SharedWith(ApplicationInsights),
            SinkRow.IndexerSetter("System.Collections.Generic.IDictionary`2", Telemetry).When(SinkCondition.ReceiverIsTelemetryProperties).SharedWith(ApplicationInsights),
            SinkRow.Methods("System.Collections.Generic.IDictionary`2", TagValue(), "Add").When(SinkCondition.ReceiverIsTelemetryProperties).SharedWith(ApplicationInsights),
            SinkRow.Methods("Sentry.IHasTags", TagValue(), "SetTag").AndDerivedTypes().SharedWith(Sentry),
            SinkRow.Methods("Sentry.IHasExtra", TagValue(), "SetExtra").AndDerivedTypes().SharedWith(Sentry),
            SinkRow.Methods("Sentry.SentrySdk", TagValue(), "SetTag").SharedWith(Sentry),
            SinkRow.Methods("Sentry.SentrySdk", SentryMessage(), "CaptureMessage", "AddBreadcrumb").SharedWith(Sentry),
            SinkRow.Methods("Sentry.HubExtensions", SentryMessage(), "CaptureMessage", "AddBreadcrumb").SharedWith(Sentry),
            SinkRow.Methods("Sentry.SentryClientExtensions", new[] { new SinkParameter("message", Telemetry) }, "CaptureMessage").SharedWith(Sentry),
            SinkRow.Methods(
                "Sentry.EventLikeExtensions", SentryMessage().Append(new SinkParameter("dataPair", Telemetry)).ToArray(), "AddBreadcrumb").SharedWith(Sentry),
            SinkRow.Constructors("Sentry.Breadcrumb", SentryMessage()).SharedWith(Sentry),
            SinkRow.Setter("Sentry.SentryUser", "Id", Telemetry).SharedWith(Sentry),
            SinkRow.Setter("Sentry.SentryUser", "Username", Telemetry).SharedWith(Sentry),
            SinkRow.Setter("Sentry.SentryUser", "Email", Telemetry).SharedWith(Sentry),
            SinkRow.Setter("Sentry.SentryUser", "IpAddress", Telemetry).SharedWith(Sentry),

            // Third parties (PII4003): what each SDK call sends to its service. Request options exist only to be sent, so
            // every property assigned to one is shared; messages and prompts are shared where they are made.
            SinkRow.Formatted(
                "Twilio.Base.Resource", ThirdParty, "Create", "CreateAsync", "CreateWithHeaders", "CreateWithHeadersAsync", "Update", "UpdateAsync",
                "Read", "ReadAsync").AndDerivedTypes().SharedWith(Twilio),
            SinkRow.AnySetter("Twilio.Base.IOptions`1", ThirdParty).AndDerivedTypes().SharedWith(Twilio),
            SinkRow.Constructors("Twilio.Base.IOptions`1", new SinkParameter("to", ThirdParty), new SinkParameter("from", ThirdParty)).AndDerivedTypes().SharedWith(Twilio),
            SinkRow.Formatted(
                "SendGrid.Helpers.Mail.MailHelper", ThirdParty, "CreateSingleEmail", "CreateSingleTemplateEmail", "CreateSingleEmailToMultipleRecipients",
                "CreateSingleTemplateEmailToMultipleRecipients", "CreateMultipleEmailsToMultipleRecipients", "CreateMultipleTemplateEmailsToMultipleRecipients")
                .SharedWith(SendGrid),
            SinkRow.Formatted(
                "SendGrid.Helpers.Mail.SendGridMessage", ThirdParty, "AddTo", "AddTos", "AddCc", "AddCcs", "AddBcc", "AddBccs", "SetFrom", "SetReplyTo",
                "AddReplyTo", "AddReplyTos", "SetSubject", "SetGlobalSubject", "AddContent", "AddContents", "AddSubstitution", "AddSubstitutions",
                "SetTemplateData", "AddCustomArg", "AddCustomArgs", "AddGlobalCustomArg", "AddGlobalCustomArgs", "AddHeader", "AddHeaders",
                "AddGlobalHeader", "AddGlobalHeaders", "AddAttachment", "AddSection", "AddSections").SharedWith(SendGrid),
            SinkRow.AnySetter("SendGrid.Helpers.Mail.SendGridMessage", ThirdParty).SharedWith(SendGrid),
            SinkRow.AnySetter("SendGrid.Helpers.Mail.Personalization", ThirdParty).SharedWith(SendGrid),
            SinkRow.AnySetter("Stripe.INestedOptions", ThirdParty).AndDerivedTypes().SharedWith(Stripe),
            SinkRow.Constructors("OpenAI.Chat.ChatMessage", ChatContent()).AndDerivedTypes().SharedWith(OpenAI),
            SinkRow.Methods(
                "OpenAI.Chat.ChatMessage", ChatContent(), "CreateSystemMessage", "CreateDeveloperMessage", "CreateUserMessage", "CreateAssistantMessage",
                "CreateToolMessage", "CreateFunctionMessage").SharedWith(OpenAI),
            SinkRow.Methods("OpenAI.Chat.ChatMessageContentPart", new[] { new SinkParameter("text", ThirdParty) }, "CreateTextPart").SharedWith(OpenAI),
            // Text passed where messages are expected becomes a user message.
            SinkRow.Methods(
                "OpenAI.Chat.ChatClient", new[] { new SinkParameter("messages", ThirdParty) }, "CompleteChat", "CompleteChatAsync", "CompleteChatStreaming",
                "CompleteChatStreamingAsync").SharedWith(OpenAI),
            SinkRow.Methods(
                "OpenAI.Embeddings.EmbeddingClient", new[] { new SinkParameter("input", ThirdParty), new SinkParameter("inputs", ThirdParty) },
                "GenerateEmbedding", "GenerateEmbeddingAsync", "GenerateEmbeddings", "GenerateEmbeddingsAsync").SharedWith(OpenAI),
            SinkRow.Methods(
                "OpenAI.Responses.ResponsesClient", new[] { new SinkParameter("userInputText", ThirdParty), new SinkParameter("inputItems", ThirdParty) },
                "CreateResponse", "CreateResponseAsync", "CreateResponseStreamingAsync").SharedWith(OpenAI),
            SinkRow.Methods(
                "OpenAI.Responses.ResponseItem",
                new[] { new SinkParameter("inputTextContent", ThirdParty), new SinkParameter("outputTextContent", ThirdParty), new SinkParameter("contentParts", ThirdParty) },
                "CreateUserMessageItem", "CreateDeveloperMessageItem", "CreateSystemMessageItem", "CreateAssistantMessageItem").SharedWith(OpenAI),
            SinkRow.Constructors("Microsoft.Extensions.AI.ChatMessage", new SinkParameter("content", ThirdParty)).SharedWith(ExtensionsAI),
            SinkRow.Constructors("Microsoft.Extensions.AI.TextContent", new SinkParameter("text", ThirdParty)).SharedWith(ExtensionsAI),
            SinkRow.Setter("Microsoft.Extensions.AI.TextContent", "Text", ThirdParty).SharedWith(ExtensionsAI),
            SinkRow.Methods(
                "Microsoft.Extensions.AI.ChatClientExtensions", new[] { new SinkParameter("chatMessage", ThirdParty) }, "GetResponseAsync", "GetStreamingResponseAsync")
                .SharedWith(ExtensionsAI),
            SinkRow.Methods("Microsoft.Extensions.AI.ChatClientStructuredOutputExtensions", new[] { new SinkParameter("chatMessage", ThirdParty) }, "GetResponseAsync")
                .SharedWith(ExtensionsAI),
            SinkRow.Methods(
                "Microsoft.Extensions.AI.EmbeddingGeneratorExtensions", new[] { new SinkParameter("value", ThirdParty), new SinkParameter("values", ThirdParty) },
                "GenerateAsync", "GenerateVectorAsync", "GenerateAndZipAsync").SharedWith(ExtensionsAI),
            SinkRow.Methods("Microsoft.Extensions.AI.IEmbeddingGenerator`2", new[] { new SinkParameter("values", ThirdParty) }, "GenerateAsync")
                .AndDerivedTypes().SharedWith(ExtensionsAI),

            // HTTP requests (PII4002 the URL; PII4001 the URL and the content when the address is http://).
            SinkRow.Methods(
                "System.Net.Http.HttpClient", new[] { new SinkParameter("requestUri", HttpUrl), new SinkParameter("content", HttpBody) },
                "GetAsync", "GetStringAsync", "GetByteArrayAsync", "GetStreamAsync", "PostAsync", "PutAsync", "PatchAsync", "DeleteAsync"),
            SinkRow.Methods(
                "System.Net.Http.Json.HttpClientJsonExtensions", new[] { new SinkParameter("requestUri", HttpUrl), new SinkParameter("value", HttpBody, destructures: true) },
                "GetFromJsonAsync", "GetFromJsonAsAsyncEnumerable", "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync", "DeleteFromJsonAsync"),
            SinkRow.Constructors("System.Net.Http.HttpRequestMessage", new SinkParameter("requestUri", HttpUrl)),
            // What a request message carries: its host is the address it was made with (PII4003).
            SinkRow.Setter("System.Net.Http.HttpRequestMessage", "Content", HttpBody),

            // Redirects and generated links (PII4002): the address lands in access logs, browser history and referrers.
            SinkRow.Methods(
                "Microsoft.AspNetCore.Mvc.ControllerBase", RedirectAddress(),
                "Redirect", "RedirectPermanent", "RedirectPreserveMethod", "RedirectPermanentPreserveMethod", "LocalRedirect", "LocalRedirectPermanent",
                "LocalRedirectPreserveMethod", "LocalRedirectPermanentPreserveMethod", "RedirectToAction", "RedirectToActionPermanent",
                "RedirectToActionPreserveMethod", "RedirectToActionPermanentPreserveMethod", "RedirectToRoute", "RedirectToRoutePermanent",
                "RedirectToRoutePreserveMethod", "RedirectToRoutePermanentPreserveMethod", "RedirectToPage", "RedirectToPagePermanent",
                "RedirectToPagePreserveMethod", "RedirectToPagePermanentPreserveMethod"),
            SinkRow.Methods("Microsoft.AspNetCore.Http.Results", RedirectAddress(), "Redirect", "LocalRedirect", "RedirectToRoute"),
            SinkRow.Methods("Microsoft.AspNetCore.Http.TypedResults", RedirectAddress(), "Redirect", "LocalRedirect", "RedirectToRoute"),
            SinkRow.Methods("Microsoft.AspNetCore.Http.HttpResponse", new[] { new SinkParameter("location", HttpUrl) }, "Redirect"),
            SinkRow.Methods("Microsoft.AspNetCore.Mvc.UrlHelperExtensions", LinkValues(), "Action", "ActionLink", "RouteUrl", "Page", "PageLink"),
            SinkRow.Methods("Microsoft.AspNetCore.Routing.ControllerLinkGeneratorExtensions", LinkValues(), "GetPathByAction", "GetUriByAction"),
            SinkRow.Methods("Microsoft.AspNetCore.Routing.PageLinkGeneratorExtensions", LinkValues(), "GetPathByPage", "GetUriByPage"),
            SinkRow.Methods("Microsoft.AspNetCore.Routing.LinkGeneratorEndpointNameAddressExtensions", LinkValues(), "GetPathByName", "GetUriByName"),
            SinkRow.Methods("Microsoft.AspNetCore.Routing.LinkGeneratorRouteValuesAddressExtensions", LinkValues(), "GetPathByRouteValues", "GetUriByRouteValues"));

        /// <summary>Parameter types of formatted sinks that cannot carry the data: levels, ids, providers, types, the logger itself.
        /// (Enums, delegates and exceptions are recognised by kind; flags are read, not written.)</summary>
        public static readonly ImmutableArray<string> NonDataParameterTypes = ImmutableArray.Create(
            "System.IFormatProvider", "System.Type", KnownTypeNames.EventId, "System.Threading.CancellationToken", "NLog.LogLevel",
            KnownTypeNames.MicrosoftLogger);

        // The SDKs a processor of the privacy policy can name (PrivacyPolicy.KnownSdks).
        private const string Twilio = "Twilio";
        private const string SendGrid = "SendGrid";
        private const string Stripe = "Stripe";
        private const string OpenAI = "OpenAI";
        private const string ExtensionsAI = "Microsoft.Extensions.AI";
        private const string Sentry = "Sentry";
        private const string ApplicationInsights = "ApplicationInsights";

        /// <summary>The text or parts of a chat message.</summary>
        private static SinkParameter[] ChatContent() => new[] { new SinkParameter("content", ThirdParty), new SinkParameter("contentParts", ThirdParty) };

        private static SinkParameter[] Value(SinkFamily family) => new[] { new SinkParameter("value", family) };

        /// <summary>The value of a tag, attribute, baggage item or extra (its key is a name chosen in code).</summary>
        private static SinkParameter[] TagValue() => new[] { new SinkParameter("value", Telemetry) };

        /// <summary>The tags of a metric measurement, one to three pairs or a collection.</summary>
        private static SinkParameter[] MetricTags() => new[]
        {
            new SinkParameter("tag", Telemetry), new SinkParameter("tag1", Telemetry), new SinkParameter("tag2", Telemetry),
            new SinkParameter("tag3", Telemetry), new SinkParameter("tags", Telemetry), new SinkParameter("tagList", Telemetry),
        };

        /// <summary>The text and data of a Sentry message or breadcrumb.</summary>
        private static SinkParameter[] SentryMessage() => new[] { new SinkParameter("message", Telemetry), new SinkParameter("data", Telemetry) };

        private static SinkParameter[] Object(SinkFamily family) => new[] { new SinkParameter("o", family) };

        private static SinkParameter[] ValueOrData(SinkFamily family) => new[] { new SinkParameter("value", family), new SinkParameter("data", family) };

        private static SinkParameter[] DatabaseValue() => new[] { new SinkParameter("value", DatabaseParameter, destructures: true) };

        private static SinkParameter[] Sql() => new[] { new SinkParameter("sql", SqlText) };

        /// <summary>The address of a redirect, and the route values and fragment that go into it.</summary>
        private static SinkParameter[] RedirectAddress() => new[]
        {
            new SinkParameter("url", HttpUrl), new SinkParameter("localUrl", HttpUrl), new SinkParameter("routeValues", HttpUrl),
            new SinkParameter("fragment", HttpUrl),
        };

        /// <summary>The route values and fragment of a generated link.</summary>
        private static SinkParameter[] LinkValues() => new[] { new SinkParameter("values", HttpUrl), new SinkParameter("fragment", HttpUrl) };

        /// <summary>A MongoDB document, written member by member, whole or as a replacement.</summary>
        private static SinkParameter[] MongoDocuments() => new[]
        {
            new SinkParameter("document", DatabaseParameter, destructures: true), new SinkParameter("documents", DatabaseParameter, destructures: true),
            new SinkParameter("replacement", DatabaseParameter, destructures: true),
        };

        /// <summary>What a Redis command stores: keys, fields and values.</summary>
        private static SinkParameter[] RedisValues() => new[]
        {
            new SinkParameter("key", Cache), new SinkParameter("value", Cache), new SinkParameter("values", Cache), new SinkParameter("hashField", Cache),
            new SinkParameter("hashFields", Cache), new SinkParameter("member", Cache), new SinkParameter("pivot", Cache),
        };

        private static SinkParameter[] KeyAndValue(SinkFamily family) => new[] { new SinkParameter("key", family), new SinkParameter("value", family) };
    }
}
