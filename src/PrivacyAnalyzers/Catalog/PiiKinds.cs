using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>How much of a value <c>Pii.Mask</c> may show for a kind.</summary>
    internal enum MaskingPolicy
    {
        /// <summary>At most the last 4 digits (<c>***6467</c>).</summary>
        LastFourDigits,

        /// <summary>At most the last 4 letters or digits (<c>***234F</c>).</summary>
        LastFourCharacters,

        /// <summary>At most the last 2 digits (<c>***67</c>).</summary>
        LastTwoDigits,

        /// <summary>The domain (<c>***@example.pk</c>).</summary>
        EmailDomain,

        /// <summary>The network part (<c>203.0.113.***</c>).</summary>
        NetworkPart,

        /// <summary>Initials (<c>A*** K***</c>).</summary>
        Initials,

        /// <summary>Nothing, not even emptiness (<c>***</c>).</summary>
        Nothing,
    }

    /// <summary>What the policies allow at rest (EF Core, database parameters, files, caches, session, cookies).</summary>
    internal enum StoragePolicy
    {
        /// <summary>No at-rest promise beyond the general ones: the storage rules do not report the kind.</summary>
        Unrestricted,

        /// <summary>Identity data: stored only encrypted (PII3001, PII3006, PII3008).</summary>
        EncryptedOnly,

        /// <summary>Passwords: only a one-way hash may be kept; encryption is not enough (PII3003).</summary>
        OneWayHashOnly,

        /// <summary>Card security codes: never kept at all (PII3004).</summary>
        NeverStored,

        /// <summary>Card numbers: never in full; a processor's token or the last 4 digits instead (PII3005).</summary>
        NeverStoredInFull,
    }

    /// <summary>One kind of personal data: a <c>PiiKind</c> member, how messages name it, how it is masked, and what
    /// the policies let storage do with it.</summary>
    internal sealed class PiiKindInfo
    {
        public PiiKindInfo(string name, string description, MaskingPolicy masking, StoragePolicy storage)
        {
            Name = name;
            Description = description;
            Masking = masking;
            Storage = storage;
        }

        /// <summary>The <c>PrivacyAnalyzers.Annotations.PiiKind</c> member name.</summary>
        public string Name { get; }

        /// <summary>The words a message uses: "CNIC number".</summary>
        public string Description { get; }

        public MaskingPolicy Masking { get; }

        public StoragePolicy Storage { get; }

        /// <summary>Whether encryption alone satisfies the at-rest promise (false for passwords and card data).</summary>
        public bool EncryptionIsEnoughAtRest => Storage is StoragePolicy.Unrestricted or StoragePolicy.EncryptedOnly;
    }

    /// <summary>
    /// The kinds of personal data the package knows, one row each, in the order of the <c>PiiKind</c> enum (a test ties
    /// the two together, and ties each masking policy to what <c>Pii.Mask</c> really shows).
    /// </summary>
    internal static class PiiKinds
    {
        public const string PersonalData = "PersonalData";
        public const string Cnic = "Cnic";
        public const string Aadhaar = "Aadhaar";
        public const string Pan = "Pan";
        public const string NationalId = "NationalId";
        public const string Passport = "Passport";
        public const string PaymentCard = "PaymentCard";
        public const string CardSecurityCode = "CardSecurityCode";
        public const string BankAccount = "BankAccount";
        public const string Password = "Password";
        public const string Secret = "Secret";
        public const string Email = "Email";
        public const string PhoneNumber = "PhoneNumber";
        public const string PersonName = "PersonName";
        public const string PostalAddress = "PostalAddress";
        public const string DateOfBirth = "DateOfBirth";
        public const string IpAddress = "IpAddress";
        public const string MessageContent = "MessageContent";
        public const string CallRecording = "CallRecording";
        public const string IdentityDocument = "IdentityDocument";
        public const string UserName = "UserName";
        public const string TaxId = "TaxId";

        public static readonly ImmutableArray<PiiKindInfo> All = ImmutableArray.Create(
            new PiiKindInfo(PersonalData, "personal data", MaskingPolicy.Nothing, StoragePolicy.Unrestricted),
            new PiiKindInfo(Cnic, "CNIC number", MaskingPolicy.LastFourDigits, StoragePolicy.EncryptedOnly),
            new PiiKindInfo(Aadhaar, "Aadhaar number", MaskingPolicy.LastFourDigits, StoragePolicy.EncryptedOnly),
            new PiiKindInfo(Pan, "PAN", MaskingPolicy.LastFourCharacters, StoragePolicy.EncryptedOnly),
            new PiiKindInfo(NationalId, "national ID number", MaskingPolicy.LastFourCharacters, StoragePolicy.EncryptedOnly),
            new PiiKindInfo(Passport, "passport number", MaskingPolicy.LastFourCharacters, StoragePolicy.EncryptedOnly),
            new PiiKindInfo(PaymentCard, "payment card number", MaskingPolicy.LastFourDigits, StoragePolicy.NeverStoredInFull),
            new PiiKindInfo(CardSecurityCode, "card security code", MaskingPolicy.Nothing, StoragePolicy.NeverStored),
            new PiiKindInfo(BankAccount, "bank account number", MaskingPolicy.LastFourCharacters, StoragePolicy.Unrestricted),
            new PiiKindInfo(Password, "password", MaskingPolicy.Nothing, StoragePolicy.OneWayHashOnly),
            new PiiKindInfo(Secret, "secret", MaskingPolicy.Nothing, StoragePolicy.Unrestricted),
            new PiiKindInfo(Email, "email address", MaskingPolicy.EmailDomain, StoragePolicy.Unrestricted),
            new PiiKindInfo(PhoneNumber, "phone number", MaskingPolicy.LastTwoDigits, StoragePolicy.Unrestricted),
            new PiiKindInfo(PersonName, "person name", MaskingPolicy.Initials, StoragePolicy.Unrestricted),
            new PiiKindInfo(PostalAddress, "postal address", MaskingPolicy.Nothing, StoragePolicy.Unrestricted),
            new PiiKindInfo(DateOfBirth, "date of birth", MaskingPolicy.Nothing, StoragePolicy.Unrestricted),
            new PiiKindInfo(IpAddress, "IP address", MaskingPolicy.NetworkPart, StoragePolicy.Unrestricted),
            new PiiKindInfo(MessageContent, "message content", MaskingPolicy.Nothing, StoragePolicy.Unrestricted),
            new PiiKindInfo(CallRecording, "call recording", MaskingPolicy.Nothing, StoragePolicy.Unrestricted),
            new PiiKindInfo(IdentityDocument, "identity document", MaskingPolicy.LastFourCharacters, StoragePolicy.EncryptedOnly),
            new PiiKindInfo(UserName, "username", MaskingPolicy.Initials, StoragePolicy.Unrestricted),
            // Like PAN (India's tax number): an identity number the policies keep encrypted at rest.
            new PiiKindInfo(TaxId, "tax ID", MaskingPolicy.LastFourCharacters, StoragePolicy.EncryptedOnly));

        // Kinds written in options arrive lower-cased from .editorconfig, so names are looked up without case.
        private static readonly Dictionary<string, PiiKindInfo> ByName = Index();

        private static Dictionary<string, PiiKindInfo> Index()
        {
            var byName = new Dictionary<string, PiiKindInfo>(StringComparer.OrdinalIgnoreCase);
            foreach (var kind in All)
            {
                byName[kind.Name] = kind;
            }

            return byName;
        }

        /// <summary>The row for a kind name (any case), or null for a name that is not a <c>PiiKind</c>.</summary>
        public static PiiKindInfo? Find(string name) => ByName.TryGetValue(name, out var kind) ? kind : null;

        /// <summary>The words a message uses for a kind; the name itself for an unknown one (a newer annotations package).</summary>
        public static string Describe(string kind) => Find(kind)?.Description ?? kind;

        /// <summary>What storage may do with a kind; an unknown kind has no at-rest rule.</summary>
        public static StoragePolicy StorageOf(string kind) => Find(kind)?.Storage ?? StoragePolicy.Unrestricted;
    }
}
