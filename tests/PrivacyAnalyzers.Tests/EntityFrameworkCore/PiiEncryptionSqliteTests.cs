using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using PrivacyAnalyzers.Annotations;
using PrivacyAnalyzers.EntityFrameworkCore;
using Xunit;

namespace PrivacyAnalyzers.Tests.EntityFrameworkCore;

/// <summary>UsePiiEncryption (registered in ConfigureConventions) against a real SQLite file and real Data Protection key
/// rings; <see cref="PiiEncryptionRegistrationTests"/> covers where and in what order it can be registered.</summary>
public sealed class PiiEncryptionSqliteTests : IDisposable
{
    private const string Cnic = "35202-1234567-1";
    private const string Passport = "AB1234567";
    private readonly EncryptedDatabaseFolder _databases = new();

    public sealed class Document
    {
        [Pii(PiiKind.Passport)]
        [Encrypted]
        public string? PassportNo { get; set; }
    }

    public sealed class Holder
    {
        public int Id { get; set; }

        [Pii(PiiKind.Cnic)]
        [Encrypted]
        public string? Cnic { get; set; }

        public string Name { get; set; } = "";

        public Document Document { get; set; } = new();
    }

    public sealed class NumberHolder
    {
        public int Id { get; set; }

        [Encrypted]
        public long Aadhaar { get; set; }
    }

    private sealed class KycContext(string path, IDataProtectionProvider provider) : DbContext
    {
        public DbSet<Holder> Holders => Set<Holder>();

        public IDataProtectionProvider Provider { get; } = provider;

        protected override void OnConfiguring(DbContextOptionsBuilder options) =>
            options.UseSqlite($"Data Source={path};Pooling=False")
                .ReplaceService<IModelCacheKeyFactory, ModelPerProvider>();

        protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
            configurationBuilder.UsePiiEncryption(Provider);

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Holder>().OwnsOne(h => h.Document);
    }

    private sealed class NumberContext(string path, IDataProtectionProvider provider) : DbContext
    {
        public DbSet<NumberHolder> Holders => Set<NumberHolder>();

        protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseSqlite($"Data Source={path}");

        protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
            configurationBuilder.UsePiiEncryption(provider);
    }

    /// <summary>Each test has its own key ring; EF caches one model per context type unless told otherwise.</summary>
    private sealed class ModelPerProvider : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) => (context.GetType(), ((KycContext)context).Provider, designTime);
    }

    [Fact]
    public void Saved_values_are_not_in_the_database_file_and_read_back_through_ef()
    {
        var database = _databases.Database("kyc");
        var provider = KeyRing("keys");
        using (var context = new KycContext(database, provider))
        {
            context.Database.EnsureCreated();
            context.Holders.Add(new Holder { Cnic = Cnic, Name = "Ayesha", Document = new Document { PassportNo = Passport } });
            context.SaveChanges();
        }

        var raw = EncryptedDatabaseFolder.FileText(database);
        Assert.DoesNotContain(Cnic, raw);
        Assert.DoesNotContain(Passport, raw);
        Assert.Contains("Ayesha", raw);
        Assert.NotEqual(Cnic, RawColumn(database, "Cnic"));

        using (var context = new KycContext(database, provider))
        {
            var holder = context.Holders.Single();
            Assert.Equal(Cnic, holder.Cnic);
            Assert.Equal(Passport, holder.Document.PassportNo);
        }
    }

    [Fact]
    public void Rows_written_before_a_key_rotation_stay_readable()
    {
        var database = _databases.Database("rotation");
        var services = KeyRingServices("rotating-keys");
        var provider = services.GetRequiredService<IDataProtectionProvider>();
        using (var context = new KycContext(database, provider))
        {
            context.Database.EnsureCreated();
            context.Holders.Add(new Holder { Cnic = Cnic });
            context.SaveChanges();
        }

        var before = RawColumn(database, "Cnic");
        var keyManager = services.GetRequiredService<IKeyManager>();
        var oldKeys = keyManager.GetAllKeys().Select(k => k.KeyId).ToHashSet();
        // Activated after the first key, so it becomes the default key (rotation as Data Protection does it every 90 days).
        var newKey = keyManager.CreateNewKey(DateTimeOffset.UtcNow.AddSeconds(1), DateTimeOffset.UtcNow.AddDays(90));
        Assert.DoesNotContain(newKey.KeyId, oldKeys);

        // A restarted application: a new provider over the same key ring, whose default key is now the new one.
        var restarted = KeyRingServices("rotating-keys").GetRequiredService<IDataProtectionProvider>();
        using (var context = new KycContext(database, restarted))
        {
            context.Holders.Add(new Holder { Cnic = "61101-7654321-9" });
            context.SaveChanges();
        }

        using (var context = new KycContext(database, restarted))
        {
            var values = context.Holders.OrderBy(h => h.Id).Select(h => h.Cnic).ToList();
            Assert.Equal(new[] { Cnic, "61101-7654321-9" }, values);
        }

        // Data Protection payloads carry the id of the key that made them, after a 4-byte header.
        var rows = RawColumns(database, "Cnic");
        Assert.Equal(before, rows[0]);
        Assert.NotEqual(KeyIdOf(rows[0]), KeyIdOf(rows[1]));
        Assert.Equal(newKey.KeyId, KeyIdOf(rows[1]));
    }

    [Fact]
    public void Equality_queries_on_an_encrypted_column_match_nothing_as_documented()
    {
        var database = _databases.Database("query");
        var provider = KeyRing("query-keys");
        using (var context = new KycContext(database, provider))
        {
            context.Database.EnsureCreated();
            context.Holders.Add(new Holder { Cnic = Cnic, Name = "Ayesha" });
            context.SaveChanges();
        }

        using (var context = new KycContext(database, provider))
        {
            // The parameter is encrypted too, with a fresh random IV, so it never equals the stored ciphertext.
            Assert.Empty(context.Holders.Where(h => h.Cnic == Cnic).ToList());
            // Queries on other columns, and filtering in memory after loading, work.
            Assert.Equal(Cnic, context.Holders.Single(h => h.Name == "Ayesha").Cnic);
            Assert.Single(context.Holders.AsEnumerable(), h => h.Cnic == Cnic);
        }
    }

    [Fact]
    public void Null_stays_null()
    {
        var database = _databases.Database("null");
        var provider = KeyRing("null-keys");
        using (var context = new KycContext(database, provider))
        {
            context.Database.EnsureCreated();
            context.Holders.Add(new Holder { Cnic = null });
            context.SaveChanges();
        }

        Assert.Null(RawColumn(database, "Cnic"));
        using var reader = new KycContext(database, provider);
        Assert.Null(reader.Holders.Single().Cnic);
    }

    [Fact]
    public void A_non_string_encrypted_member_is_refused_with_a_clear_message()
    {
        using var context = new NumberContext(_databases.Database("number"), KeyRing("number-keys"));
        var error = Assert.Throws<InvalidOperationException>(() => context.Model);
        Assert.Contains("[Encrypted] is on NumberHolder.Aadhaar", error.Message);
        Assert.Contains("only string members", error.Message);
    }

    public void Dispose() => _databases.Dispose();

    private IDataProtectionProvider KeyRing(string name) => _databases.KeyRing(name);

    private ServiceProvider KeyRingServices(string name) => _databases.KeyRingServices(name);

    private static string? RawColumn(string database, string column) => RawColumns(database, column)[0];

    private static List<string?> RawColumns(string database, string column) => EncryptedDatabaseFolder.RawColumns(database, "Holders", column);

    private static Guid KeyIdOf(string? protectedValue)
    {
        var base64 = protectedValue!.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        return new Guid(Convert.FromBase64String(base64).AsSpan(4, 16));
    }
}
