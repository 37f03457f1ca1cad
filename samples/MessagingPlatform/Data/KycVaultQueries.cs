using PrivacyAnalyzers.EntityFrameworkCore;

namespace MessagingPlatform.Data;

/// <summary>Finding KYC records by CNIC, although the CNIC is stored encrypted.</summary>
public sealed class KycVaultQueries(KycVaultDbContext db, PiiLookupHasher cnicLookup)
{
    // Non-compliant: the CNIC column holds ciphertext that differs on every write, so this matches nothing (PII3009).
    public KycRecord? FindByCnic(string cnic) => db.KycRecords.FirstOrDefault(r => r.Cnic == cnic);

    // Compliant: the keyed hash kept beside it, written with the record.
    public KycRecord? FindByCnicLookup(string cnic) => db.KycRecords.FirstOrDefault(r => r.CnicLookup == cnicLookup.Hash(cnic));

    public void Add(KycRecord record)
    {
        record.CnicLookup = cnicLookup.Hash(record.Cnic);
        db.KycRecords.Add(record);
        db.SaveChanges();
    }
}
