using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace PrivacyAnalyzers.EntityFrameworkCore;

/// <summary>
/// Turns on encryption at rest for every <c>[Encrypted]</c> member of a context's model, in one of two places:
/// <code>protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =&gt;
///     configurationBuilder.UsePiiEncryption(dataProtectionProvider);</code>
/// or where the context is configured:
/// <code>services.AddDbContext&lt;AppDbContext&gt;((services, options) =&gt; options.UseSqlite(connectionString)
///     .UsePiiEncryption(services.GetRequiredService&lt;IDataProtectionProvider&gt;()));</code>
/// </summary>
/// <remarks>
/// <para>Both register <see cref="PiiEncryptionConvention"/>, which runs when the model is finalized: after
/// <c>OnModelCreating</c>, so the order of calls in it, owned and complex types, <c>ApplyConfigurationsFromAssembly</c>
/// and entity types added anywhere are all covered. An <c>[Encrypted]</c> member that cannot be encrypted fails model
/// building with its name; it is never stored as written.</para>
/// <para>What works on an encrypted column: saving, loading, updating, null. What does not: SQL that looks at the
/// value. Equality (<c>Where(c =&gt; c.Cnic == cnic)</c>) is translated but matches nothing, because every encryption of
/// a value differs; ordering, <c>LIKE</c>, <c>Contains</c> and indexes on the column are meaningless. To find rows by such a
/// value, store its keyed hash (<see cref="PiiLookupHasher"/>) in a separate column and query that.</para>
/// <para>The model, and the protector in it, is built once per context type, as EF Core caches every model.</para>
/// </remarks>
public static class PiiEncryption
{
    /// <summary>The Data Protection purpose used when none is given. Changing it makes existing rows unreadable.</summary>
    public const string DefaultPurpose = "PrivacyAnalyzers.EntityFrameworkCore.PiiEncryption.v1";

    /// <summary>Encrypts every <c>[Encrypted]</c> member with a protector for <paramref name="purpose"/>. Call it in
    /// <c>ConfigureConventions</c>.</summary>
    public static ModelConfigurationBuilder UsePiiEncryption(this ModelConfigurationBuilder configurationBuilder,
        IDataProtectionProvider provider, string purpose = DefaultPurpose)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return configurationBuilder.UsePiiEncryption(provider.CreateProtector(purpose));
    }

    /// <summary>Encrypts every <c>[Encrypted]</c> member with <paramref name="protector"/>. Call it in
    /// <c>ConfigureConventions</c>.</summary>
    public static ModelConfigurationBuilder UsePiiEncryption(this ModelConfigurationBuilder configurationBuilder, IDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        ArgumentNullException.ThrowIfNull(protector);
        configurationBuilder.Conventions.Add(_ => new PiiEncryptionConvention(protector));
        return configurationBuilder;
    }

    /// <summary>Encrypts every <c>[Encrypted]</c> member of the context's model with a protector for
    /// <paramref name="purpose"/>.</summary>
    public static DbContextOptionsBuilder UsePiiEncryption(this DbContextOptionsBuilder optionsBuilder,
        IDataProtectionProvider provider, string purpose = DefaultPurpose)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return optionsBuilder.UsePiiEncryption(provider.CreateProtector(purpose));
    }

    /// <summary>Encrypts every <c>[Encrypted]</c> member of the context's model with <paramref name="protector"/>.</summary>
    public static DbContextOptionsBuilder UsePiiEncryption(this DbContextOptionsBuilder optionsBuilder, IDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        ArgumentNullException.ThrowIfNull(protector);
        ((IDbContextOptionsBuilderInfrastructure)optionsBuilder).AddOrUpdateExtension(new PiiEncryptionOptionsExtension(protector));
        return optionsBuilder;
    }

    /// <summary>Encrypts every <c>[Encrypted]</c> member of <typeparamref name="TContext"/>'s model with a protector for
    /// <paramref name="purpose"/>.</summary>
    public static DbContextOptionsBuilder<TContext> UsePiiEncryption<TContext>(this DbContextOptionsBuilder<TContext> optionsBuilder,
        IDataProtectionProvider provider, string purpose = DefaultPurpose)
        where TContext : DbContext =>
        (DbContextOptionsBuilder<TContext>)((DbContextOptionsBuilder)optionsBuilder).UsePiiEncryption(provider, purpose);

    /// <summary>Encrypts every <c>[Encrypted]</c> member of <typeparamref name="TContext"/>'s model with
    /// <paramref name="protector"/>.</summary>
    public static DbContextOptionsBuilder<TContext> UsePiiEncryption<TContext>(this DbContextOptionsBuilder<TContext> optionsBuilder,
        IDataProtector protector)
        where TContext : DbContext =>
        (DbContextOptionsBuilder<TContext>)((DbContextOptionsBuilder)optionsBuilder).UsePiiEncryption(protector);
}
