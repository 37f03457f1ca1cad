namespace PrivacyAnalyzers.Tests.Infrastructure;

/// <summary>The domain every logging test talks about: PII members, and the look-alikes that must stay quiet.</summary>
internal static class TestModel
{
    /// <summary>How a finding names the PII members of a whole <c>Customer</c> (six, so the sixth is "1 more").</summary>
    public const string CustomerPii =
        "Cnic: CNIC number, CardNumber: payment card number, Password: password, Pan: PAN, AadhaarNumber: Aadhaar number and 1 more";

    public const string Source = """
        using System.Collections.Generic;
        using PrivacyAnalyzers.Annotations;

        namespace Shop;

        public class Customer
        {
            public int Id { get; set; }
            public string DisplayName { get; set; } = "";
            [Pii(PiiKind.Cnic)] public string Cnic { get; set; } = "";
            public string CardNumber { get; set; } = "";
            public string Password { get; set; } = "";
            public string Pan { get; set; } = "";
            public long AadhaarNumber { get; set; }
            public Kyc Kyc { get; set; } = new();
            // Look-alikes: facts about PII, or names that only contain the letters.
            public string PasswordHash { get; set; } = "";
            public bool CnicVerified { get; set; }
            public int PasswordMinLength { get; set; }
            public string PanelId { get; set; } = "";
            public string Company { get; set; } = "";
            public bool IsPanLinked { get; set; }
            public List<string> Tags { get; set; } = new();
        }

        public class Kyc
        {
            [Pii(PiiKind.Passport)] public string PassportNo { get; set; } = "";
            public string Status { get; set; } = "";
        }

        public class Order
        {
            public int OrderId { get; set; }
            public decimal Amount { get; set; }
        }

        public record CustomerRecord(int Id, [property: Pii(PiiKind.Cnic)] string Cnic);
        public record CustomerSummary(int Id, string DisplayName);
        public record AuditedCustomer(int Id, string Cnic)
        {
            public override string ToString() => $"AuditedCustomer {Id}";
        }
        """;

    /// <summary>The model for a project that has the rules but not the annotations package: names only.</summary>
    public const string SourceWithoutAnnotations = """
        namespace Shop;

        public class Customer
        {
            public int Id { get; set; }
            public string Cnic { get; set; } = "";
        }
        """;
}
