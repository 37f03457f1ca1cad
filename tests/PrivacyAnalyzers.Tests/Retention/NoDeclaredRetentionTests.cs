using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.CodeFixes;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Retention;

/// <summary>PII3010 on one model: what EF Core stores with no declared retention, the declarations that count (member,
/// type, policy kind), the look-alikes, and the fix with its placeholder.</summary>
public class NoDeclaredRetentionTests
{
    private const string Entities = """
        using System.ComponentModel.DataAnnotations.Schema;
        using Microsoft.EntityFrameworkCore;
        using PrivacyAnalyzers.Annotations;

        namespace Crm;

        public class Customer
        {
            public int Id { get; set; }
            public string Cnic { get; set; } = "";
            [Retention("P30D")] public string PassportNumber { get; set; } = "";
            [Retention("thirty days")] public string NationalIdNumber { get; set; } = "";
            [NotMapped] public string Aadhaar { get; set; } = "";
            public string Status { get; set; } = "";
            // Contact details count where a person's record keeps them (not for encryption at rest, but for retention).
            public string Email { get; set; } = "";
            public bool CnicVerified { get; set; }
            public Kyc Kyc { get; set; } = new();
            // Credentials live as long as the account or until they expire, and a security code is never stored
            // (PII3004): no retention schedule is about them.
            [Pii(PiiKind.Password)] public string Password { get; set; } = "";
            [Pii(PiiKind.Secret)] public string AccessToken { get; set; } = "";
            [Pii(PiiKind.CardSecurityCode)] public string Cvv { get; set; } = "";
        }

        // An owned type is judged by its own declarations, not its owner's.
        [Owned]
        public class Kyc
        {
            [Pii(PiiKind.IdentityDocument)] public string DocumentPath { get; set; } = "";
        }

        [Owned]
        [Retention("P30D")]
        public class RetainedKyc
        {
            [Pii(PiiKind.IdentityDocument)] public string DocumentPath { get; set; } = "";
        }

        [Retention("P7Y")]
        [Purpose("Billing")]
        public class Invoice
        {
            public int Id { get; set; }
            [Pii(PiiKind.BankAccount)] public string Iban { get; set; } = "";
            public RetainedKyc Kyc { get; set; } = new();
        }

        public class PaidInvoice : Invoice
        {
            [Pii(PiiKind.PaymentCard)] public string CardNumber { get; set; } = "";
        }

        public record Holder(int Id, string Cnic);

        public record RetainedHolder(int Id, [property: Retention("P90D")] string Cnic, [Retention("P90D")] string PassportNumber);

        public class Applicant
        {
            public int Id { get; set; }
            public string PassportNumber { get; set; } = "";
        }

        // Names that are personal data only beside a person: a supplier's name and e-mail address are the business's.
        public class Supplier
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
            public string Email { get; set; } = "";
        }

        // In no context: not stored by EF Core.
        public class Lead
        {
            public int Id { get; set; }
            public string Cnic { get; set; } = "";
        }
        """;

    private const string Context = """
        using Microsoft.EntityFrameworkCore;

        namespace Crm;

        public class CrmContext : DbContext
        {
            public DbSet<Customer> {|#0:Customers|} => Set<Customer>();
            public DbSet<PaidInvoice> PaidInvoices => Set<PaidInvoice>();
            public DbSet<Holder> {|#1:Holders|} => Set<Holder>();
            public DbSet<RetainedHolder> RetainedHolders => Set<RetainedHolder>();
            public DbSet<Supplier> Suppliers => Set<Supplier>();

            protected override void OnModelCreating(ModelBuilder modelBuilder)
            {
                {|#2:modelBuilder.Entity<Applicant>()|};
            }
        }
        """;

    [Fact]
    public async Task Stored_personal_data_without_a_retention_is_reported_at_its_mapping()
    {
        await VerifyProject<NoDeclaredRetentionAnalyzer, DeclareRetentionCodeFix>.RunAsync(new[] { Context, Entities }, null, null,
            Diagnostic(0, "Customer.Cnic", "CNIC number", "CrmContext.Customers"),
            Diagnostic(0, "Customer.Email", "email address", "CrmContext.Customers"),
            Diagnostic(0, "Customer.Kyc.DocumentPath", "identity document", "CrmContext.Customers"),
            Diagnostic(1, "Holder.Cnic", "CNIC number", "CrmContext.Holders"),
            Diagnostic(2, "Applicant.PassportNumber", "passport number", "CrmContext.Entity<Applicant>()"));
    }

    [Fact]
    public async Task A_retention_for_the_kind_in_the_policy_file_counts_and_one_that_is_not_a_duration_does_not()
    {
        const string policy = """
            {
              "kinds": {
                "Cnic": { "retention": "P30D" },
                "Passport": { "retention": "30 days" },
                "IdentityDocument": { "purposes": ["KYC"] }
              }
            }
            """;
        var test = new VerifyProject<NoDeclaredRetentionAnalyzer, DeclareRetentionCodeFix>.Test();
        test.TestState.Sources.Add(("/0/Test0.cs", Context));
        test.TestState.Sources.Add(("/0/Test1.cs", Entities));
        test.TestState.AdditionalFiles.Add(("/0/privacy-policy.json", policy));
        test.ExpectedDiagnostics.Add(Diagnostic(0, "Customer.Email", "email address", "CrmContext.Customers"));
        test.ExpectedDiagnostics.Add(Diagnostic(0, "Customer.Kyc.DocumentPath", "identity document", "CrmContext.Customers"));
        test.ExpectedDiagnostics.Add(Diagnostic(2, "Applicant.PassportNumber", "passport number", "CrmContext.Entity<Applicant>()"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Nothing_is_reported_without_EF_Core_or_for_classes_no_context_maps()
    {
        const string plain = """
            namespace Crm;

            public class Customer
            {
                public int Id { get; set; }
                public string Cnic { get; set; } = "";
            }
            """;
        await Verify<NoDeclaredRetentionAnalyzer>.AnalyzerAsync(plain);
        await VerifyProject<NoDeclaredRetentionAnalyzer, DeclareRetentionCodeFix>.AnalyzerAsync(plain);
    }

    [Fact]
    public async Task Fix_adds_a_placeholder_retention_to_members_and_record_parameters_with_one_using()
    {
        const string context = """
            using Microsoft.EntityFrameworkCore;

            namespace Crm;

            public class CrmContext : DbContext
            {
                public DbSet<Customer> {|#0:Customers|} => Set<Customer>();
                public DbSet<Holder> {|#1:Holders|} => Set<Holder>();
            }
            """;
        const string entities = """
            namespace Crm;

            public class Customer
            {
                public int Id { get; set; }

                public string Cnic { get; set; } = "";

                public string PassportNumber { get; set; } = "";
            }

            public record Holder(int Id, string Cnic);
            """;
        const string fixedEntities = """
            using PrivacyAnalyzers.Annotations;

            namespace Crm;

            public class Customer
            {
                public int Id { get; set; }

                [Retention("TODO: ISO 8601 period, e.g. P30D")]
                public string Cnic { get; set; } = "";

                [Retention("TODO: ISO 8601 period, e.g. P30D")]
                public string PassportNumber { get; set; } = "";
            }

            public record Holder(int Id, [property: Retention("TODO: ISO 8601 period, e.g. P30D")] string Cnic);
            """;
        // The single fix, and Fix All in the document, the project and the solution, each give the same code, which compiles.
        await VerifyProject<NoDeclaredRetentionAnalyzer, DeclareRetentionCodeFix>.RunAsync(
            new[] { context, entities },
            new[] { context.Replace("{|#0:Customers|}", "Customers").Replace("{|#1:Holders|}", "Holders"), fixedEntities },
            DeclareRetentionCodeFix.EquivalenceKey,
            Diagnostic(0, "Customer.Cnic", "CNIC number", "CrmContext.Customers"),
            Diagnostic(0, "Customer.PassportNumber", "passport number", "CrmContext.Customers"),
            Diagnostic(1, "Holder.Cnic", "CNIC number", "CrmContext.Holders"));

        // The placeholder is no duration: PII9004 reports it until the team writes the period.
        await VerifyProject<InvalidRetentionAnalyzer, DeclareRetentionCodeFix>.AnalyzerAsync(fixedEntities
            .Replace("[Retention(\"TODO: ISO 8601 period, e.g. P30D\")]\n    public string Cnic", "[Retention({|#0:\"TODO: ISO 8601 period, e.g. P30D\"|})]\n    public string Cnic")
            .Replace("[Retention(\"TODO: ISO 8601 period, e.g. P30D\")]\n    public string PassportNumber", "[Retention({|#1:\"TODO: ISO 8601 period, e.g. P30D\"|})]\n    public string PassportNumber")
            .Replace("[property: Retention(\"TODO: ISO 8601 period, e.g. P30D\")]", "[property: Retention({|#2:\"TODO: ISO 8601 period, e.g. P30D\"|})]"),
            InvalidRetention(0, "Customer.Cnic", "property", DeclareRetentionCodeFix.Placeholder),
            InvalidRetention(1, "Customer.PassportNumber", "property", DeclareRetentionCodeFix.Placeholder),
            InvalidRetention(2, "Holder.Cnic", "property", DeclareRetentionCodeFix.Placeholder));
    }

    [Fact]
    public async Task Fix_is_not_offered_without_the_annotations()
    {
        const string source = """
            using Microsoft.EntityFrameworkCore;

            namespace Crm;

            public class Customer
            {
                public int Id { get; set; }
                public string Cnic { get; set; } = "";
            }

            public class CrmContext : DbContext
            {
                public DbSet<Customer> {|#0:Customers|} => Set<Customer>();
            }
            """;
        var test = new VerifyProject<NoDeclaredRetentionAnalyzer, DeclareRetentionCodeFix>.Test();
        test.TestState.AdditionalReferences.RemoveAll(r => r.Display?.EndsWith("PrivacyAnalyzers.Annotations.dll", StringComparison.Ordinal) == true);
        test.TestState.Sources.Add(("/0/Test0.cs", source));
        test.FixedState.Sources.Add(("/0/Test0.cs", source));
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        var expected = Diagnostic(0, "Customer.Cnic", "CNIC number", "CrmContext.Customers");
        test.ExpectedDiagnostics.Add(expected);
        test.FixedState.ExpectedDiagnostics.Add(expected);
        await test.RunAsync();
    }

    [Fact]
    public async Task PII9004_reports_retentions_that_are_not_durations_wherever_they_are_and_accepts_durations()
    {
        const string source = """
            using PrivacyAnalyzers.Annotations;

            namespace Crm;

            [Retention({|#0:"seven years"|})]
            public class Invoice
            {
                [Retention({|#1:"30D"|})] public string Iban { get; set; } = "";
                [Retention({|#2:null|})] public string Reference = "";
                [Retention("P7Y")] public string Number { get; set; } = "";
                [Retention(Periods.Billing)] public string Total { get; set; } = "";
                [PrivacyAnalyzers.Annotations.RetentionAttribute({|#3:Periods.Typo|})] public string Notes { get; set; } = "";
            }

            [Retention("P1Y6M")]
            public struct Period { }

            public record Holder([Retention({|#4:"P"|})] string Cnic, [property: Retention("PT12H")] string Token);

            public static class Periods
            {
                public const string Billing = "P7Y";
                public const string Typo = "P-7Y";
            }
            """;
        await VerifyProject<InvalidRetentionAnalyzer, DeclareRetentionCodeFix>.AnalyzerAsync(source,
            InvalidRetention(0, "Invoice", "type", "seven years"),
            InvalidRetention(1, "Invoice.Iban", "property", "30D"),
            InvalidRetention(2, "Invoice.Reference", "field", "null"),
            InvalidRetention(3, "Invoice.Notes", "property", "P-7Y"),
            InvalidRetention(4, "Holder.Cnic", "property", "P"));
    }

    [Fact]
    public async Task PII9004_leaves_code_that_does_not_compile_to_the_compiler()
    {
        const string source = """
            using PrivacyAnalyzers.Annotations;

            namespace Crm;

            public class Invoice
            {
                [{|CS7036:Retention|}] public string Iban { get; set; } = "";
                [Retention({|CS1503:30|})] public string Number { get; set; } = "";
                [Retention({|CS0182:System.DateTime.Now.ToString()|})] public string Total { get; set; } = "";
            }
            """;
        await VerifyProject<InvalidRetentionAnalyzer, DeclareRetentionCodeFix>.AnalyzerAsync(source);
    }

    private static DiagnosticResult Diagnostic(int markup, string path, string kind, string mapping) =>
        VerifyProject<NoDeclaredRetentionAnalyzer, DeclareRetentionCodeFix>.Diagnostic(markup, path, kind, mapping);

    private static DiagnosticResult InvalidRetention(int markup, string target, string what, string value) =>
        new DiagnosticResult(InvalidRetentionAnalyzer.Rule).WithLocation(markup).WithArguments(target, what, value);
}
