using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace MessagingPlatform.Messaging;

/// <summary>Sends SMS abroad through Twilio, a processor privacy-policy.json allows phone numbers and message text.</summary>
public sealed class TwilioSmsProvider(string senderNumber)
{
    // Compliant: the recipient's number and the text go to a processor the policy lists for both kinds.
    public Task<MessageResource> SendAsync(SmsMessage message) =>
        MessageResource.CreateAsync(to: new PhoneNumber(message.To), from: new PhoneNumber(senderNumber), body: message.Body);
}
