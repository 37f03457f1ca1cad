using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using PrivacyAnalyzers.Annotations;
using PrivacyAnalyzers.EntityFrameworkCore;

namespace MessagingPlatform.Data;

/// <summary>The compliant variant: identity numbers encrypted, cards as processor tokens, retention declared. No warnings.</summary>
public sealed class KycVaultDbContext(DbContextOptions<KycVaultDbContext> options, IDataProtectionProvider dataProtection)
    : DbContext(options)
{
    public DbSet<KycRecord> KycRecords => Set<KycRecord>();

    public DbSet<StoredCard> Cards => Set<StoredCard>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UsePiiEncryption(dataProtection);
}

// The privacy policy keeps identity documents for 30 days after the account is deleted.
[Retention("P30D")]
[Purpose("Know-your-customer checks the regulator requires")]
public sealed class KycRecord
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    [Pii(PiiKind.Cnic)]
    [Encrypted]
    public string? Cnic { get; set; }

    [Pii(PiiKind.Passport)]
    [Encrypted]
    public string? PassportNumber { get; set; }

    /// <summary>The CNIC's keyed hash (PiiLookupHasher), so a record can be found by CNIC although the CNIC is encrypted.</summary>
    public string? CnicLookup { get; set; }

    public bool CnicVerified { get; set; }
}

public sealed class StoredCard
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    /// <summary>The payment processor's token; the card number never reaches this service's database.</summary>
    public string ProcessorToken { get; set; } = "";

    public string CardNumberLast4 { get; set; } = "";
}
