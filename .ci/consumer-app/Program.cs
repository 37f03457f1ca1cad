// The application code .ci/check-consumer puts into a fresh `dotnet new webapi` after following the README's install
// steps: one log leak (PII1001), one query on an encrypted column (PII3009), and three contexts that register encryption
// in different places and configure their model in different orders. `--store-sample` writes a record through each and
// reads it back; the check then searches the SQLite files for the values.
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PrivacyAnalyzers.Annotations;
using PrivacyAnalyzers.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(AppContext.BaseDirectory, "keys")));
builder.Services.AddDbContext<OptionsKycContext>((services, options) => options
    .UseSqlite("Data Source=options.db")
    .UsePiiEncryption(services.GetRequiredService<IDataProtectionProvider>()));
builder.Services.AddDbContext<ConventionsKycContext>(options => options.UseSqlite("Data Source=conventions.db"));
builder.Services.AddDbContext<SelfConfiguredKycContext>();
var app = builder.Build();

app.MapPost("/kyc", (KycRecord record, ILogger<KycRecord> logger) =>
{
    logger.LogInformation("KYC received for {Cnic}", record.Cnic);
    return Results.Accepted();
});

app.MapPost("/kyc/find", (KycLookup lookup, ConventionsKycContext db) =>
    db.KycRecords.FirstOrDefault(r => r.Cnic == lookup.Cnic) is null ? Results.NotFound() : Results.NoContent());

if (args.Contains("--store-sample"))
{
    using var scope = app.Services.CreateScope();
    var contexts = new KycContext[]
    {
        scope.ServiceProvider.GetRequiredService<OptionsKycContext>(),
        scope.ServiceProvider.GetRequiredService<ConventionsKycContext>(),
        scope.ServiceProvider.GetRequiredService<SelfConfiguredKycContext>(),
    };
    foreach (var db in contexts)
    {
        db.Database.EnsureDeleted();
        db.Database.EnsureCreated();
        db.KycRecords.Add(new KycRecord
        {
            Cnic = "95202-1234567-1",
            Address = new Address { Street = "House 12 Street 7", City = "Lahore" },
            Documents = { new IdentityDocument { Number = "AB1234567" } },
        });
        db.Set<AuditNote>().Add(new AuditNote { Text = "Aadhaar 2345 6789 0123 seen" });
        db.SaveChanges();
    }

    foreach (var db in contexts)
    {
        db.ChangeTracker.Clear();
        var stored = db.KycRecords.Include(r => r.Documents).Single();
        var note = db.Set<AuditNote>().Single();
        Console.WriteLine($"read back {db.GetType().Name}: {stored.Cnic == "95202-1234567-1" && stored.Address.Street == "House 12 Street 7" && stored.Documents[0].Number == "AB1234567" && note.Text == "Aadhaar 2345 6789 0123 seen"}");
    }

    return;
}

app.Run();

public sealed class KycRecord
{
    public int Id { get; set; }

    [Pii(PiiKind.Cnic)]
    [Encrypted]
    public string? Cnic { get; set; }

    public Address Address { get; set; } = new();

    public List<IdentityDocument> Documents { get; set; } = new();
}

public sealed class Address
{
    [Encrypted]
    public string Street { get; set; } = "";

    public string City { get; set; } = "";
}

public sealed class IdentityDocument
{
    public int Id { get; set; }

    [Pii(PiiKind.Passport)]
    [Encrypted]
    public string? Number { get; set; }
}

public sealed class AuditNote
{
    public int Id { get; set; }

    [Encrypted]
    public string? Text { get; set; }
}

public sealed record KycLookup(string Cnic);

public sealed class AuditNoteConfiguration : IEntityTypeConfiguration<AuditNote>
{
    public void Configure(EntityTypeBuilder<AuditNote> builder) => builder.ToTable("AuditNotes");
}

/// <summary>The model, configured in an order that ends with types the encryption call never saw in the old API.</summary>
public abstract class KycContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<KycRecord> KycRecords => Set<KycRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<KycRecord>(record =>
        {
            record.ComplexProperty(r => r.Address);
            record.OwnsMany(r => r.Documents, document => document.HasKey(d => d.Id));
        });
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KycContext).Assembly);
    }
}

public sealed class OptionsKycContext(DbContextOptions<OptionsKycContext> options) : KycContext(options);

public sealed class ConventionsKycContext(DbContextOptions<ConventionsKycContext> options, IDataProtectionProvider dataProtection)
    : KycContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UsePiiEncryption(dataProtection);
}

public sealed class SelfConfiguredKycContext(IDataProtectionProvider dataProtection) : KycContext(new DbContextOptions<SelfConfiguredKycContext>())
{
    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
        options.UseSqlite("Data Source=self.db").UsePiiEncryption(dataProtection);
}
