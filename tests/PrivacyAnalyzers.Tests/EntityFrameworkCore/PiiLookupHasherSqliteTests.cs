using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using PrivacyAnalyzers.Annotations;
using PrivacyAnalyzers.EntityFrameworkCore;
using Xunit;

namespace PrivacyAnalyzers.Tests.EntityFrameworkCore;

/// <summary>The documented lookup of an encrypted value: a keyed-hash column beside it, on a real SQLite file.</summary>
public sealed class PiiLookupHasherSqliteTests : IDisposable
{
    private const string Cnic = "35202-1234567-1";
    private readonly EncryptedDatabaseFolder _databases = new();

    public sealed class Subscriber
    {
        public int Id { get; set; }

        [Pii(PiiKind.Cnic)]
        [Encrypted]
        public string? Cnic { get; set; }

        public string? CnicLookup { get; set; }
    }

    private sealed class LookupContext(string path, IDataProtectionProvider provider) : DbContext
    {
        public DbSet<Subscriber> Subscribers => Set<Subscriber>();

        protected override void OnConfiguring(DbContextOptionsBuilder options) =>
            options.UseSqlite($"Data Source={path};Pooling=False").UsePiiEncryption(provider);

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<Subscriber>().HasIndex(s => s.CnicLookup);
    }

    [Fact]
    public void A_CNIC_is_found_by_its_keyed_hash_and_the_file_holds_neither_the_CNIC_nor_its_unkeyed_hash()
    {
        var database = _databases.Database("lookup");
        var provider = _databases.KeyRing("lookup-keys");
        var lookup = PiiLookupHasher.FromBase64Key(PiiLookupHasher.CreateKey(), purpose: "Subscriber.Cnic");
        using (var context = new LookupContext(database, provider))
        {
            context.Database.EnsureCreated();
            foreach (var cnic in new[] { "61101-7654321-9", Cnic, "42101-1111111-3" })
            {
                context.Subscribers.Add(new Subscriber { Cnic = cnic, CnicLookup = lookup.Hash(cnic) });
            }

            context.SaveChanges();
        }

        using (var context = new LookupContext(database, provider))
        {
            // The two lines of the README: as typed with dashes, and as typed without.
            Assert.Equal(Cnic, context.Subscribers.Single(s => s.CnicLookup == lookup.Hash(Cnic)).Cnic);
            Assert.Equal(Cnic, context.Subscribers.Single(s => s.CnicLookup == lookup.Hash("3520212345671")).Cnic);
            Assert.Empty(context.Subscribers.Where(s => s.CnicLookup == lookup.Hash("35202-1234567-2")));
        }

        var raw = EncryptedDatabaseFolder.FileText(database);
        Assert.DoesNotContain(Cnic, raw);
        Assert.DoesNotContain("3520212345671", raw);
        // Whoever copies the file cannot hash candidate CNICs to find this one: no unkeyed digest of it is there.
        foreach (var form in new[] { Cnic, "3520212345671" })
        {
            foreach (var digest in new[] { SHA256.HashData(Encoding.UTF8.GetBytes(form)), SHA512.HashData(Encoding.UTF8.GetBytes(form)), SHA1.HashData(Encoding.UTF8.GetBytes(form)) })
            {
                Assert.DoesNotContain(Convert.ToHexString(digest), raw, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(Convert.ToBase64String(digest), raw);
            }
        }

        Assert.Contains(lookup.Hash(Cnic)!, EncryptedDatabaseFolder.RawColumns(database, "Subscribers", "CnicLookup"));
    }

    [Fact]
    public void The_hash_depends_on_the_key_and_the_purpose_and_keeps_null()
    {
        var key = Convert.FromBase64String(PiiLookupHasher.CreateKey());
        var hasher = new PiiLookupHasher(key, "Subscriber.Cnic");
        Assert.Equal(hasher.Hash(Cnic), new PiiLookupHasher(key, "Subscriber.Cnic").Hash(" 35202 1234567 1 "));
        Assert.NotEqual(hasher.Hash(Cnic), new PiiLookupHasher(key, "Kyc.Cnic").Hash(Cnic));
        Assert.NotEqual(hasher.Hash(Cnic), new PiiLookupHasher(Convert.FromBase64String(PiiLookupHasher.CreateKey()), "Subscriber.Cnic").Hash(Cnic));
        Assert.Equal(Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("Subscriber.Cnic\03520212345671"))).ToLowerInvariant(), hasher.Hash(Cnic));
        Assert.Null(hasher.Hash(null));
    }

    [Fact]
    public void A_short_key_is_refused_with_what_to_do()
    {
        var error = Assert.Throws<ArgumentException>(() => new PiiLookupHasher(new byte[16]));
        Assert.Contains("at least 32 bytes", error.Message);
        Assert.Contains("CreateKey", error.Message);
    }

    public void Dispose() => _databases.Dispose();
}
