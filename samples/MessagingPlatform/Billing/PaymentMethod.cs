namespace MessagingPlatform.Billing;

/// <summary>A card on file for prepaid SMS bundles. Classified by name: CardNumber and Cvv are strong PII names.</summary>
public sealed class PaymentMethod
{
    public Guid CustomerId { get; init; }

    public required string CardNumber { get; init; }

    public required string Cvv { get; init; }

    public required string CardholderName { get; init; }

    public int ExpiryMonth { get; init; }

    public int ExpiryYear { get; init; }

    // Look-alikes that are not PII: a fact about the card, and a hash.
    public bool CardNumberVerified { get; set; }

    public string CardNumberHash { get; init; } = "";
}
