using Microsoft.Extensions.Logging;
using PrivacyAnalyzers.Annotations;

namespace MessagingPlatform.Customers;

/// <summary>Verifies a customer's identity document before their sender ID is activated.</summary>
public sealed class KycService(ILogger<KycService> logger)
{
    private readonly Dictionary<string, Guid> _customersByCnic = new();

    public void Submit(Customer customer, KycSubmission submission)
    {
        logger.LogInformation("KYC submitted for customer {CustomerId}", customer.Id);

        // Non-compliant: the CNIC goes into the log as it is.
        logger.LogInformation("Verifying CNIC {Cnic} for {CustomerId}", submission.Cnic, customer.Id);

        if (_customersByCnic.TryGetValue(submission.Cnic, out var existing) && existing != customer.Id)
        {
            // Non-compliant: exception messages end up in logs and error pages.
            throw new InvalidOperationException($"CNIC {submission.Cnic} is already registered to another customer");
        }

        _customersByCnic[submission.Cnic] = customer.Id;
        customer.CnicVerified = true;
        customer.KycStatus = KycStatus.Verified;

        // Compliant: masked value and derived facts.
        logger.LogInformation(
            "CNIC {Cnic} verified: {Verified}, length {Length}",
            Pii.Mask(submission.Cnic, PiiKind.Cnic),
            customer.CnicVerified,
            submission.Cnic.Length);

        // Non-compliant: the record's generated ToString prints the CNIC. No automatic fix: log the fields you need.
        logger.LogDebug("Submission {Submission}", submission);
    }
}
