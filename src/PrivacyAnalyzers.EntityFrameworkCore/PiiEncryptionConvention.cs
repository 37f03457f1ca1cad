using System.Reflection;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using PrivacyAnalyzers.Annotations;

namespace PrivacyAnalyzers.EntityFrameworkCore;

/// <summary>
/// Gives every <c>[Encrypted]</c> member of the model a <see cref="PiiEncryptionConverter"/> when the model is finalized,
/// after all of <c>OnModelCreating</c> has run. A member it cannot encrypt fails model building, naming the member: the
/// one thing this package must never do is store such a member as written. Registered by
/// <see cref="PiiEncryption"/>'s <c>UsePiiEncryption</c>.
/// </summary>
public sealed class PiiEncryptionConvention : IModelFinalizingConvention
{
    private readonly PiiEncryptionConverter _converter;

    /// <summary>Encrypts with <paramref name="protector"/>.</summary>
    public PiiEncryptionConvention(IDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(protector);
        _converter = new PiiEncryptionConverter(protector);
    }

    /// <inheritdoc />
    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        foreach (var entityType in modelBuilder.Metadata.GetEntityTypes())
        {
            EncryptMembersOf(entityType);
        }
    }

    /// <summary>The declared properties of an entity, owned or complex type, then those of its complex properties.</summary>
    private void EncryptMembersOf(IConventionTypeBase type)
    {
        foreach (var property in type.GetDeclaredProperties())
        {
            Encrypt(property);
        }

        foreach (var complexProperty in type.GetDeclaredComplexProperties())
        {
            EncryptMembersOf(complexProperty.ComplexType);
        }
    }

    private void Encrypt(IConventionProperty property)
    {
        var member = (MemberInfo?)property.PropertyInfo ?? property.FieldInfo;
        if (member?.GetCustomAttribute<EncryptedAttribute>(inherit: true) is null)
        {
            return;
        }

        var name = property.DeclaringType.DisplayName() + "." + property.Name;
        var existing = property.GetValueConverter();
        if (existing is PiiEncryptionConverter)
        {
            // Registered twice (options and ConfigureConventions): the first convention did it.
            return;
        }

        if (property.ClrType != typeof(string))
        {
            throw Refused(name, $"is of type {property.ClrType.Name}; only string members can be encrypted. Store the value as a string.");
        }

        if (existing is not null || property.GetProviderClrType() is { } provider && provider != typeof(string))
        {
            throw Refused(name, "already has a value converter of its own, which would replace the encryption. " +
                "Remove the HasConversion(...) for it, or encrypt inside that converter and remove [Encrypted].");
        }

        if (property.IsKey() || property.IsForeignKey())
        {
            throw Refused(name, "is part of a key; encryption gives the same value a different ciphertext every time, so " +
                "rows could not be found or joined by it. Key the entity by an id and keep this member as a plain column.");
        }

        property.SetValueConverter(_converter);
        // A ciphertext is several times longer than the value: a length meant for the value would truncate it.
        property.SetMaxLength(null);
    }

    private static InvalidOperationException Refused(string member, string reason) =>
        new($"[Encrypted] is on {member}, which cannot be encrypted: it {reason}");
}
