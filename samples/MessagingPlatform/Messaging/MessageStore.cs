using System.Collections.Concurrent;

namespace MessagingPlatform.Messaging;

/// <summary>Recent outbound messages, kept for delivery reports.</summary>
public sealed class MessageStore
{
    private readonly ConcurrentDictionary<Guid, SmsMessage> _messages = new();

    public void Add(SmsMessage message) => _messages[message.MessageId] = message;

    public SmsMessage? Find(Guid id) => _messages.TryGetValue(id, out var message) ? message : null;
}
