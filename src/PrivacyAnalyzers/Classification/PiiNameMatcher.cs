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
        // Strong names act as tags in every rule; weaker ones count where the context says a person (NameStrength).
        // Longer phrases come first: "ip address" before "address".
        private static readonly (string[] Words, string Kind, NameStrength Strength)[] Keywords =
        {
            // An identity document's "card" is the document, not a payment card: AadharCardNumber, PanCardNo.
            (new[] { "aadhaar", "card" }, PiiKinds.Aadhaar, NameStrength.Strong),
            (new[] { "aadhar", "card" }, PiiKinds.Aadhaar, NameStrength.Strong),
            (new[] { "adhar", "card" }, PiiKinds.Aadhaar, NameStrength.Strong),
            (new[] { "adhaar", "card" }, PiiKinds.Aadhaar, NameStrength.Strong),
            (new[] { "aadhaarcard" }, PiiKinds.Aadhaar, NameStrength.Strong),
            (new[] { "aadharcard" }, PiiKinds.Aadhaar, NameStrength.Strong),
            // Lower-case compounds that cannot be split into words (Adharnumber).
            (new[] { "aadhaarnumber" }, PiiKinds.Aadhaar, NameStrength.Strong),
            (new[] { "aadharnumber" }, PiiKinds.Aadhaar, NameStrength.Strong),
            (new[] { "adharnumber" }, PiiKinds.Aadhaar, NameStrength.Strong),
            (new[] { "pan", "card" }, PiiKinds.Pan, NameStrength.Strong),
            (new[] { "pancard" }, PiiKinds.Pan, NameStrength.Strong),
            (new[] { "cnic", "card" }, PiiKinds.Cnic, NameStrength.Strong),
            // Aadhaar's UID and Virtual ID; a bare "uid" or "vid" is usually a user or video id, so only these phrases.
            (new[] { "aadhaar", "uid" }, PiiKinds.Aadhaar, NameStrength.Strong),
            (new[] { "aadhaar", "vid" }, PiiKinds.Aadhaar, NameStrength.Strong),
            (new[] { "uid", "number" }, PiiKinds.Aadhaar, NameStrength.Strong),
            (new[] { "uid", "no" }, PiiKinds.Aadhaar, NameStrength.Strong),
            (new[] { "vid", "number" }, PiiKinds.Aadhaar, NameStrength.Strong),
            (new[] { "social", "security", "number" }, PiiKinds.NationalId, NameStrength.Strong),
            (new[] { "national", "identification" }, PiiKinds.NationalId, NameStrength.Strong),
            (new[] { "national", "identity" }, PiiKinds.NationalId, NameStrength.Strong),
            (new[] { "identity", "number" }, PiiKinds.NationalId, NameStrength.Strong),
            (new[] { "government", "id" }, PiiKinds.NationalId, NameStrength.Strong),
            // Bangladesh's NID and Sri Lanka's NIC, with a number word: a bare "nid"/"nic" is a node id or a network card.
            (new[] { "nid", "number" }, PiiKinds.NationalId, NameStrength.Strong),
            (new[] { "nid", "no" }, PiiKinds.NationalId, NameStrength.Strong),
            (new[] { "nic", "number" }, PiiKinds.NationalId, NameStrength.Strong),
            (new[] { "nic", "no" }, PiiKinds.NationalId, NameStrength.Strong),
            (new[] { "id", "document", "number" }, PiiKinds.IdentityDocument, NameStrength.Strong),
            (new[] { "id", "card" }, PiiKinds.IdentityDocument, NameStrength.Strong),
            (new[] { "identity", "card" }, PiiKinds.IdentityDocument, NameStrength.Strong),
            (new[] { "driving", "licence" }, PiiKinds.IdentityDocument, NameStrength.Strong),
            (new[] { "driving", "license" }, PiiKinds.IdentityDocument, NameStrength.Strong),
            (new[] { "driver", "license" }, PiiKinds.IdentityDocument, NameStrength.Strong),
            (new[] { "driver", "licence" }, PiiKinds.IdentityDocument, NameStrength.Strong),
            (new[] { "cnic" }, PiiKinds.Cnic, NameStrength.Strong),
            (new[] { "nicop" }, PiiKinds.Cnic, NameStrength.Strong),
            // Pakistan's National Tax Number and a Taxpayer Identification Number: a person's or a sole trader's tax identity.
            (new[] { "ntn" }, PiiKinds.TaxId, NameStrength.Strong),
            (new[] { "tin" }, PiiKinds.TaxId, NameStrength.Strong),
            (new[] { "taxpayer", "id" }, PiiKinds.TaxId, NameStrength.Strong),
            (new[] { "aadhaar" }, PiiKinds.Aadhaar, NameStrength.Strong),
            (new[] { "aadhar" }, PiiKinds.Aadhaar, NameStrength.Strong),
            (new[] { "adhar" }, PiiKinds.Aadhaar, NameStrength.Strong),
            (new[] { "adhaar" }, PiiKinds.Aadhaar, NameStrength.Strong),
            (new[] { "pan" }, PiiKinds.Pan, NameStrength.Strong),
            (new[] { "gstin" }, PiiKinds.Pan, NameStrength.Strong),
            (new[] { "voter", "id" }, PiiKinds.NationalId, NameStrength.Strong),
            (new[] { "epic", "number" }, PiiKinds.NationalId, NameStrength.Strong),
            (new[] { "upi", "id" }, PiiKinds.BankAccount, NameStrength.Strong),
            (new[] { "upi", "vpa" }, PiiKinds.BankAccount, NameStrength.Strong),
            (new[] { "vpa" }, PiiKinds.BankAccount, NameStrength.Strong),
            (new[] { "card", "number" }, PiiKinds.PaymentCard, NameStrength.Strong),
            (new[] { "card", "no" }, PiiKinds.PaymentCard, NameStrength.Strong),
            (new[] { "credit", "card" }, PiiKinds.PaymentCard, NameStrength.Strong),
            (new[] { "debit", "card" }, PiiKinds.PaymentCard, NameStrength.Strong),
            (new[] { "cvv", "2" }, PiiKinds.CardSecurityCode, NameStrength.Strong),
            (new[] { "cvc", "2" }, PiiKinds.CardSecurityCode, NameStrength.Strong),
            (new[] { "cvv" }, PiiKinds.CardSecurityCode, NameStrength.Strong),
            (new[] { "cvc" }, PiiKinds.CardSecurityCode, NameStrength.Strong),
            (new[] { "card", "security", "code" }, PiiKinds.CardSecurityCode, NameStrength.Strong),
            (new[] { "card", "security", "number" }, PiiKinds.CardSecurityCode, NameStrength.Strong),
            (new[] { "password" }, PiiKinds.Password, NameStrength.Strong),
            (new[] { "passwd" }, PiiKinds.Password, NameStrength.Strong),
            (new[] { "passphrase" }, PiiKinds.Password, NameStrength.Strong),
            // A PIN that says what it unlocks; a bare "Pin" is often an Indian postal PIN code, so it is only weak (below).
            (new[] { "card", "pin" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "atm", "pin" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "upi", "pin" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "wallet", "pin" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "transaction", "pin" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "login", "pin" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "mpin" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "secret", "answer" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "security", "answer" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "iban" }, PiiKinds.BankAccount, NameStrength.Strong),
            (new[] { "bank", "account" }, PiiKinds.BankAccount, NameStrength.Strong),
            (new[] { "passport" }, PiiKinds.Passport, NameStrength.Strong),
            (new[] { "ssn" }, PiiKinds.NationalId, NameStrength.Strong),
            (new[] { "national", "id" }, PiiKinds.NationalId, NameStrength.Strong),
            (new[] { "api", "key" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "client", "secret" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "private", "key" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "access", "token" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "refresh", "token" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "otp", "code" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "otp" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "totp" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "recovery", "code" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "secret", "key" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "secret" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "auth", "token" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "bearer", "token" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "session", "token" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "reset", "token" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "api", "token" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "security", "token" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "oauth", "token" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "id", "token" }, PiiKinds.Secret, NameStrength.Strong),
            (new[] { "imei" }, PiiKinds.PersonalData, NameStrength.Strong),
            (new[] { "imsi" }, PiiKinds.PersonalData, NameStrength.Strong),
            (new[] { "meid" }, PiiKinds.PersonalData, NameStrength.Strong),
            (new[] { "iccid" }, PiiKinds.PersonalData, NameStrength.Strong),
            (new[] { "sim", "serial" }, PiiKinds.PersonalData, NameStrength.Strong),
            (new[] { "sms", "body" }, PiiKinds.MessageContent, NameStrength.Strong),
            (new[] { "sms", "text" }, PiiKinds.MessageContent, NameStrength.Strong),
            (new[] { "sms", "content" }, PiiKinds.MessageContent, NameStrength.Strong),
            (new[] { "sms", "message" }, PiiKinds.MessageContent, NameStrength.Strong),
            (new[] { "whatsapp", "message" }, PiiKinds.MessageContent, NameStrength.Strong),
            (new[] { "chat", "message" }, PiiKinds.MessageContent, NameStrength.Strong),
            (new[] { "call", "recording" }, PiiKinds.CallRecording, NameStrength.Strong),
            (new[] { "recording", "url" }, PiiKinds.CallRecording, NameStrength.Strong),

            // Tax and VAT numbers are a person's unless the owner is a business (CompanyVatNumber, StoreTaxId).
            (new[] { "tax", "id" }, PiiKinds.TaxId, NameStrength.PersonByDefault),
            (new[] { "tax", "number" }, PiiKinds.TaxId, NameStrength.PersonByDefault),
            (new[] { "tax", "no" }, PiiKinds.TaxId, NameStrength.PersonByDefault),
            (new[] { "vat", "id" }, PiiKinds.TaxId, NameStrength.PersonByDefault),
            (new[] { "vat", "number" }, PiiKinds.TaxId, NameStrength.PersonByDefault),
            (new[] { "vat", "no" }, PiiKinds.TaxId, NameStrength.PersonByDefault),
            // An online identifier: the name a person signs in with.
            (new[] { "username" }, PiiKinds.UserName, NameStrength.PersonByDefault),
            (new[] { "user", "name" }, PiiKinds.UserName, NameStrength.PersonByDefault),
            (new[] { "login", "name" }, PiiKinds.UserName, NameStrength.PersonByDefault),
            (new[] { "screen", "name" }, PiiKinds.UserName, NameStrength.PersonByDefault),
            // Only people have these, whoever's record holds them.
            (new[] { "gender" }, PiiKinds.PersonalData, NameStrength.PersonOnly),
            (new[] { "maiden", "name" }, PiiKinds.PersonName, NameStrength.PersonOnly),
            (new[] { "residential", "address" }, PiiKinds.PostalAddress, NameStrength.PersonOnly),
            (new[] { "permanent", "address" }, PiiKinds.PostalAddress, NameStrength.PersonOnly),
            (new[] { "residence", "address" }, PiiKinds.PostalAddress, NameStrength.PersonOnly),
            // A message body is a person's text on a messaging platform, but a queue's payload elsewhere: weak.
            (new[] { "message", "body" }, PiiKinds.MessageContent, NameStrength.NeedsPersonContext),
            (new[] { "message", "content" }, PiiKinds.MessageContent, NameStrength.NeedsPersonContext),
            (new[] { "message", "text" }, PiiKinds.MessageContent, NameStrength.NeedsPersonContext),
            (new[] { "card", "expiry" }, PiiKinds.PaymentCard, NameStrength.NeedsPersonContext),
            // "IdNo" is an identity number in HR and KYC code, but also a record's own number elsewhere: weak.
            (new[] { "id", "number" }, PiiKinds.NationalId, NameStrength.NeedsPersonContext),
            (new[] { "id", "no" }, PiiKinds.NationalId, NameStrength.NeedsPersonContext),
            (new[] { "idno" }, PiiKinds.NationalId, NameStrength.NeedsPersonContext),
            // Ambiguous abbreviations: "pwd" is also "person with disability", "pin" a postal PIN code in India.
            (new[] { "pwd" }, PiiKinds.Password, NameStrength.NeedsPersonContext),
            (new[] { "pw" }, PiiKinds.Password, NameStrength.NeedsPersonContext),
            (new[] { "pin" }, PiiKinds.Secret, NameStrength.NeedsPersonContext),
            (new[] { "account", "number" }, PiiKinds.BankAccount, NameStrength.NeedsPersonContext),
            (new[] { "account", "no" }, PiiKinds.BankAccount, NameStrength.NeedsPersonContext),
            // The other end of a connection: a client's address (RemoteEndPoint, remoteAddress), not a postal one.
            (new[] { "remote", "end", "point" }, PiiKinds.IpAddress, NameStrength.NeedsPersonContext),
            (new[] { "remote", "endpoint" }, PiiKinds.IpAddress, NameStrength.NeedsPersonContext),
            (new[] { "remote", "address" }, PiiKinds.IpAddress, NameStrength.NeedsPersonContext),
            (new[] { "ip", "address" }, PiiKinds.IpAddress, NameStrength.NeedsPersonContext),
            (new[] { "ipaddress" }, PiiKinds.IpAddress, NameStrength.NeedsPersonContext),
            (new[] { "ipv4" }, PiiKinds.IpAddress, NameStrength.NeedsPersonContext),
            (new[] { "ipv6" }, PiiKinds.IpAddress, NameStrength.NeedsPersonContext),
            (new[] { "ip" }, PiiKinds.IpAddress, NameStrength.NeedsPersonContext),
            (new[] { "email", "address" }, PiiKinds.Email, NameStrength.PersonByDefault),
            (new[] { "email", "id" }, PiiKinds.Email, NameStrength.PersonByDefault),
            (new[] { "mail", "id" }, PiiKinds.Email, NameStrength.PersonByDefault),
            (new[] { "emailaddress" }, PiiKinds.Email, NameStrength.PersonByDefault),
            (new[] { "email" }, PiiKinds.Email, NameStrength.PersonByDefault),
            (new[] { "e", "mail" }, PiiKinds.Email, NameStrength.PersonByDefault),
            (new[] { "mac", "address" }, PiiKinds.PersonalData, NameStrength.NeedsPersonContext),
            (new[] { "device", "id" }, PiiKinds.PersonalData, NameStrength.NeedsPersonContext),
            (new[] { "phone" }, PiiKinds.PhoneNumber, NameStrength.PersonByDefault),
            (new[] { "phonenumber" }, PiiKinds.PhoneNumber, NameStrength.PersonByDefault),
            (new[] { "mobilenumber" }, PiiKinds.PhoneNumber, NameStrength.PersonByDefault),
            (new[] { "mobile", "number" }, PiiKinds.PhoneNumber, NameStrength.PersonByDefault),
            (new[] { "mobile" }, PiiKinds.PhoneNumber, NameStrength.PersonByDefault),
            (new[] { "cell", "number" }, PiiKinds.PhoneNumber, NameStrength.PersonByDefault),
            (new[] { "cell", "phone" }, PiiKinds.PhoneNumber, NameStrength.PersonByDefault),
            (new[] { "cellphone" }, PiiKinds.PhoneNumber, NameStrength.PersonByDefault),
            (new[] { "msisdn" }, PiiKinds.PhoneNumber, NameStrength.PersonByDefault),
            (new[] { "contact", "number" }, PiiKinds.PhoneNumber, NameStrength.PersonByDefault),
            (new[] { "fax" }, PiiKinds.PhoneNumber, NameStrength.NeedsPersonContext),
            (new[] { "first", "name" }, PiiKinds.PersonName, NameStrength.PersonByDefault),
            (new[] { "firstname" }, PiiKinds.PersonName, NameStrength.PersonByDefault),
            (new[] { "lastname" }, PiiKinds.PersonName, NameStrength.PersonByDefault),
            (new[] { "last", "name" }, PiiKinds.PersonName, NameStrength.PersonByDefault),
            (new[] { "full", "name" }, PiiKinds.PersonName, NameStrength.NeedsPersonContext),
            (new[] { "given", "name" }, PiiKinds.PersonName, NameStrength.PersonByDefault),
            (new[] { "family", "name" }, PiiKinds.PersonName, NameStrength.PersonByDefault),
            (new[] { "father", "name" }, PiiKinds.PersonName, NameStrength.PersonOnly),
            (new[] { "fathers", "name" }, PiiKinds.PersonName, NameStrength.PersonOnly),
            (new[] { "mother", "name" }, PiiKinds.PersonName, NameStrength.PersonOnly),
            (new[] { "mothers", "name" }, PiiKinds.PersonName, NameStrength.PersonOnly),
            (new[] { "spouse", "name" }, PiiKinds.PersonName, NameStrength.PersonOnly),
            (new[] { "surname" }, PiiKinds.PersonName, NameStrength.PersonByDefault),
            (new[] { "cardholder", "name" }, PiiKinds.PersonName, NameStrength.PersonByDefault),
            (new[] { "card", "holder", "name" }, PiiKinds.PersonName, NameStrength.PersonByDefault),
            (new[] { "name", "on", "card" }, PiiKinds.PersonName, NameStrength.PersonByDefault),
            (new[] { "name", "on", "account" }, PiiKinds.PersonName, NameStrength.PersonByDefault),
            (new[] { "middle", "name" }, PiiKinds.PersonName, NameStrength.PersonByDefault),
            (new[] { "contact", "name" }, PiiKinds.PersonName, NameStrength.PersonByDefault),
            (new[] { "person", "name" }, PiiKinds.PersonName, NameStrength.PersonByDefault),
            (new[] { "customer", "name" }, PiiKinds.PersonName, NameStrength.PersonByDefault),
            (new[] { "date", "of", "birth" }, PiiKinds.DateOfBirth, NameStrength.PersonOnly),
            (new[] { "birth", "date" }, PiiKinds.DateOfBirth, NameStrength.PersonOnly),
            (new[] { "dateofbirth" }, PiiKinds.DateOfBirth, NameStrength.PersonOnly),
            (new[] { "dateof", "birth" }, PiiKinds.DateOfBirth, NameStrength.PersonOnly),
            (new[] { "birthdate" }, PiiKinds.DateOfBirth, NameStrength.PersonOnly),
            (new[] { "birthday" }, PiiKinds.DateOfBirth, NameStrength.PersonOnly),
            (new[] { "dob" }, PiiKinds.DateOfBirth, NameStrength.PersonOnly),
            (new[] { "latitude" }, PiiKinds.PersonalData, NameStrength.NeedsPersonContext),
            (new[] { "longitude" }, PiiKinds.PersonalData, NameStrength.NeedsPersonContext),
            (new[] { "postal", "address" }, PiiKinds.PostalAddress, NameStrength.NeedsPersonContext),
            (new[] { "home", "address" }, PiiKinds.PostalAddress, NameStrength.PersonOnly),
            (new[] { "street", "address" }, PiiKinds.PostalAddress, NameStrength.NeedsPersonContext),
            (new[] { "address" }, PiiKinds.PostalAddress, NameStrength.NeedsPersonContext),
            (new[] { "street" }, PiiKinds.PostalAddress, NameStrength.NeedsPersonContext),
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
            // Machines and places on a network (LocalAddress, PublicIp, UserAgentAddress, WebhookUrl's address, NodeIp).
            "local", "public", "internal", "external", "agent", "web", "website", "site", "url", "callback", "webhook",
            "relay", "smtp", "dns", "node", "cluster", "tuner",
            // Traders and offices: a business's contact details (VendorPhone, TraderAddress, OfficeEmail).
            "vendor", "trader", "seller", "office",
        };

        // Cards that are not payment cards: a "card number" after one of these is another document's or scheme's number.
        private static readonly HashSet<string> OtherCards = new HashSet<string>
        {
            "ration", "id", "identity", "voter", "health", "insurance", "membership", "member", "loyalty", "gift", "library",
            "student", "employee", "sim", "access", "key", "visiting", "business", "reward", "transit",
        };

        /// <summary>The kind a strong name says, or null.</summary>
        /// <summary>What a name says was done to the value it holds (<c>passwordHash</c>, <c>encryptedKey</c>,
        /// <c>maskedPan</c>): the same words that make a name not PII (<see cref="NegativeWords"/>), read as a protection.</summary>
        public static SanitizerKind? ProtectionNamed(string identifier)
        {
            foreach (var word in IdentifierWords.Split(identifier))
            {
                switch (word)
                {
                    case "hash" or "hashed" or "salted" or "digest":
                        return SanitizerKind.Hashing;
                    case "encrypted" or "cipher" or "ciphertext" or "protected":
                        return SanitizerKind.Encryption;
                    case "masked" or "tokenized":
                        return SanitizerKind.Masking;
                }
            }

            return null;
        }

        public static string? Match(string identifier) => MatchWithStrength(identifier) is { Strength: NameStrength.Strong } match ? match.Kind : null;

        /// <summary>The kind a name says and how much the name alone says, or null. <paramref name="extra"/> are a team's
        /// own phrases (strong); <paramref name="ignored"/> names never match.</summary>
        public static (string Kind, NameStrength Strength)? MatchWithStrength(
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
                        return Describes(words, start, keyword.Length, NameStrength.Strong) ? (kind, NameStrength.Strong) : null;
                    }
                }
            }

            foreach (var (keyword, kind, strength) in Keywords)
            {
                if (FindHead(words, keyword) is var start && start >= 0)
                {
                    return Describes(words, start, keyword.Length, strength) ? (kind, strength) : null;
                }
            }

            return null;
        }

        /// <summary>Whether the words around a matched keyword leave it meaning the data itself: no word outside the
        /// keyword says the value is derived or about the data (the keyword itself may hold one: "card expiry"), and a
        /// weak keyword is not qualified by a non-personal owner (a kind only people have cannot be).</summary>
        private static bool Describes(List<string> words, int start, int length, NameStrength strength)
        {
            var strong = strength == NameStrength.Strong;
            var ownerMayHideIt = strength < NameStrength.PersonOnly;
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
                if (outsideKeyword && (NegativeWords.Contains(words[i]) || (ownerMayHideIt && i < start && NonPersonalOwners.Contains(words[i]))))
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
