using Microsoft.Extensions.Logging;

namespace MessagingPlatform.Billing;

/// <summary>Charges a card for an SMS bundle.</summary>
public sealed class BillingService(ILogger<BillingService> logger)
{
    private static readonly Action<ILogger, string, decimal, Exception?> LogCharge =
        LoggerMessage.Define<string, decimal>(LogLevel.Information, new EventId(2001, "Charge"), "Charging card {Card} for {Amount}");

    public void Charge(PaymentMethod card, decimal amount)
    {
        // Non-compliant: the full card number, through a LoggerMessage.Define delegate.
        LogCharge(logger, card.CardNumber, amount, null);

        // Non-compliant: a card security code must never be written anywhere.
        var debug = "cvv=" + card.Cvv;
        logger.LogDebug(debug);

        // Compliant: facts about the card, not the card.
        logger.LogInformation(
            "Charged {Amount} to card ending {Last4} (verified: {Verified}, hash {Hash})",
            amount,
            card.CardNumber[^4..].Length,
            card.CardNumberVerified,
            card.CardNumberHash);

        if (amount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"Invalid amount for card {Describe(card)}");
        }
    }

    private static string Describe(PaymentMethod card) => card.CardNumber.Substring(0, 6) + "...";
}
