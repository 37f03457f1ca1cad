using System.Security.Cryptography;
using System.Text;

namespace PrivacyAnalyzers.EntityFrameworkCore;

/// <summary>
/// A keyed hash (HMAC-SHA256) of a personal value, for finding rows by a value that is stored encrypted. Encryption is
/// randomised, so <c>Where(c =&gt; c.Cnic == cnic)</c> on an <c>[Encrypted]</c> column matches nothing; store this hash
/// beside it and query the hash instead:
/// <code>customer.CnicLookup = lookup.Hash(customer.Cnic);                        // when saving
/// var found = db.Customers.Where(c =&gt; c.CnicLookup == lookup.Hash(cnic));     // when finding</code>
/// </summary>
/// <remarks>
/// <para>Without the key the hash cannot be recomputed, so a copy of the database does not reveal the values by hashing
/// every possible CNIC (there are only about 10^13): keep the key out of the database, in the secret store that holds
/// your other keys, and never rotate it without re-hashing the column (old rows would no longer be found).
/// <see cref="CreateKey"/> makes one.</para>
/// <para>Values are compared as a person types them, so they are normalised first: surrounding and inner white space and
/// dashes are removed and letters upper-cased ("35202-1234567-1" and "3520212345671" find the same row).</para>
/// </remarks>
public sealed class PiiLookupHasher
{
    /// <summary>The shortest key accepted, in bytes: as long as the hash.</summary>
    public const int MinimumKeyLength = 32;

    private readonly byte[] _key;
    private readonly byte[] _purpose;

    /// <summary>Hashes with <paramref name="key"/>; <paramref name="purpose"/> (for example the column's name) makes the
    /// same value hash differently in different columns, so two columns cannot be joined by their hashes.</summary>
    /// <exception cref="ArgumentException">The key is shorter than <see cref="MinimumKeyLength"/> bytes.</exception>
    public PiiLookupHasher(byte[] key, string purpose = "")
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(purpose);
        if (key.Length < MinimumKeyLength)
        {
            throw new ArgumentException($"A lookup key must be at least {MinimumKeyLength} bytes; this one is {key.Length}. Use PiiLookupHasher.CreateKey().", nameof(key));
        }

        _key = (byte[])key.Clone();
        _purpose = Encoding.UTF8.GetBytes(purpose);
    }

    /// <summary>Hashes with a base-64 key, as kept in configuration or a secret store.</summary>
    public static PiiLookupHasher FromBase64Key(string base64Key, string purpose = "")
    {
        ArgumentNullException.ThrowIfNull(base64Key);
        return new PiiLookupHasher(Convert.FromBase64String(base64Key), purpose);
    }

    /// <summary>A new random 32-byte key, base-64 encoded, to put in the secret store once.</summary>
    public static string CreateKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumKeyLength));

    /// <summary>The lower-case hex HMAC-SHA256 of the normalised value (64 characters); null for null, so a missing value
    /// stays missing.</summary>
    public string? Hash(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var normalised = Normalise(value);
        // purpose, a zero byte, then the value: no purpose/value pair can be read as another.
        var input = new byte[_purpose.Length + 1 + Encoding.UTF8.GetByteCount(normalised)];
        _purpose.CopyTo(input, 0);
        Encoding.UTF8.GetBytes(normalised, 0, normalised.Length, input, _purpose.Length + 1);
        return Convert.ToHexString(HMACSHA256.HashData(_key, input)).ToLowerInvariant();
    }

    private static string Normalise(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var character in value)
        {
            if (!char.IsWhiteSpace(character) && character != '-')
            {
                builder.Append(char.ToUpperInvariant(character));
            }
        }

        return builder.ToString();
    }
}
