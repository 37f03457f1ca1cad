using System.Reflection;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using PrivacyAnalyzers.Annotations;

namespace PrivacyAnalyzers.EntityFrameworkCore;

/// <summary>
/// The model convention that makes <c>[Encrypted]</c> members encrypted at rest.
/// </summary>
/// <remarks>
/// <para>Call it last in <c>OnModelCreating</c>, after every entity is configured:
/// <code>modelBuilder.UsePiiEncryption(dataProtectionProvider);</code></para>
/// <para>What works on an encrypted column: saving, loading, updating, null. What does not: SQL that looks at the
/// value. Equality (<c>Where(c =&gt; c.Cnic == cnic)</c>) is translated but matches nothing, because every encryption of
/// a value differs; ordering, <c>LIKE</c>, <c>Contains</c> and indexes on the column are meaningless. To look rows up
/// by such a value, store a keyed hash of it in a separate column and query that.</para>
/// </remarks>
public static class PiiEncryptionModelBuilderExtensions
{
    /// <summary>The Data Protection purpose used when none is given. Changing it makes existing rows unreadable.</summary>
    public const string DefaultPurpose = "PrivacyAnalyzers.EntityFrameworkCore.PiiEncryption.v1";

    /// <summary>Encrypts every <c>[Encrypted]</c> member with a protector for <paramref name="purpose"/>.</summary>
    public static ModelBuilder UsePiiEncryption(this ModelBuilder modelBuilder, IDataProtectionProvider provider, string purpose = DefaultPurpose)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return modelBuilder.UsePiiEncryption(provider.CreateProtector(purpose));
    }

    /// <summary>Encrypts every <c>[Encrypted]</c> member with <paramref name="protector"/>.</summary>
    /// <exception cref="NotSupportedException">An <c>[Encrypted]</c> member is not a string.</exception>
    public static ModelBuilder UsePiiEncryption(this ModelBuilder modelBuilder, IDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentNullException.ThrowIfNull(protector);
        var converter = new PiiEncryptionConverter(protector);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entityType.GetProperties())
            {
                var member = (MemberInfo?)property.PropertyInfo ?? property.FieldInfo;
                if (member?.GetCustomAttribute<EncryptedAttribute>(inherit: true) is null)
                {
                    continue;
                }

                if (property.ClrType != typeof(string))
                {
                    throw new NotSupportedException(
                        $"[Encrypted] is on {entityType.DisplayName()}.{property.Name} of type {property.ClrType.Name}; " +
                        "only string members can be encrypted. Store the value as a string.");
                }

                property.SetValueConverter(converter);
            }
        }

        return modelBuilder;
    }
}
