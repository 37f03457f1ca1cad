using System.Net.Http.Json;

namespace MessagingPlatform.Customers;

/// <summary>Checks a CNIC with NADRA's verification service. A typed client: Program.cs gives it its base address.</summary>
public sealed class NadraVerification(HttpClient http)
{
    // Compliant: the CNIC goes to the processor privacy-policy.json allows it, which keeps it in Pakistan.
    public Task<HttpResponseMessage> VerifyAsync(KycSubmission submission) =>
        http.PostAsJsonAsync("v1/verify", new { submission.Cnic, submission.DocumentType });
}
