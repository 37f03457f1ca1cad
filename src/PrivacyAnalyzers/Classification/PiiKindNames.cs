namespace PrivacyAnalyzers.Classification
{
    /// <summary>The <c>PiiKind</c> members the analyzers know, and how messages name them.</summary>
    internal static class PiiKindNames
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
        public const string IdentityDocument = "IdentityDocument";

        /// <summary>The identity kinds the policies promise to keep encrypted at rest.</summary>
        public static bool IsIdentity(string kind) =>
            kind == Cnic || kind == Aadhaar || kind == Pan || kind == NationalId || kind == Passport || kind == IdentityDocument;

        /// <summary>The words a message uses for a kind; falls back to the member name for kinds without one here.</summary>
        public static string Describe(string kind)
        {
            switch (kind)
            {
                case Cnic: return "CNIC number";
                case Aadhaar: return "Aadhaar number";
                case Pan: return "PAN";
                case NationalId: return "national ID number";
                case Passport: return "passport number";
                case PaymentCard: return "payment card number";
                case CardSecurityCode: return "card security code";
                case BankAccount: return "bank account number";
                case Password: return "password";
                case Secret: return "secret";
                case "Email": return "email address";
                case "PhoneNumber": return "phone number";
                case "PersonName": return "person name";
                case "PostalAddress": return "postal address";
                case "DateOfBirth": return "date of birth";
                case "IpAddress": return "IP address";
                case "MessageContent": return "message content";
                case "CallRecording": return "call recording";
                case IdentityDocument: return "identity document";
                case PersonalData: return "personal data";
                default: return kind;
            }
        }
    }
}
