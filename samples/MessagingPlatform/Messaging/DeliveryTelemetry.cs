using System.Diagnostics;
using System.Diagnostics.Metrics;
using PrivacyAnalyzers.Annotations;

namespace MessagingPlatform.Messaging;

/// <summary>Traces and metrics of SMS delivery, exported by OpenTelemetry to the monitoring service.</summary>
public sealed class DeliveryTelemetry
{
    private static readonly ActivitySource Source = new("MessagingPlatform.Delivery");
    private static readonly Meter Meter = new("MessagingPlatform.Delivery");
    private static readonly Counter<int> Delivered = Meter.CreateCounter<int>("sms.delivered");

    public Activity? StartDelivery(SmsMessage message)
    {
        var activity = Source.StartActivity("sms.deliver");

        // Compliant: ids, counts and a masked number.
        activity?.SetTag("sms.message_id", message.MessageId);
        activity?.SetTag("sms.parts", message.Parts);
        activity?.SetTag("sms.to", Pii.Mask(message.To, PiiKind.PhoneNumber));

        // Non-compliant: the recipient's number as a span tag goes to the monitoring service with every trace.
        activity?.SetTag("sms.recipient", message.To);
        return activity;
    }

    public void Record(SmsMessage message, bool delivered)
    {
        // Compliant: the sender ID is a brand name, not a person's.
        Delivered.Add(1, new KeyValuePair<string, object?>("sender", message.SenderId), new KeyValuePair<string, object?>("ok", delivered));

        // Non-compliant: message content as a metric tag.
        Delivered.Add(1, new KeyValuePair<string, object?>("template", message.Body));
    }
}
