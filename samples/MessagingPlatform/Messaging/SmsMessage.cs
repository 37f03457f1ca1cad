using PrivacyAnalyzers.Annotations;

namespace MessagingPlatform.Messaging;

/// <summary>An outbound SMS. Recipient and body are personal data; the sender ID and parts count are not.</summary>
public sealed class SmsMessage
{
    public Guid MessageId { get; init; } = Guid.NewGuid();

    public required string SenderId { get; init; }

    [Pii(PiiKind.PhoneNumber)]
    public required string To { get; init; }

    [Pii(PiiKind.MessageContent)]
    public required string Body { get; init; }

    public int Parts => (Body.Length + 152) / 153;
}
