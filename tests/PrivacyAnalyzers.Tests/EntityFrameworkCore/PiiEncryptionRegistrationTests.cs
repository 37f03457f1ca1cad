using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.DependencyInjection;
using PrivacyAnalyzers.Annotations;
using PrivacyAnalyzers.EntityFrameworkCore;
using Xunit;

namespace PrivacyAnalyzers.Tests.EntityFrameworkCore;

/// <summary>
/// Wherever UsePiiEncryption is registered and whatever OnModelCreating does, every [Encrypted] member reaches the SQLite
/// file encrypted; a member that cannot be encrypted stops model building. Each case reads the raw file.
/// </summary>
public sealed class PiiEncryptionRegistrationTests : IDisposable
{
    private const string Cnic = "35202-1234567-1";
    private const string Street = "House 12, Street 7, F-8/3";
    private const string Passport = "AB1234567";
    private const string Note = "Aadhaar 2345 6789 0123 seen";
    private const string Vault = "PAN ABCDE1234F";
    private readonly EncryptedDatabaseFolder _databases = new();

    public sealed class Address
    {
        [Encrypted]
        public string Street { get; set; } = "";

        public string City { get; set; } = "";
    }

    public sealed class IdentityDocument
    {
        public int Id { get; set; }

        [Encrypted]
        public string? Number { get; set; }

        public string Kind { get; set; } = "";
    }

    public sealed class Subscriber
    {
        public int Id { get; set; }

        [Pii(PiiKind.Cnic)]
        [Encrypted]
        [System.ComponentModel.DataAnnotations.MaxLength(15)]
        public string? Cnic { get; set; }

        public string Name { get; set; } = "";

        public Address Address { get; set; } = new();

        public List<IdentityDocument> Documents { get; set; } = new();
    }

    /// <summary>Configured only after every other call of OnModelCreating.</summary>
    public sealed class AuditNote
    {
        public int Id { get; set; }

        [Encrypted]
        public string? Text { get; set; }
    }

    /// <summary>Configured by an IEntityTypeConfiguration found by ApplyConfigurationsFromAssembly.</summary>
    public sealed class VaultEntry
    {
        public int Id { get; set; }

        [Encrypted]
        public string? Secret { get; set; }
    }

    public sealed class VaultEntryConfiguration : IEntityTypeConfiguration<VaultEntry>
    {
        public void Configure(EntityTypeBuilder<VaultEntry> builder) => builder.ToTable("Vault");
    }

    /// <summary>OnModelCreating as real contexts write it: complex and owned types, configuration classes, and an entity
    /// added last, with no DbSet.</summary>
    public abstract class SubscriberContext(DbContextOptions options) : DbContext(options)
    {
        public DbSet<Subscriber> Subscribers => Set<Subscriber>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Subscriber>(subscriber =>
            {
                subscriber.ComplexProperty(s => s.Address);
                subscriber.OwnsMany(s => s.Documents, document => document.HasKey(d => d.Id));
            });
            modelBuilder.ApplyConfigurationsFromAssembly(typeof(VaultEntryConfiguration).Assembly, type => type == typeof(VaultEntryConfiguration));
            modelBuilder.Entity<AuditNote>();
        }
    }

    private sealed class ConventionsContext(DbContextOptions<ConventionsContext> options, IDataProtectionProvider provider) : SubscriberContext(options)
    {
        protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.UsePiiEncryption(provider);
    }

    private sealed class OptionsContext(DbContextOptions<OptionsContext> options) : SubscriberContext(options);

    private sealed class SelfConfiguredContext(string path, IDataProtectionProvider provider) : SubscriberContext(new DbContextOptions<SelfConfiguredContext>())
    {
        protected override void OnConfiguring(DbContextOptionsBuilder options) =>
            options.UseSqlite($"Data Source={path};Pooling=False").UsePiiEncryption(provider);
    }

    private sealed class TwiceRegisteredContext(DbContextOptions<TwiceRegisteredContext> options, IDataProtectionProvider provider) : SubscriberContext(options)
    {
        protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.UsePiiEncryption(provider);
    }

    [Fact]
    public void Registered_in_ConfigureConventions_every_member_is_encrypted_whatever_OnModelCreating_does()
    {
        var database = _databases.Database("conventions");
        var provider = _databases.KeyRing("conventions-keys");
        var options = new DbContextOptionsBuilder<ConventionsContext>().UseSqlite($"Data Source={database};Pooling=False").Options;
        AssertEncryptedRoundTrip(database, () => new ConventionsContext(options, provider));
    }

    [Fact]
    public void Registered_on_the_options_through_AddDbContext_every_member_is_encrypted()
    {
        var database = _databases.Database("options");
        var services = new ServiceCollection();
        _databases.AddKeyRing(services, "options-keys");
        services.AddDbContext<OptionsContext>((provider, options) => options
            .UseSqlite($"Data Source={database};Pooling=False")
            .UsePiiEncryption(provider.GetRequiredService<IDataProtectionProvider>()));
        using var root = services.BuildServiceProvider();
        AssertEncryptedRoundTrip(database, () => root.CreateScope().ServiceProvider.GetRequiredService<OptionsContext>());
    }

    [Fact]
    public void Registered_in_OnConfiguring_every_member_is_encrypted()
    {
        var database = _databases.Database("self");
        var provider = _databases.KeyRing("self-keys");
        AssertEncryptedRoundTrip(database, () => new SelfConfiguredContext(database, provider));
    }

    [Fact]
    public void Registered_twice_values_are_encrypted_once()
    {
        var database = _databases.Database("twice");
        var provider = _databases.KeyRing("twice-keys");
        var options = new DbContextOptionsBuilder<TwiceRegisteredContext>()
            .UseSqlite($"Data Source={database};Pooling=False").UsePiiEncryption(provider).Options;
        AssertEncryptedRoundTrip(database, () => new TwiceRegisteredContext(options, provider));

        // Encrypted once: the stored value is what one protector makes of the CNIC, not a ciphertext of a ciphertext.
        var stored = EncryptedDatabaseFolder.RawColumns(database, "Subscribers", "Cnic")[0];
        Assert.Equal(Cnic, provider.CreateProtector(PiiEncryption.DefaultPurpose).Unprotect(stored!));
    }

    [Fact]
    public void A_length_meant_for_the_value_is_dropped_so_the_ciphertext_is_not_cut()
    {
        var provider = _databases.KeyRing("length-keys");
        var options = new DbContextOptionsBuilder<ConventionsContext>().UseSqlite("Data Source=:memory:").Options;
        using var context = new ConventionsContext(options, provider);
        var cnic = context.Model.FindEntityType(typeof(Subscriber))!.FindProperty(nameof(Subscriber.Cnic))!;
        Assert.Null(cnic.GetMaxLength());
        Assert.IsType<PiiEncryptionConverter>(cnic.GetValueConverter());
    }

    private sealed class OwnConverterContext(DbContextOptions<OwnConverterContext> options, IDataProtectionProvider provider) : DbContext(options)
    {
        public DbSet<AuditNote> Notes => Set<AuditNote>();

        protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.UsePiiEncryption(provider);

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<AuditNote>().Property(n => n.Text).HasConversion(text => text!.ToUpperInvariant(), stored => stored);
    }

    public sealed class KeyedByCnic
    {
        [System.ComponentModel.DataAnnotations.Key]
        [Encrypted]
        public string Cnic { get; set; } = "";
    }

    private sealed class EncryptedKeyContext(DbContextOptions<EncryptedKeyContext> options, IDataProtectionProvider provider) : DbContext(options)
    {
        public DbSet<KeyedByCnic> People => Set<KeyedByCnic>();

        protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.UsePiiEncryption(provider);
    }

    [Fact]
    public void A_member_with_a_converter_of_its_own_stops_model_building_with_its_name()
    {
        var options = new DbContextOptionsBuilder<OwnConverterContext>().UseSqlite("Data Source=:memory:").Options;
        using var context = new OwnConverterContext(options, _databases.KeyRing("converter-keys"));
        var error = Assert.Throws<InvalidOperationException>(() => context.Model);
        Assert.Contains("[Encrypted] is on AuditNote.Text", error.Message);
        Assert.Contains("value converter of its own", error.Message);
    }

    [Fact]
    public void A_key_member_stops_model_building_with_its_name()
    {
        var options = new DbContextOptionsBuilder<EncryptedKeyContext>().UseSqlite("Data Source=:memory:").Options;
        using var context = new EncryptedKeyContext(options, _databases.KeyRing("key-keys"));
        var error = Assert.Throws<InvalidOperationException>(() => context.Model);
        Assert.Contains("[Encrypted] is on KeyedByCnic.Cnic", error.Message);
        Assert.Contains("part of a key", error.Message);
    }

    public sealed class Profile
    {
        public int Id { get; set; }

        public ContactCard Contact { get; set; } = new();
    }

    public sealed class ContactCard
    {
        [Encrypted]
        public string? Cnic { get; set; }

        public string City { get; set; } = "";
    }

    private sealed class JsonColumnContext(DbContextOptions<JsonColumnContext> options, IDataProtectionProvider provider) : DbContext(options)
    {
        public DbSet<Profile> Profiles => Set<Profile>();

        protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.UsePiiEncryption(provider);

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Profile>().OwnsOne(p => p.Contact, c => c.ToJson());
    }

    [Fact]
    public void A_member_of_an_owned_type_mapped_to_a_JSON_column_is_encrypted_inside_the_JSON()
    {
        var database = _databases.Database("json");
        var provider = _databases.KeyRing("json-keys");
        var options = new DbContextOptionsBuilder<JsonColumnContext>().UseSqlite($"Data Source={database};Pooling=False").Options;
        using (var context = new JsonColumnContext(options, provider))
        {
            context.Database.EnsureCreated();
            context.Profiles.Add(new Profile { Contact = new ContactCard { Cnic = Cnic, City = "Multan" } });
            context.SaveChanges();
        }

        var raw = EncryptedDatabaseFolder.FileText(database);
        Assert.Contains("Multan", raw);
        Assert.DoesNotContain(Cnic, raw);
        using (var context = new JsonColumnContext(options, provider))
        {
            Assert.Equal(Cnic, context.Profiles.Single().Contact.Cnic);
        }
    }

    public void Dispose() => _databases.Dispose();

    /// <summary>Saves one of everything, checks the file holds none of it as written, and reads it all back.</summary>
    private static void AssertEncryptedRoundTrip(string database, Func<SubscriberContext> open)
    {
        using (var context = open())
        {
            context.Database.EnsureCreated();
            context.Subscribers.Add(new Subscriber
            {
                Cnic = Cnic,
                Name = "Ayesha",
                Address = new Address { Street = Street, City = "Islamabad" },
                Documents = { new IdentityDocument { Number = Passport, Kind = "passport" } },
            });
            context.Set<AuditNote>().Add(new AuditNote { Text = Note });
            context.Set<VaultEntry>().Add(new VaultEntry { Secret = Vault });
            context.SaveChanges();
        }

        var raw = EncryptedDatabaseFolder.FileText(database);
        Assert.Contains("Ayesha", raw);
        Assert.Contains("Islamabad", raw);
        Assert.Contains("passport", raw);
        foreach (var secret in new[] { Cnic, Street, Passport, Note, Vault })
        {
            Assert.DoesNotContain(secret, raw);
        }

        using (var context = open())
        {
            var subscriber = context.Subscribers.Include(s => s.Documents).Single();
            Assert.Equal(Cnic, subscriber.Cnic);
            Assert.Equal(Street, subscriber.Address.Street);
            Assert.Equal(Passport, Assert.Single(subscriber.Documents).Number);
            Assert.Equal(Note, context.Set<AuditNote>().Single().Text);
            Assert.Equal(Vault, context.Set<VaultEntry>().Single().Secret);
        }
    }
}
