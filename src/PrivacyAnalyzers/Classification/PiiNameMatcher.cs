using System.Collections.Generic;

namespace PrivacyAnalyzers.Classification
{
    /// <summary>
    /// The built-in taxonomy of identifier names per kind (docs/classification.md lists it), matched on words.
    /// Recognises members whose name alone says they hold PII. The keyword must be the head of the name
    /// (only words like "Number" may follow it) and no word may say the value is derived or protected:
    /// <c>CustomerCnic</c> and <c>CnicNo</c> match; <c>CnicVerified</c>, <c>PasswordHash</c>, <c>PasswordMinLength</c>,
    /// <c>PanelId</c> and <c>Company</c> do not.
    /// </summary>
    internal static class PiiNameMatcher
    {
        // Strong names act as tags in every rule; weak ones (contact details, names, addresses, IPs, dates of birth) only
        // in discovery, unless the team opts in. Longer phrases come first: "ip address" before "address".
        private static readonly (string[] Words, string Kind, bool Strong)[] Keywords =
        {
            // An identity document's "card" is the document, not a payment card: AadharCardNumber, PanCardNo.
            (new[] { "aadhaar", "card" }, PiiKindNames.Aadhaar, true),
            (new[] { "aadhar", "card" }, PiiKindNames.Aadhaar, true),
            (new[] { "adhar", "card" }, PiiKindNames.Aadhaar, true),
            (new[] { "adhaar", "card" }, PiiKindNames.Aadhaar, true),
            (new[] { "aadhaarcard" }, PiiKindNames.Aadhaar, true),
            (new[] { "aadharcard" }, PiiKindNames.Aadhaar, true),
            // Lower-case compounds that cannot be split into words (Adharnumber).
            (new[] { "aadhaarnumber" }, PiiKindNames.Aadhaar, true),
            (new[] { "aadharnumber" }, PiiKindNames.Aadhaar, true),
            (new[] { "adharnumber" }, PiiKindNames.Aadhaar, true),
            (new[] { "pan", "card" }, PiiKindNames.Pan, true),
            (new[] { "pancard" }, PiiKindNames.Pan, true),
            (new[] { "cnic", "card" }, PiiKindNames.Cnic, true),
            // Aadhaar's UID and Virtual ID; a bare "uid" or "vid" is usually a user or video id, so only these phrases.
            (new[] { "aadhaar", "uid" }, PiiKindNames.Aadhaar, true),
            (new[] { "aadhaar", "vid" }, PiiKindNames.Aadhaar, true),
            (new[] { "uid", "number" }, PiiKindNames.Aadhaar, true),
            (new[] { "uid", "no" }, PiiKindNames.Aadhaar, true),
            (new[] { "vid", "number" }, PiiKindNames.Aadhaar, true),
            (new[] { "social", "security", "number" }, PiiKindNames.NationalId, true),
            (new[] { "national", "identification" }, PiiKindNames.NationalId, true),
            (new[] { "national", "identity" }, PiiKindNames.NationalId, true),
            (new[] { "identity", "number" }, PiiKindNames.NationalId, true),
            (new[] { "government", "id" }, PiiKindNames.NationalId, true),
            // Bangladesh's NID and Sri Lanka's NIC, with a number word: a bare "nid"/"nic" is a node id or a network card.
            (new[] { "nid", "number" }, PiiKindNames.NationalId, true),
            (new[] { "nid", "no" }, PiiKindNames.NationalId, true),
            (new[] { "nic", "number" }, PiiKindNames.NationalId, true),
            (new[] { "nic", "no" }, PiiKindNames.NationalId, true),
            (new[] { "id", "document", "number" }, PiiKindNames.IdentityDocument, true),
            (new[] { "id", "card" }, PiiKindNames.IdentityDocument, true),
            (new[] { "identity", "card" }, PiiKindNames.IdentityDocument, true),
            (new[] { "driving", "licence" }, PiiKindNames.IdentityDocument, true),
            (new[] { "driving", "license" }, PiiKindNames.IdentityDocument, true),
            (new[] { "driver", "license" }, PiiKindNames.IdentityDocument, true),
            (new[] { "driver", "licence" }, PiiKindNames.IdentityDocument, true),
            (new[] { "cnic" }, PiiKindNames.Cnic, true),
            (new[] { "nicop" }, PiiKindNames.Cnic, true),
            (new[] { "ntn" }, PiiKindNames.NationalId, true),
            (new[] { "aadhaar" }, PiiKindNames.Aadhaar, true),
            (new[] { "aadhar" }, PiiKindNames.Aadhaar, true),
            (new[] { "adhar" }, PiiKindNames.Aadhaar, true),
            (new[] { "adhaar" }, PiiKindNames.Aadhaar, true),
            (new[] { "pan" }, PiiKindNames.Pan, true),
            (new[] { "gstin" }, PiiKindNames.Pan, true),
            (new[] { "voter", "id" }, PiiKindNames.NationalId, true),
            (new[] { "epic", "number" }, PiiKindNames.NationalId, true),
            (new[] { "upi", "id" }, PiiKindNames.BankAccount, true),
            (new[] { "upi", "vpa" }, PiiKindNames.BankAccount, true),
            (new[] { "vpa" }, PiiKindNames.BankAccount, true),
            (new[] { "card", "number" }, PiiKindNames.PaymentCard, true),
            (new[] { "card", "no" }, PiiKindNames.PaymentCard, true),
            (new[] { "credit", "card" }, PiiKindNames.PaymentCard, true),
            (new[] { "debit", "card" }, PiiKindNames.PaymentCard, true),
            (new[] { "cvv", "2" }, PiiKindNames.CardSecurityCode, true),
            (new[] { "cvc", "2" }, PiiKindNames.CardSecurityCode, true),
            (new[] { "cvv" }, PiiKindNames.CardSecurityCode, true),
            (new[] { "cvc" }, PiiKindNames.CardSecurityCode, true),
            (new[] { "card", "security", "code" }, PiiKindNames.CardSecurityCode, true),
            (new[] { "card", "security", "number" }, PiiKindNames.CardSecurityCode, true),
            (new[] { "password" }, PiiKindNames.Password, true),
            (new[] { "passwd" }, PiiKindNames.Password, true),
            (new[] { "passphrase" }, PiiKindNames.Password, true),
            // A PIN that says what it unlocks; a bare "Pin" is often an Indian postal PIN code, so it is only weak (below).
            (new[] { "card", "pin" }, PiiKindNames.Secret, true),
            (new[] { "atm", "pin" }, PiiKindNames.Secret, true),
            (new[] { "upi", "pin" }, PiiKindNames.Secret, true),
            (new[] { "wallet", "pin" }, PiiKindNames.Secret, true),
            (new[] { "transaction", "pin" }, PiiKindNames.Secret, true),
            (new[] { "login", "pin" }, PiiKindNames.Secret, true),
            (new[] { "mpin" }, PiiKindNames.Secret, true),
            (new[] { "secret", "answer" }, PiiKindNames.Secret, true),
            (new[] { "security", "answer" }, PiiKindNames.Secret, true),
            (new[] { "iban" }, PiiKindNames.BankAccount, true),
            (new[] { "bank", "account" }, PiiKindNames.BankAccount, true),
            (new[] { "passport" }, PiiKindNames.Passport, true),
            (new[] { "ssn" }, PiiKindNames.NationalId, true),
            (new[] { "national", "id" }, PiiKindNames.NationalId, true),
            (new[] { "api", "key" }, PiiKindNames.Secret, true),
            (new[] { "client", "secret" }, PiiKindNames.Secret, true),
            (new[] { "private", "key" }, PiiKindNames.Secret, true),
            (new[] { "access", "token" }, PiiKindNames.Secret, true),
            (new[] { "refresh", "token" }, PiiKindNames.Secret, true),
            (new[] { "otp", "code" }, PiiKindNames.Secret, true),
            (new[] { "otp" }, PiiKindNames.Secret, true),
            (new[] { "totp" }, PiiKindNames.Secret, true),
            (new[] { "recovery", "code" }, PiiKindNames.Secret, true),
            (new[] { "secret", "key" }, PiiKindNames.Secret, true),
            (new[] { "secret" }, PiiKindNames.Secret, true),
            (new[] { "auth", "token" }, PiiKindNames.Secret, true),
            (new[] { "bearer", "token" }, PiiKindNames.Secret, true),
            (new[] { "session", "token" }, PiiKindNames.Secret, true),
            (new[] { "reset", "token" }, PiiKindNames.Secret, true),
            (new[] { "api", "token" }, PiiKindNames.Secret, true),
            (new[] { "security", "token" }, PiiKindNames.Secret, true),
            (new[] { "oauth", "token" }, PiiKindNames.Secret, true),
            (new[] { "id", "token" }, PiiKindNames.Secret, true),
            (new[] { "imei" }, PiiKindNames.PersonalData, true),
            (new[] { "imsi" }, PiiKindNames.PersonalData, true),
            (new[] { "meid" }, PiiKindNames.PersonalData, true),
            (new[] { "iccid" }, PiiKindNames.PersonalData, true),
            (new[] { "sim", "serial" }, PiiKindNames.PersonalData, true),
            (new[] { "sms", "body" }, "MessageContent", true),
            (new[] { "sms", "text" }, "MessageContent", true),
            (new[] { "sms", "content" }, "MessageContent", true),
            (new[] { "sms", "message" }, "MessageContent", true),
            (new[] { "whatsapp", "message" }, "MessageContent", true),
            (new[] { "chat", "message" }, "MessageContent", true),
            (new[] { "call", "recording" }, "CallRecording", true),
            (new[] { "recording", "url" }, "CallRecording", true),

            // A message body is a person's text on a messaging platform, but a queue's payload elsewhere: weak.
            (new[] { "message", "body" }, "MessageContent", false),
            (new[] { "message", "content" }, "MessageContent", false),
            (new[] { "message", "text" }, "MessageContent", false),
            (new[] { "card", "expiry" }, PiiKindNames.PaymentCard, false),
            // "IdNo" is an identity number in HR and KYC code, but also a record's own number elsewhere: weak.
            (new[] { "id", "number" }, PiiKindNames.NationalId, false),
            (new[] { "id", "no" }, PiiKindNames.NationalId, false),
            (new[] { "idno" }, PiiKindNames.NationalId, false),
            // Ambiguous abbreviations: "pwd" is also "person with disability", "pin" a postal PIN code in India.
            (new[] { "pwd" }, PiiKindNames.Password, false),
            (new[] { "pw" }, PiiKindNames.Password, false),
            (new[] { "pin" }, PiiKindNames.Secret, false),
            (new[] { "account", "number" }, PiiKindNames.BankAccount, false),
            (new[] { "account", "no" }, PiiKindNames.BankAccount, false),
            (new[] { "ip", "address" }, "IpAddress", false),
            (new[] { "ipaddress" }, "IpAddress", false),
            (new[] { "ipv4" }, "IpAddress", false),
            (new[] { "ipv6" }, "IpAddress", false),
            (new[] { "ip" }, "IpAddress", false),
            (new[] { "email", "address" }, "Email", false),
            (new[] { "email", "id" }, "Email", false),
            (new[] { "mail", "id" }, "Email", false),
            (new[] { "emailaddress" }, "Email", false),
            (new[] { "email" }, "Email", false),
            (new[] { "e", "mail" }, "Email", false),
            (new[] { "mac", "address" }, PiiKindNames.PersonalData, false),
            (new[] { "device", "id" }, PiiKindNames.PersonalData, false),
            (new[] { "phone" }, "PhoneNumber", false),
            (new[] { "phonenumber" }, "PhoneNumber", false),
            (new[] { "mobilenumber" }, "PhoneNumber", false),
            (new[] { "mobile", "number" }, "PhoneNumber", false),
            (new[] { "mobile" }, "PhoneNumber", false),
            (new[] { "cell", "number" }, "PhoneNumber", false),
            (new[] { "cell", "phone" }, "PhoneNumber", false),
            (new[] { "cellphone" }, "PhoneNumber", false),
            (new[] { "msisdn" }, "PhoneNumber", false),
            (new[] { "contact", "number" }, "PhoneNumber", false),
            (new[] { "fax" }, "PhoneNumber", false),
            (new[] { "first", "name" }, "PersonName", false),
            (new[] { "firstname" }, "PersonName", false),
            (new[] { "lastname" }, "PersonName", false),
            (new[] { "last", "name" }, "PersonName", false),
            (new[] { "full", "name" }, "PersonName", false),
            (new[] { "given", "name" }, "PersonName", false),
            (new[] { "family", "name" }, "PersonName", false),
            (new[] { "father", "name" }, "PersonName", false),
            (new[] { "fathers", "name" }, "PersonName", false),
            (new[] { "mother", "name" }, "PersonName", false),
            (new[] { "mothers", "name" }, "PersonName", false),
            (new[] { "spouse", "name" }, "PersonName", false),
            (new[] { "surname" }, "PersonName", false),
            (new[] { "cardholder", "name" }, "PersonName", false),
            (new[] { "card", "holder", "name" }, "PersonName", false),
            (new[] { "name", "on", "card" }, "PersonName", false),
            (new[] { "name", "on", "account" }, "PersonName", false),
            (new[] { "middle", "name" }, "PersonName", false),
            (new[] { "contact", "name" }, "PersonName", false),
            (new[] { "person", "name" }, "PersonName", false),
            (new[] { "customer", "name" }, "PersonName", false),
            (new[] { "date", "of", "birth" }, "DateOfBirth", false),
            (new[] { "birth", "date" }, "DateOfBirth", false),
            (new[] { "dateofbirth" }, "DateOfBirth", false),
            (new[] { "dateof", "birth" }, "DateOfBirth", false),
            (new[] { "birthdate" }, "DateOfBirth", false),
            (new[] { "birthday" }, "DateOfBirth", false),
            (new[] { "dob" }, "DateOfBirth", false),
            (new[] { "latitude" }, PiiKindNames.PersonalData, false),
            (new[] { "longitude" }, PiiKindNames.PersonalData, false),
            (new[] { "postal", "address" }, "PostalAddress", false),
            (new[] { "home", "address" }, "PostalAddress", false),
            (new[] { "street", "address" }, "PostalAddress", false),
            (new[] { "address" }, "PostalAddress", false),
            (new[] { "street" }, "PostalAddress", false),
        };

        // Words that may follow the keyword without changing what the value is.
        private static readonly HashSet<string> NeutralSuffixes = new HashSet<string>
        {
            "number", "no", "num", "nr", "value", "text", "plain", "plaintext", "raw", "str", "string", "digits", "line",
            "1", "2", "3", "day", "month", "year",
        };

        // Words that say the value is derived from the data, protected, or about it rather than it.
        private static readonly HashSet<string> NegativeWords = new HashSet<string>
        {
            "hash", "hashed", "hasher", "encrypted", "encryption", "cipher", "ciphertext", "masked", "mask", "salt",
            "salted", "protected", "tokenized", "length", "len", "count", "min", "max", "format", "policy", "verified",
            "template", "regex", "pattern", "hint", "expiry", "expires", "is", "has", "enabled", "required",
            "confirmed", "type", "kind", "status", "valid", "validation", "validator", "label", "placeholder", "column",
            "field", "header", "prefix", "suffix", "domain",
        };

        // Words before a weak keyword that say whose value it is: a business's or a machine's, not a person's
        // (CompanyAddress, BusinessPhone, SupportEmail, ReplyToEmail, HostAddress, BroadcastAddress, ServerIp).
        private static readonly HashSet<string> NonPersonalOwners = new HashSet<string>
        {
            "company", "business", "employer", "store", "shop", "merchant", "bank", "reply", "noreply", "support", "host", "server",
            "broadcast", "bind", "listen", "gateway", "proxy", "endpoint", "network", "multicast", "subnet",
        };

        // Cards that are not payment cards: a "card number" after one of these is another document's or scheme's number.
        private static readonly HashSet<string> OtherCards = new HashSet<string>
        {
            "ration", "id", "identity", "voter", "health", "insurance", "membership", "member", "loyalty", "gift", "library",
            "student", "employee", "sim", "access", "key", "visiting", "business", "reward", "transit",
        };

        /// <summary>The kind a strong name says, or null.</summary>
        public static string? Match(string identifier) => MatchWithStrength(identifier) is { Strong: true } match ? match.Kind : null;

        /// <summary>The kind a name says and whether the name is strong, or null. <paramref name="extra"/> are a team's
        /// own phrases (strong); <paramref name="ignored"/> names never match.</summary>
        public static (string Kind, bool Strong)? MatchWithStrength(
            string identifier,
            IReadOnlyList<(string[] Words, string Kind)>? extra = null,
            ICollection<string>? ignored = null)
        {
            if (ignored is not null && ignored.Contains(identifier))
            {
                return null;
            }

            var words = IdentifierWords.Split(identifier);
            if (extra is not null)
            {
                foreach (var (keyword, kind) in extra)
                {
                    if (FindHead(words, keyword) is var start && start >= 0)
                    {
                        return Describes(words, start, keyword.Length, strong: true) ? (kind, true) : null;
                    }
                }
            }

            foreach (var (keyword, kind, strong) in Keywords)
            {
                if (FindHead(words, keyword) is var start && start >= 0)
                {
                    return Describes(words, start, keyword.Length, strong) ? (kind, strong) : null;
                }
            }

            return null;
        }

        /// <summary>Whether the words around a matched keyword leave it meaning the data itself: no word outside the
        /// keyword says the value is derived or about the data (the keyword itself may hold one: "card expiry"), and a
        /// weak keyword is not qualified by a non-personal owner.</summary>
        private static bool Describes(List<string> words, int start, int length, bool strong)
        {
            // "NameInPan", "NameOnAadhaar": a name as printed on the document, not its number.
            if (strong && start > 0 && words.IndexOf("name", 0, start) >= 0)
            {
                return false;
            }

            if (start > 0 && OtherCards.Contains(words[start - 1]) && words[start] == "card")
            {
                return false;
            }

            for (var i = 0; i < words.Count; i++)
            {
                var outsideKeyword = i < start || i >= start + length;
                if (outsideKeyword && (NegativeWords.Contains(words[i]) || (!strong && i < start && NonPersonalOwners.Contains(words[i]))))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Where the keyword starts when it occurs and only neutral words follow it; otherwise -1.</summary>
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
                    return start;
                }
            }

            return -1;
        }
    }
}
