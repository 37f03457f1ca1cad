using System.Collections.Generic;

namespace PrivacyAnalyzers.Classification
{
    /// <summary>
    /// Recognises members whose name alone says they hold strong PII. The keyword must be the head of the name
    /// (only words like "Number" may follow it) and no word may say the value is derived or protected:
    /// <c>CustomerCnic</c> and <c>CnicNo</c> match; <c>CnicVerified</c>, <c>PasswordHash</c>, <c>PasswordMinLength</c>,
    /// <c>PanelId</c> and <c>Company</c> do not.
    /// </summary>
    internal static class PiiNameMatcher
    {
        private static readonly (string[] Words, string Kind)[] Keywords =
        {
            (new[] { "cnic" }, PiiKindNames.Cnic),
            (new[] { "aadhaar" }, PiiKindNames.Aadhaar),
            (new[] { "aadhar" }, PiiKindNames.Aadhaar),
            (new[] { "pan" }, PiiKindNames.Pan),
            (new[] { "card", "number" }, PiiKindNames.PaymentCard),
            (new[] { "card", "no" }, PiiKindNames.PaymentCard),
            (new[] { "credit", "card" }, PiiKindNames.PaymentCard),
            (new[] { "debit", "card" }, PiiKindNames.PaymentCard),
            (new[] { "cvv", "2" }, PiiKindNames.CardSecurityCode),
            (new[] { "cvc", "2" }, PiiKindNames.CardSecurityCode),
            (new[] { "cvv" }, PiiKindNames.CardSecurityCode),
            (new[] { "cvc" }, PiiKindNames.CardSecurityCode),
            (new[] { "card", "security", "code" }, PiiKindNames.CardSecurityCode),
            (new[] { "password" }, PiiKindNames.Password),
            (new[] { "passwd" }, PiiKindNames.Password),
            (new[] { "passphrase" }, PiiKindNames.Password),
            (new[] { "iban" }, PiiKindNames.BankAccount),
            (new[] { "bank", "account" }, PiiKindNames.BankAccount),
            (new[] { "passport" }, PiiKindNames.Passport),
            (new[] { "ssn" }, PiiKindNames.NationalId),
            (new[] { "national", "id" }, PiiKindNames.NationalId),
            (new[] { "api", "key" }, PiiKindNames.Secret),
            (new[] { "client", "secret" }, PiiKindNames.Secret),
            (new[] { "private", "key" }, PiiKindNames.Secret),
            (new[] { "access", "token" }, PiiKindNames.Secret),
            (new[] { "refresh", "token" }, PiiKindNames.Secret),
        };

        // Words that may follow the keyword without changing what the value is.
        private static readonly HashSet<string> NeutralSuffixes = new HashSet<string>
        {
            "number", "no", "num", "nr", "value", "text", "plain", "plaintext", "raw", "str", "string", "digits",
        };

        // Words that say the value is derived from the data, protected, or about it rather than it.
        private static readonly HashSet<string> NegativeWords = new HashSet<string>
        {
            "hash", "hashed", "hasher", "encrypted", "encryption", "cipher", "ciphertext", "masked", "mask", "salt",
            "salted", "protected", "tokenized", "length", "len", "count", "min", "max", "format", "policy", "verified",
            "template", "regex", "pattern", "hint", "last", "expiry", "expires", "is", "has", "enabled", "required",
        };

        public static string? Match(string identifier)
        {
            var words = IdentifierWords.Split(identifier);
            foreach (var word in words)
            {
                if (NegativeWords.Contains(word))
                {
                    return null;
                }
            }

            foreach (var (keyword, kind) in Keywords)
            {
                var end = FindHead(words, keyword);
                if (end >= 0)
                {
                    return kind;
                }
            }

            return null;
        }

        /// <summary>Index past the keyword when it occurs and only neutral words follow it; otherwise -1.</summary>
        private static int FindHead(List<string> words, string[] keyword)
        {
            for (var start = 0; start + keyword.Length <= words.Count; start++)
            {
                var matches = true;
                for (var k = 0; k < keyword.Length && matches; k++)
                {
                    matches = words[start + k] == keyword[k];
                }

                if (!matches)
                {
                    continue;
                }

                var end = start + keyword.Length;
                var onlyNeutralAfter = true;
                for (var i = end; i < words.Count && onlyNeutralAfter; i++)
                {
                    onlyNeutralAfter = NeutralSuffixes.Contains(words[i]);
                }

                if (onlyNeutralAfter)
                {
                    return end;
                }
            }

            return -1;
        }
    }
}
