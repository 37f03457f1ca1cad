using System.Collections.Generic;
using PrivacyAnalyzers.Catalog;

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
            (new[] { "aadhaar", "card" }, PiiKinds.Aadhaar, true),
            (new[] { "aadhar", "card" }, PiiKinds.Aadhaar, true),
            (new[] { "adhar", "card" }, PiiKinds.Aadhaar, true),
            (new[] { "adhaar", "card" }, PiiKinds.Aadhaar, true),
            (new[] { "aadhaarcard" }, PiiKinds.Aadhaar, true),
            (new[] { "aadharcard" }, PiiKinds.Aadhaar, true),
            // Lower-case compounds that cannot be split into words (Adharnumber).
            (new[] { "aadhaarnumber" }, PiiKinds.Aadhaar, true),
            (new[] { "aadharnumber" }, PiiKinds.Aadhaar, true),
            (new[] { "adharnumber" }, PiiKinds.Aadhaar, true),
            (new[] { "pan", "card" }, PiiKinds.Pan, true),
            (new[] { "pancard" }, PiiKinds.Pan, true),
            (new[] { "cnic", "card" }, PiiKinds.Cnic, true),
            // Aadhaar's UID and Virtual ID; a bare "uid" or "vid" is usually a user or video id, so only these phrases.
            (new[] { "aadhaar", "uid" }, PiiKinds.Aadhaar, true),
            (new[] { "aadhaar", "vid" }, PiiKinds.Aadhaar, true),
            (new[] { "uid", "number" }, PiiKinds.Aadhaar, true),
            (new[] { "uid", "no" }, PiiKinds.Aadhaar, true),
            (new[] { "vid", "number" }, PiiKinds.Aadhaar, true),
            (new[] { "social", "security", "number" }, PiiKinds.NationalId, true),
            (new[] { "national", "identification" }, PiiKinds.NationalId, true),
            (new[] { "national", "identity" }, PiiKinds.NationalId, true),
            (new[] { "identity", "number" }, PiiKinds.NationalId, true),
            (new[] { "government", "id" }, PiiKinds.NationalId, true),
            // Bangladesh's NID and Sri Lanka's NIC, with a number word: a bare "nid"/"nic" is a node id or a network card.
            (new[] { "nid", "number" }, PiiKinds.NationalId, true),
            (new[] { "nid", "no" }, PiiKinds.NationalId, true),
            (new[] { "nic", "number" }, PiiKinds.NationalId, true),
            (new[] { "nic", "no" }, PiiKinds.NationalId, true),
            (new[] { "id", "document", "number" }, PiiKinds.IdentityDocument, true),
            (new[] { "id", "card" }, PiiKinds.IdentityDocument, true),
            (new[] { "identity", "card" }, PiiKinds.IdentityDocument, true),
            (new[] { "driving", "licence" }, PiiKinds.IdentityDocument, true),
            (new[] { "driving", "license" }, PiiKinds.IdentityDocument, true),
            (new[] { "driver", "license" }, PiiKinds.IdentityDocument, true),
            (new[] { "driver", "licence" }, PiiKinds.IdentityDocument, true),
            (new[] { "cnic" }, PiiKinds.Cnic, true),
            (new[] { "nicop" }, PiiKinds.Cnic, true),
            (new[] { "ntn" }, PiiKinds.NationalId, true),
            (new[] { "aadhaar" }, PiiKinds.Aadhaar, true),
            (new[] { "aadhar" }, PiiKinds.Aadhaar, true),
            (new[] { "adhar" }, PiiKinds.Aadhaar, true),
            (new[] { "adhaar" }, PiiKinds.Aadhaar, true),
            (new[] { "pan" }, PiiKinds.Pan, true),
            (new[] { "gstin" }, PiiKinds.Pan, true),
            (new[] { "voter", "id" }, PiiKinds.NationalId, true),
            (new[] { "epic", "number" }, PiiKinds.NationalId, true),
            (new[] { "upi", "id" }, PiiKinds.BankAccount, true),
            (new[] { "upi", "vpa" }, PiiKinds.BankAccount, true),
            (new[] { "vpa" }, PiiKinds.BankAccount, true),
            (new[] { "card", "number" }, PiiKinds.PaymentCard, true),
            (new[] { "card", "no" }, PiiKinds.PaymentCard, true),
            (new[] { "credit", "card" }, PiiKinds.PaymentCard, true),
            (new[] { "debit", "card" }, PiiKinds.PaymentCard, true),
            (new[] { "cvv", "2" }, PiiKinds.CardSecurityCode, true),
            (new[] { "cvc", "2" }, PiiKinds.CardSecurityCode, true),
            (new[] { "cvv" }, PiiKinds.CardSecurityCode, true),
            (new[] { "cvc" }, PiiKinds.CardSecurityCode, true),
            (new[] { "card", "security", "code" }, PiiKinds.CardSecurityCode, true),
            (new[] { "card", "security", "number" }, PiiKinds.CardSecurityCode, true),
            (new[] { "password" }, PiiKinds.Password, true),
            (new[] { "passwd" }, PiiKinds.Password, true),
            (new[] { "passphrase" }, PiiKinds.Password, true),
            // A PIN that says what it unlocks; a bare "Pin" is often an Indian postal PIN code, so it is only weak (below).
            (new[] { "card", "pin" }, PiiKinds.Secret, true),
            (new[] { "atm", "pin" }, PiiKinds.Secret, true),
            (new[] { "upi", "pin" }, PiiKinds.Secret, true),
            (new[] { "wallet", "pin" }, PiiKinds.Secret, true),
            (new[] { "transaction", "pin" }, PiiKinds.Secret, true),
            (new[] { "login", "pin" }, PiiKinds.Secret, true),
            (new[] { "mpin" }, PiiKinds.Secret, true),
            (new[] { "secret", "answer" }, PiiKinds.Secret, true),
            (new[] { "security", "answer" }, PiiKinds.Secret, true),
            (new[] { "iban" }, PiiKinds.BankAccount, true),
            (new[] { "bank", "account" }, PiiKinds.BankAccount, true),
            (new[] { "passport" }, PiiKinds.Passport, true),
            (new[] { "ssn" }, PiiKinds.NationalId, true),
            (new[] { "national", "id" }, PiiKinds.NationalId, true),
            (new[] { "api", "key" }, PiiKinds.Secret, true),
            (new[] { "client", "secret" }, PiiKinds.Secret, true),
            (new[] { "private", "key" }, PiiKinds.Secret, true),
            (new[] { "access", "token" }, PiiKinds.Secret, true),
            (new[] { "refresh", "token" }, PiiKinds.Secret, true),
            (new[] { "otp", "code" }, PiiKinds.Secret, true),
            (new[] { "otp" }, PiiKinds.Secret, true),
            (new[] { "totp" }, PiiKinds.Secret, true),
            (new[] { "recovery", "code" }, PiiKinds.Secret, true),
            (new[] { "secret", "key" }, PiiKinds.Secret, true),
            (new[] { "secret" }, PiiKinds.Secret, true),
            (new[] { "auth", "token" }, PiiKinds.Secret, true),
            (new[] { "bearer", "token" }, PiiKinds.Secret, true),
            (new[] { "session", "token" }, PiiKinds.Secret, true),
            (new[] { "reset", "token" }, PiiKinds.Secret, true),
            (new[] { "api", "token" }, PiiKinds.Secret, true),
            (new[] { "security", "token" }, PiiKinds.Secret, true),
            (new[] { "oauth", "token" }, PiiKinds.Secret, true),
            (new[] { "id", "token" }, PiiKinds.Secret, true),
            (new[] { "imei" }, PiiKinds.PersonalData, true),
            (new[] { "imsi" }, PiiKinds.PersonalData, true),
            (new[] { "meid" }, PiiKinds.PersonalData, true),
            (new[] { "iccid" }, PiiKinds.PersonalData, true),
            (new[] { "sim", "serial" }, PiiKinds.PersonalData, true),
            (new[] { "sms", "body" }, PiiKinds.MessageContent, true),
            (new[] { "sms", "text" }, PiiKinds.MessageContent, true),
            (new[] { "sms", "content" }, PiiKinds.MessageContent, true),
            (new[] { "sms", "message" }, PiiKinds.MessageContent, true),
            (new[] { "whatsapp", "message" }, PiiKinds.MessageContent, true),
            (new[] { "chat", "message" }, PiiKinds.MessageContent, true),
            (new[] { "call", "recording" }, PiiKinds.CallRecording, true),
            (new[] { "recording", "url" }, PiiKinds.CallRecording, true),

            // A message body is a person's text on a messaging platform, but a queue's payload elsewhere: weak.
            (new[] { "message", "body" }, PiiKinds.MessageContent, false),
            (new[] { "message", "content" }, PiiKinds.MessageContent, false),
            (new[] { "message", "text" }, PiiKinds.MessageContent, false),
            (new[] { "card", "expiry" }, PiiKinds.PaymentCard, false),
            // "IdNo" is an identity number in HR and KYC code, but also a record's own number elsewhere: weak.
            (new[] { "id", "number" }, PiiKinds.NationalId, false),
            (new[] { "id", "no" }, PiiKinds.NationalId, false),
            (new[] { "idno" }, PiiKinds.NationalId, false),
            // Ambiguous abbreviations: "pwd" is also "person with disability", "pin" a postal PIN code in India.
            (new[] { "pwd" }, PiiKinds.Password, false),
            (new[] { "pw" }, PiiKinds.Password, false),
            (new[] { "pin" }, PiiKinds.Secret, false),
            (new[] { "account", "number" }, PiiKinds.BankAccount, false),
            (new[] { "account", "no" }, PiiKinds.BankAccount, false),
            (new[] { "ip", "address" }, PiiKinds.IpAddress, false),
            (new[] { "ipaddress" }, PiiKinds.IpAddress, false),
            (new[] { "ipv4" }, PiiKinds.IpAddress, false),
            (new[] { "ipv6" }, PiiKinds.IpAddress, false),
            (new[] { "ip" }, PiiKinds.IpAddress, false),
            (new[] { "email", "address" }, PiiKinds.Email, false),
            (new[] { "email", "id" }, PiiKinds.Email, false),
            (new[] { "mail", "id" }, PiiKinds.Email, false),
            (new[] { "emailaddress" }, PiiKinds.Email, false),
            (new[] { "email" }, PiiKinds.Email, false),
            (new[] { "e", "mail" }, PiiKinds.Email, false),
            (new[] { "mac", "address" }, PiiKinds.PersonalData, false),
            (new[] { "device", "id" }, PiiKinds.PersonalData, false),
            (new[] { "phone" }, PiiKinds.PhoneNumber, false),
            (new[] { "phonenumber" }, PiiKinds.PhoneNumber, false),
            (new[] { "mobilenumber" }, PiiKinds.PhoneNumber, false),
            (new[] { "mobile", "number" }, PiiKinds.PhoneNumber, false),
            (new[] { "mobile" }, PiiKinds.PhoneNumber, false),
            (new[] { "cell", "number" }, PiiKinds.PhoneNumber, false),
            (new[] { "cell", "phone" }, PiiKinds.PhoneNumber, false),
            (new[] { "cellphone" }, PiiKinds.PhoneNumber, false),
            (new[] { "msisdn" }, PiiKinds.PhoneNumber, false),
            (new[] { "contact", "number" }, PiiKinds.PhoneNumber, false),
            (new[] { "fax" }, PiiKinds.PhoneNumber, false),
            (new[] { "first", "name" }, PiiKinds.PersonName, false),
            (new[] { "firstname" }, PiiKinds.PersonName, false),
            (new[] { "lastname" }, PiiKinds.PersonName, false),
            (new[] { "last", "name" }, PiiKinds.PersonName, false),
            (new[] { "full", "name" }, PiiKinds.PersonName, false),
            (new[] { "given", "name" }, PiiKinds.PersonName, false),
            (new[] { "family", "name" }, PiiKinds.PersonName, false),
            (new[] { "father", "name" }, PiiKinds.PersonName, false),
            (new[] { "fathers", "name" }, PiiKinds.PersonName, false),
            (new[] { "mother", "name" }, PiiKinds.PersonName, false),
            (new[] { "mothers", "name" }, PiiKinds.PersonName, false),
            (new[] { "spouse", "name" }, PiiKinds.PersonName, false),
            (new[] { "surname" }, PiiKinds.PersonName, false),
            (new[] { "cardholder", "name" }, PiiKinds.PersonName, false),
            (new[] { "card", "holder", "name" }, PiiKinds.PersonName, false),
            (new[] { "name", "on", "card" }, PiiKinds.PersonName, false),
            (new[] { "name", "on", "account" }, PiiKinds.PersonName, false),
            (new[] { "middle", "name" }, PiiKinds.PersonName, false),
            (new[] { "contact", "name" }, PiiKinds.PersonName, false),
            (new[] { "person", "name" }, PiiKinds.PersonName, false),
            (new[] { "customer", "name" }, PiiKinds.PersonName, false),
            (new[] { "date", "of", "birth" }, PiiKinds.DateOfBirth, false),
            (new[] { "birth", "date" }, PiiKinds.DateOfBirth, false),
            (new[] { "dateofbirth" }, PiiKinds.DateOfBirth, false),
            (new[] { "dateof", "birth" }, PiiKinds.DateOfBirth, false),
            (new[] { "birthdate" }, PiiKinds.DateOfBirth, false),
            (new[] { "birthday" }, PiiKinds.DateOfBirth, false),
            (new[] { "dob" }, PiiKinds.DateOfBirth, false),
            (new[] { "latitude" }, PiiKinds.PersonalData, false),
            (new[] { "longitude" }, PiiKinds.PersonalData, false),
            (new[] { "postal", "address" }, PiiKinds.PostalAddress, false),
            (new[] { "home", "address" }, PiiKinds.PostalAddress, false),
            (new[] { "street", "address" }, PiiKinds.PostalAddress, false),
            (new[] { "address" }, PiiKinds.PostalAddress, false),
            (new[] { "street" }, PiiKinds.PostalAddress, false),
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
