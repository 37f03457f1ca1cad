using PrivacyAnalyzers.Annotations;

namespace MessagingPlatform.Customers;

public enum KycStatus
{
    Pending,
    Verified,
    Rejected,
}

/// <summary>A business customer of the SMS/WhatsApp platform, with the KYC data the regulator asks for.</summary>
public sealed class Customer
{
    public Guid Id { get; init; } = Guid.NewGuid();

    [Pii(PiiKind.PersonName)]
    public required string FullName { get; init; }

    [Pii(PiiKind.Cnic)]
    public string? Cnic { get; init; }

    // Compliant: encrypted at rest by PlatformDbContext's UsePiiEncryption.
    [Pii(PiiKind.Aadhaar)]
    [Encrypted]
    public string? Aadhaar { get; init; }

    [Pii(PiiKind.PhoneNumber)]
    public required string Msisdn { get; init; }

    [Pii(PiiKind.Email)]
    public required string Email { get; init; }

    public string Country { get; init; } = "PK";

    public KycStatus KycStatus { get; set; } = KycStatus.Pending;

    public bool CnicVerified { get; set; }
}

/// <summary>What the KYC screen submits; the positional parameters are tagged for their properties.</summary>
public sealed record KycSubmission(Guid CustomerId, [property: Pii(PiiKind.Cnic)] string Cnic, string DocumentType);
