using System.Net.Http.Json;

namespace MessagingPlatform.Messaging;

/// <summary>Submits messages to the mobile operators' SMS centres.</summary>
public sealed class OperatorGateway(HttpClient http)
{
    // Non-compliant: an old operator endpoint over plain HTTP, with the recipient's number in the query string.
    public Task<HttpResponseMessage> SubmitLegacy(SmsMessage message) =>
        http.GetAsync($"http://smsc.operator.example.pk/submit?msisdn={message.To}&sender={message.SenderId}");

    // Compliant: TLS, and the number in the body.
    public Task<HttpResponseMessage> Submit(SmsMessage message) =>
        http.PostAsync("https://smsc.operator.example.pk/v2/submit", JsonContent.Create(new { message.MessageId, message.SenderId }));
}
