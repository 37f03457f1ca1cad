using PrivacyAnalyzers.Annotations;

namespace MessagingPlatform.Messaging;

/// <summary>Hands SMS to the operator gateway; logs through Serilog as the messaging team does.</summary>
public sealed class SmsSender(Serilog.ILogger log)
{
    public bool Send(SmsMessage message)
    {
        // Compliant: ids and counts.
        log.Information("Sending {MessageId} from {SenderId} in {Parts} parts", message.MessageId, message.SenderId, message.Parts);

        // Non-compliant: destructuring writes every public property, including To and Body. No automatic fix.
        log.Debug("Gateway request {@Message}", message);

        // Non-compliant: the recipient's number in a structured property.
        log.Information("Delivered to {To}", message.To);

        // Compliant: masked.
        log.Information("Delivered to {To}", Pii.Mask(message.To, PiiKind.PhoneNumber));

        // Non-compliant: console output of a service is collected like a log.
        Console.WriteLine($"OTP body for {message.To}: {message.Body}");
        return true;
    }
}
