using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace PrivacyAnalyzers.Tests.Infrastructure;

/// <summary>What every test compilation references: the real .NET reference pack and the real packages users log with.</summary>
internal static class TestReferences
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    /// <summary>The build configuration of the tests (and of the tool they run).</summary>
    public static string Configuration { get; } = Metadata("Configuration");

    /// <summary>Microsoft.NETCore.App.Ref, fetched by the test project's restore (PackageDownload).</summary>
    public static ReferenceAssemblies Net10 { get; } = new ReferenceAssemblies(
        "net10.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", Metadata("TestReferencePackVersion")),
        Path.Combine("ref", "net10.0"));

    /// <summary>What a net10.0 web project compiles against: the .NET and ASP.NET Core reference packs.</summary>
    public static ReferenceAssemblies Net10AspNetCore { get; } = Net10.AddPackages(
        ImmutableArray.Create(new PackageIdentity("Microsoft.AspNetCore.App.Ref", Metadata("TestReferencePackVersion"))));

    public static ImmutableArray<MetadataReference> Packages { get; } = ImmutableArray.Create<MetadataReference>(
        FromType<Microsoft.Extensions.Logging.ILogger>(),
        FromType<Serilog.ILogger>(),
        FromType<NLog.ILogger>(),
        FromType<log4net.ILog>(),
        FromType<Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute>(),
        FromType<Microsoft.Extensions.Compliance.Redaction.Redactor>(),
        FromType<Microsoft.AspNetCore.DataProtection.IDataProtector>(),
        FromType<Microsoft.AspNetCore.Identity.PersonalDataAttribute>(),
        FromType<Microsoft.AspNetCore.Identity.IPasswordHasher<object>>(),
        FromType<Newtonsoft.Json.JsonSerializer>(),
        MetadataReference.CreateFromFile(typeof(ZLogger.ZLoggerExtensions).Assembly.Location),
        FromType<PrivacyAnalyzers.Annotations.PiiAttribute>());

    /// <summary>For web projects: the packages the ASP.NET Core shared framework does not already hold.</summary>
    public static ImmutableArray<MetadataReference> PackagesBesideAspNetCore { get; } = ImmutableArray.Create<MetadataReference>(
        FromType<Serilog.ILogger>(),
        FromType<Newtonsoft.Json.JsonSerializer>(),
        FromType<Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute>(),
        FromType<PrivacyAnalyzers.Annotations.PiiAttribute>());

    /// <summary>Data access: EF Core (and relational, and its SQLite provider), Microsoft.Data.Sqlite, Dapper, and the PrivacyAnalyzers EF Core
    /// runtime (on top of the web project's references).</summary>
    public static ImmutableArray<MetadataReference> EntityFrameworkCore { get; } = ImmutableArray.Create<MetadataReference>(
        FromType<Microsoft.EntityFrameworkCore.DbContext>(),
        FromType<Microsoft.EntityFrameworkCore.OwnedAttribute>(),
        FromType<Microsoft.EntityFrameworkCore.Storage.RelationalTypeMapping>(),
        FromType<Microsoft.Data.Sqlite.SqliteConnection>(),
        MetadataReference.CreateFromFile(typeof(Microsoft.EntityFrameworkCore.SqliteDbContextOptionsBuilderExtensions).Assembly.Location),
        FromType<Dapper.DynamicParameters>(),
        FromType<PrivacyAnalyzers.EntityFrameworkCore.PiiEncryptionConverter>());

    /// <summary>Document, key-value and blob stores: the MongoDB driver (and its BSON library), StackExchange.Redis and Azure
    /// Blob Storage (and Azure.Core, where BinaryData's consumers live).</summary>
    public static ImmutableArray<MetadataReference> Stores { get; } = ImmutableArray.Create<MetadataReference>(
        FromType<MongoDB.Driver.IMongoCollection<object>>(),
        FromType<MongoDB.Bson.BsonDocument>(),
        FromType<StackExchange.Redis.IDatabase>(),
        FromType<Azure.Storage.Blobs.BlobClient>(),
        FromType<Azure.Storage.StorageTransferOptions>(),
        FromType<Azure.Response>(),
        FromType<System.BinaryData>());

    /// <summary>Telemetry SDKs: the OpenTelemetry API, Application Insights and Sentry (System.Diagnostics' Activity and
    /// Meter are in the reference pack).</summary>
    public static ImmutableArray<MetadataReference> Telemetry { get; } = ImmutableArray.Create<MetadataReference>(
        FromType<OpenTelemetry.Baggage>(),
        FromType<Microsoft.ApplicationInsights.TelemetryClient>(),
        FromType<Sentry.SentryUser>());

    /// <summary>Third-party SDKs a team shares personal data through: Twilio, SendGrid, Stripe, OpenAI (and System.ClientModel,
    /// its base) and Microsoft.Extensions.AI (abstractions and utilities). Azure OpenAI is apart (<see cref="AzureOpenAI"/>): a project
    /// that references it sends its OpenAI calls there.</summary>
    public static ImmutableArray<MetadataReference> ThirdParties { get; } = ImmutableArray.Create<MetadataReference>(
        FromType<Twilio.TwilioClient>(),
        FromType<SendGrid.SendGridClient>(),
        FromType<Stripe.CustomerService>(),
        FromType<OpenAI.Chat.ChatClient>(),
        FromType<System.ClientModel.ApiKeyCredential>(),
        FromType<Microsoft.Extensions.AI.IChatClient>(),
        FromType<Microsoft.Extensions.AI.ChatClientBuilder>());

    /// <summary>Azure OpenAI and Azure.Core.</summary>
    public static ImmutableArray<MetadataReference> AzureOpenAI { get; } = ImmutableArray.Create<MetadataReference>(
        FromType<Azure.AI.OpenAI.AzureOpenAIClient>(),
        FromType<Azure.Response>());

    /// <summary>Object mappers: AutoMapper and Mapster (their configurations decide which members a map fills).</summary>
    public static ImmutableArray<MetadataReference> Mappers { get; } = ImmutableArray.Create<MetadataReference>(
        FromType<AutoMapper.IMapper>(),
        FromType<Mapster.TypeAdapterConfig>());

    /// <summary>The same packages without the annotations: a project that has the rules but not Pii.Mask.</summary>
    public static ImmutableArray<MetadataReference> PackagesWithoutAnnotations { get; } =
        Packages.RemoveAt(Packages.Length - 1);

    private static MetadataReference FromType<T>() => MetadataReference.CreateFromFile(typeof(T).Assembly.Location);

    private static string Metadata(string key) =>
        typeof(TestReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
