using Microsoft.Extensions.Caching.Distributed;

namespace MessagingPlatform.Customers;

/// <summary>Caches KYC verification results between the verification job and the API.</summary>
public sealed class KycStatusCache(IDistributedCache cache)
{
    // Non-compliant: the cache key is the CNIC itself, stored in the shared cache.
    public Task RememberByCnic(KycSubmission submission, KycStatus status) =>
        cache.SetStringAsync("kyc:" + submission.Cnic, status.ToString());

    // Compliant: keyed by the customer id.
    public Task Remember(Guid customerId, KycStatus status) =>
        cache.SetStringAsync($"kyc:{customerId}", status.ToString());
}
