using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PrivacyAnalyzers.EntityFrameworkCore;

/// <summary>
/// Stores a string encrypted with ASP.NET Core Data Protection and decrypts it when read. The ciphertext names the key
/// that made it, so rows written before a key rotation stay readable while new rows use the new key. Encryption is
/// randomised: the same value gives a different ciphertext every time (see <see cref="PiiEncryption"/>
/// on what that means for queries).
/// </summary>
public sealed class PiiEncryptionConverter : ValueConverter<string, string>
{
    /// <summary>Encrypts with <paramref name="protector"/>.</summary>
    public PiiEncryptionConverter(IDataProtector protector)
        : base(value => protector.Protect(value), stored => protector.Unprotect(stored))
    {
    }
}
