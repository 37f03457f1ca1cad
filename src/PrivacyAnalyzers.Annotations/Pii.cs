using System;
using System.Globalization;
using System.Text;

namespace PrivacyAnalyzers.Annotations
{
    /// <summary>
    /// Masking helpers that the PrivacyAnalyzers code fixes insert. Each kind shows no more than its rules allow:
    /// a card at most its last 4 digits (PCI-DSS 3.4), identity numbers at most their last 4 characters,
    /// an email only its domain, an IP address only its network part, secrets nothing at all.
    /// </summary>
    public static class Pii
    {
        /// <summary>What a fully masked value prints as.</summary>
        public const string Hidden = "***";

        // Below this many significant characters, showing the last 4 would show too much of the value.
        private const int MinimumLengthToShowTail = 8;

        /// <summary>Masks <paramref name="value"/> for display in logs and messages. Null stays null.</summary>
        public static string? Mask(string? value, PiiKind kind)
        {
            if (value is null)
            {
                return null;
            }

            switch (kind)
            {
                case PiiKind.Password:
                case PiiKind.CardSecurityCode:
                case PiiKind.Secret:
                    // Not even the emptiness or length of a secret is shown.
                    return Hidden;
            }

            if (value.Length == 0)
            {
                return value;
            }

            switch (kind)
            {
                case PiiKind.PaymentCard:
                case PiiKind.Cnic:
                case PiiKind.Aadhaar:
                    return Hidden + Tail(Significant(value, digitsOnly: true), 4);
                case PiiKind.Pan:
                case PiiKind.NationalId:
                case PiiKind.Passport:
                case PiiKind.BankAccount:
                case PiiKind.IdentityDocument:
                case PiiKind.TaxId:
                    return Hidden + Tail(Significant(value, digitsOnly: false), 4);
                case PiiKind.PhoneNumber:
                    return Hidden + Tail(Significant(value, digitsOnly: true), 2);
                case PiiKind.Email:
                    return MaskEmail(value);
                case PiiKind.IpAddress:
                    return MaskIpAddress(value);
                case PiiKind.PersonName:
                case PiiKind.UserName:
                    return MaskName(value);
                default:
                    return Hidden;
            }
        }

        /// <summary>Masks any value (numbers, dates, objects) through its invariant string form. Null stays null.</summary>
        public static string? Mask(object? value, PiiKind kind)
        {
            if (value is null)
            {
                return null;
            }

            var text = value is IFormattable formattable
                ? formattable.ToString(null, CultureInfo.InvariantCulture)
                : value.ToString();
            return Mask(text, kind);
        }

        private static string Significant(string value, bool digitsOnly)
        {
            var builder = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                if (digitsOnly ? char.IsDigit(c) : char.IsLetterOrDigit(c))
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        private static string Tail(string significant, int count)
        {
            return significant.Length >= Math.Max(MinimumLengthToShowTail, count * 2)
                ? significant.Substring(significant.Length - count)
                : string.Empty;
        }

        private static string MaskEmail(string value)
        {
            var at = value.LastIndexOf('@');
            return at >= 0 && at < value.Length - 1 ? Hidden + value.Substring(at) : Hidden;
        }

        private static string MaskIpAddress(string value)
        {
            // IPv4 keeps the first three octets (the network, as in GA-style anonymisation); IPv6 the first three groups.
            var v4 = value.Split('.');
            if (v4.Length == 4)
            {
                return v4[0] + "." + v4[1] + "." + v4[2] + "." + Hidden;
            }

            var v6 = value.Split(':');
            return v6.Length >= 4 ? v6[0] + ":" + v6[1] + ":" + v6[2] + ":" + Hidden : Hidden;
        }

        private static string MaskName(string value)
        {
            // Initials only: "Ayesha Khan" -> "A*** K***".
            var words = value.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            var builder = new StringBuilder();
            foreach (var word in words)
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(word[0]).Append(Hidden);
            }

            return builder.Length == 0 ? Hidden : builder.ToString();
        }
    }
}
