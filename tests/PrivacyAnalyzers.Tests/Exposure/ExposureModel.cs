namespace PrivacyAnalyzers.Tests.Exposure;

/// <summary>The entities the exposure tests serialize and return.</summary>
internal static class ExposureModel
{
    public const string Source = """
        using System.Collections.Generic;
        using PrivacyAnalyzers.Annotations;

        namespace Shop;

        public class Customer
        {
            public int Id { get; set; }
            public string DisplayName { get; set; } = "";
            [Pii(PiiKind.Cnic)] public string Cnic { get; set; } = "";
            public Kyc Kyc { get; set; } = new();
            public Customer? ReferredBy { get; set; }
        }

        public class Kyc
        {
            [Pii(PiiKind.Passport)] public string PassportNo { get; set; } = "";
            public string Status { get; set; } = "";
        }

        public class CustomerDto
        {
            public int Id { get; set; }
            public string DisplayName { get; set; } = "";
            public bool CnicVerified { get; set; }
        }

        // Writes the PII members: PII2002 leaves out response members that no code writes.
        public static class Store
        {
            public static Customer Load(string cnic, string passport) => new() { Cnic = cnic, Kyc = new Kyc { PassportNo = passport } };
        }

        public class Page<T>
        {
            public List<T> Items { get; set; } = new();
            public int Total { get; set; }
        }
        """;

    public const string Cnic = "CNIC number";
    public const string Passport = "passport number";

    /// <summary>How a finding names the PII members of a whole <c>Customer</c>.</summary>
    public const string CustomerPii = "Cnic: CNIC number and Kyc.PassportNo: passport number";
}
