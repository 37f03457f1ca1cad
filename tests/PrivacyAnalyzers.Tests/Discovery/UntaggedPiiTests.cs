using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.CodeFixes;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Infrastructure.VerifyProject<PrivacyAnalyzers.Rules.UntaggedPiiAnalyzer, PrivacyAnalyzers.CodeFixes.TagPiiCodeFix>;

namespace PrivacyAnalyzers.Tests.Discovery;

/// <summary>PII5001: the taxonomy across kinds, casings and separators; type- and negative-word look-alikes; the team's
/// options; the tagging fix with Fix All; PII9001 for malformed options.</summary>
public class UntaggedPiiTests
{
    [Fact]
    public async Task Strong_and_weak_names_of_every_kind_are_found_and_look_alikes_are_not()
    {
        await Verify.RunAsync(new[] { """
            using System;
            using PrivacyAnalyzers.Annotations;

            public class Subscriber
            {
                public string {|#0:cnicNo|} = "";
                public string {|#1:CNIC_NUMBER|} { get; set; } = "";
                public string {|#2:customerAadhaar|} { get; set; } = "";
                public string {|#3:NicopNumber|} { get; set; } = "";
                public string {|#4:UpiVpa|} { get; set; } = "";
                public string {|#5:VoterId|} { get; set; } = "";
                public string {|#6:Otp|} { get; set; } = "";
                public string {|#7:Msisdn|} { get; set; } = "";
                public string {|#8:EmailAddress|} { get; set; } = "";
                public string {|#9:FatherName|} { get; set; } = "";
                public DateOnly {|#10:DateOfBirth|} { get; set; }
                public string {|#11:IpAddress|} { get; set; } = "";
                public double {|#12:Latitude|} { get; set; }
                public string {|#13:AddressLine1|} { get; set; } = "";
                public string {|#14:MessageBody|} { get; set; } = "";

                [Pii(PiiKind.Cnic)] public string TaggedCnic { get; set; } = "";
                public bool CnicVerified { get; set; }
                public int PasswordMinLength { get; set; }
                public string PasswordHash { get; set; } = "";
                public string PanelId { get; set; } = "";
                public string Company { get; set; } = "";
                public bool IsEmailConfirmed { get; set; }
                public string EmailTemplate { get; set; } = "";
                public string PhoneType { get; set; } = "";
                public int AddressCount { get; set; }
                public string Name { get; set; } = "";
                public DateTime CreatedDate { get; set; }
                public string IpAllowList { get; set; } = "";
                public string MaskedCardNumber { get; set; } = "";
            }
            """ }, null, null,
            D(0, "Subscriber.cnicNo", "CNIC number", "strong", "Cnic"),
            D(1, "Subscriber.CNIC_NUMBER", "CNIC number", "strong", "Cnic"),
            D(2, "Subscriber.customerAadhaar", "Aadhaar number", "strong", "Aadhaar"),
            D(3, "Subscriber.NicopNumber", "CNIC number", "strong", "Cnic"),
            D(4, "Subscriber.UpiVpa", "bank account number", "strong", "BankAccount"),
            D(5, "Subscriber.VoterId", "national ID number", "strong", "NationalId"),
            D(6, "Subscriber.Otp", "secret", "strong", "Secret"),
            D(7, "Subscriber.Msisdn", "phone number", "weak", "PhoneNumber"),
            D(8, "Subscriber.EmailAddress", "email address", "weak", "Email"),
            D(9, "Subscriber.FatherName", "person name", "weak", "PersonName"),
            D(10, "Subscriber.DateOfBirth", "date of birth", "weak", "DateOfBirth"),
            D(11, "Subscriber.IpAddress", "IP address", "weak", "IpAddress"),
            D(12, "Subscriber.Latitude", "personal data", "weak", "PersonalData"),
            D(13, "Subscriber.AddressLine1", "postal address", "weak", "PostalAddress"),
            D(14, "Subscriber.MessageBody", "message content", "weak", "MessageContent"));
    }

    [Fact]
    public async Task Contact_details_of_settings_and_of_a_business_are_not_a_persons()
    {
        await Verify.RunAsync(new[] { """
            public class SmtpSettings
            {
                public string Email { get; set; } = "";
                public string Host { get; set; } = "";
                public string {|#0:Password|} { get; set; } = "";
                public string {|#1:AdminEmail|} { get; set; } = "";
            }

            public class EmailSetting { public string FromEmail { get; set; } = ""; public string ContactEmail { get; set; } = ""; }

            public class Warehouse { public double Latitude { get; set; } public double Longitude { get; set; } }

            public class OrganizationUser { public string {|#5:Email|} { get; set; } = ""; }

            public class CompanyInformation
            {
                public string PhoneNumber { get; set; } = "";
                public string Address { get; set; } = "";
                public string {|#2:OwnerMobileNumber|} { get; set; } = "";
            }

            public class Order
            {
                public string CompanyPhone { get; set; } = "";
                public string SupportEmail { get; set; } = "";
                public string {|#3:CustomerPhone|} { get; set; } = "";
                public string {|#4:ShippingAddress|} { get; set; } = "";
            }
            """ }, null, null,
            D(0, "SmtpSettings.Password", "password", "strong", "Password"),
            D(1, "SmtpSettings.AdminEmail", "email address", "weak", "Email"),
            D(2, "CompanyInformation.OwnerMobileNumber", "phone number", "weak", "PhoneNumber"),
            D(3, "Order.CustomerPhone", "phone number", "weak", "PhoneNumber"),
            D(4, "Order.ShippingAddress", "postal address", "weak", "PostalAddress"),
            D(5, "OrganizationUser.Email", "email address", "weak", "Email"));
    }

    [Fact]
    public async Task A_member_the_code_assigns_pii_to_is_proposed_for_tagging_and_the_fix_tags_it()
    {
        // Its name says nothing; the assignment does. Members given only names, masked values or facts are not proposed.
        await Verify.RunAsync(
            new[]
            {
                """
                using PrivacyAnalyzers.Annotations;

                public class Customer
                {
                    public int Id { get; set; }
                    [Pii(PiiKind.Cnic)] public string NationalNumber { get; set; } = "";
                    public string Nickname { get; set; } = "";
                }

                public class Callback
                {
                    public string {|#0:Target|} { get; set; } = "";
                    public string Label { get; set; } = "";
                    public string Masked { get; set; } = "";
                    public int Length { get; set; }
                }

                static class Callbacks
                {
                    public static Callback For(Customer c) => new Callback
                    {
                        Target = c.NationalNumber,
                        Label = c.Nickname,
                        Masked = Pii.Mask(c.NationalNumber, PiiKind.Cnic),
                        Length = c.NationalNumber.Length,
                    };
                }
                """,
            },
            new[]
            {
                """
                using PrivacyAnalyzers.Annotations;

                public class Customer
                {
                    public int Id { get; set; }
                    [Pii(PiiKind.Cnic)] public string NationalNumber { get; set; } = "";
                    public string Nickname { get; set; } = "";
                }

                public class Callback
                {
                    [Pii(PiiKind.Cnic)]
                    public string Target { get; set; } = "";
                    public string Label { get; set; } = "";
                    public string Masked { get; set; } = "";
                    public int Length { get; set; }
                }

                static class Callbacks
                {
                    public static Callback For(Customer c) => new Callback
                    {
                        Target = c.NationalNumber,
                        Label = c.Nickname,
                        Masked = Pii.Mask(c.NationalNumber, PiiKind.Cnic),
                        Length = c.NationalNumber.Length,
                    };
                }
                """,
            },
            TagPiiCodeFix.EquivalenceKey,
            new DiagnosticResult(UntaggedPiiAnalyzer.Rule).WithLocation(0)
                .WithArguments("Callback.Target", "CNIC number", "from what the code assigns it ('Customer.NationalNumber')", "Cnic")
                .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
    }

    [Fact]
    public async Task Fix_all_tags_every_member_across_documents()
    {
        await Verify.RunAsync(
            new[]
            {
                """
                public class Customer
                {
                    public string {|#0:Cnic|} { get; set; } = "";
                    public string {|#1:Email|} { get; set; } = "";
                }
                """,
                """
                // Leads from the web form.
                public record Lead(int Id, string {|#2:Msisdn|});
                """,
            },
            new[]
            {
                """
                using PrivacyAnalyzers.Annotations;

                public class Customer
                {
                    [Pii(PiiKind.Cnic)]
                    public string Cnic { get; set; } = "";
                    [Pii(PiiKind.Email)]
                    public string Email { get; set; } = "";
                }
                """,
                """
                // Leads from the web form.
                using PrivacyAnalyzers.Annotations;

                public record Lead(int Id, [property: Pii(PiiKind.PhoneNumber)] string Msisdn);
                """,
            },
            TagPiiCodeFix.EquivalenceKey,
            D(0, "Customer.Cnic", "CNIC number", "strong", "Cnic"),
            D(1, "Customer.Email", "email address", "weak", "Email"),
            D(2, "Lead.Msisdn", "phone number", "weak", "PhoneNumber"));
    }

    [Fact]
    public async Task Team_names_ignored_names_and_weak_names_opt_in()
    {
        const string source = """
            using Microsoft.Extensions.Logging;

            public class Shipment
            {
                public string {|#0:NationalCardCode|} { get; set; } = "";
                public string PanTilt { get; set; } = "";
                public string Address { get; set; } = "";
            }

            class Service
            {
                void Run(ILogger logger, Shipment a) => logger.LogInformation("{E}", {|#2:a.Address|});
            }
            """;
        var options = """
            privacy_analyzers.names.Cnic = national card code, nic_no
            privacy_analyzers.ignored_names = PanTilt
            """;
        // A shipment's address could be a warehouse's: without a person in its context the name does not count...
        await WithOptions<UntaggedPiiAnalyzer>(source, options,
            D(0, "Shipment.NationalCardCode", "CNIC number", "strong", "Cnic"));
        await WithOptions<PiiLoggedAnalyzer>(source, options);

        // ...unless the team opts in (strict), in discovery and in every rule.
        var strict = options + "\nprivacy_analyzers.weak_names_are_pii = true";
        await WithOptions<UntaggedPiiAnalyzer>(source.Replace("string Address", "string {|#1:Address|}"), strict,
            D(0, "Shipment.NationalCardCode", "CNIC number", "strong", "Cnic"),
            D(1, "Shipment.Address", "postal address", "weak", "PostalAddress"));
        await WithOptions<PiiLoggedAnalyzer>(source, strict,
            new DiagnosticResult(PiiLoggedAnalyzer.Rule).WithLocation(2).WithArguments("Shipment.Address", "postal address", "ILogger.LogInformation")
                .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
    }

    [Fact]
    public async Task Team_attributes_sanitizers_and_log_sinks()
    {
        const string source = """
            using System;

            namespace MyCo.Privacy
            {
                [AttributeUsage(AttributeTargets.Property)] public sealed class SensitiveAttribute : Attribute { }
                public static class Scrubber { public static string Scrub(string value) => "***"; }
                public static class AuditLog { public static void Write(string message, object? detail = null) { } }
            }

            namespace Shop
            {
                using MyCo.Privacy;

                public class Account
                {
                    [Sensitive] public string Nickname { get; set; } = "";
                    public int Id { get; set; }
                }

                class Service
                {
                    void Run(Account a)
                    {
                        AuditLog.Write({|#0:"Account " + a.Nickname|});
                        AuditLog.Write("Account " + Scrubber.Scrub(a.Nickname));
                        AuditLog.Write("Account", a.Id);
                    }
                }
            }
            """;
        const string options = """
            privacy_analyzers.pii_attributes = MyCo.Privacy.SensitiveAttribute
            privacy_analyzers.ciphertext_attributes = EncryptedString, EncryptedStringAttribute, MyCo.Crypto.CiphertextAttribute
            privacy_analyzers.sanitizers = MyCo.Privacy.Scrubber.Scrub
            privacy_analyzers.log_sinks = MyCo.Privacy.AuditLog.Write
            """;
        await WithOptions<PiiLoggedAnalyzer>(source, options,
            new DiagnosticResult(PiiLoggedAnalyzer.Rule).WithLocation(0).WithArguments("Account.Nickname", "personal data", "AuditLog.Write")
                .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        // Without the options the team's API is unknown: nothing to report.
        await WithOptions<PiiLoggedAnalyzer>(source, string.Empty);
    }

    [Fact]
    public async Task Malformed_options_are_reported_by_key_and_ignored()
    {
        const string source = """
            public class Account
            {
                public string {|#0:Cnic|} { get; set; } = "";
            }
            """;
        var options = """
            privacy_analyzers.names.Cnick = national card
            privacy_analyzers.names.Cnic = ok_name, bad-name!
            privacy_analyzers.ignored_names = Fine, not valid!
            privacy_analyzers.weak_names_are_pii = sometimes
            PII5002.allow_test_numbers = yes
            PII3005.allow_encrypted_card_numbers = true
            privacy_analyzers.sanitizers = Scrub, MyCo.Scrubber.Scrub
            privacy_analyzers.encrypting_value_converters = MyCo.Data.ProtectingConverter, ProtectingConverter
            privacy_analyzers.ciphertext_attributes = EncryptedString, not-a-type
            privacy_analyzers.sanitiser = MyCo.Scrubber.Scrub
            PII5002.allow_test_number = false
            privacy_analyzers.colour = red
            """;
        await WithOptions<InvalidOptionAnalyzer>(source, options,
            Problem("pii5002.allow_test_number", "not a PrivacyAnalyzers option; did you mean 'PII5002.allow_test_numbers'?"),
            Problem("PII5002.allow_test_numbers", "'yes' is not true or false"),
            Problem("privacy_analyzers.colour", "not a PrivacyAnalyzers option"),
            Problem("privacy_analyzers.ciphertext_attributes", "'not-a-type' is not a type name like TypeAttribute or Namespace.TypeAttribute"),
            Problem("privacy_analyzers.encrypting_value_converters", "'ProtectingConverter' is not a full name like Namespace.Type"),
            Problem("privacy_analyzers.ignored_names", "'not valid!' is not an identifier"),
            Problem("privacy_analyzers.names.cnic", "'bad-name!' is not a name"),
            Problem("privacy_analyzers.names.cnick", "'cnick' is not a PiiKind"),
            Problem("privacy_analyzers.sanitiser", "not a PrivacyAnalyzers option; did you mean 'privacy_analyzers.sanitizers'?"),
            Problem("privacy_analyzers.sanitizers", "'Scrub' is not a full name like Namespace.Type.Method"),
            Problem("privacy_analyzers.weak_names_are_pii", "'sometimes' is not true or false"));
        await WithOptions<UntaggedPiiAnalyzer>(source, options, D(0, "Account.Cnic", "CNIC number", "strong", "Cnic"));
    }

    [Fact]
    public async Task Every_documented_option_with_a_valid_value_is_accepted()
    {
        const string source = "public class Account { public int Id { get; set; } }";
        // Each key of the README's options table, written as a team would (any case for kinds and flags).
        var options = """
            privacy_analyzers.names.Cnic = national card code, nic_no
            privacy_analyzers.names.bankaccount = iban no
            privacy_analyzers.ignored_names = PanelCode, Company
            privacy_analyzers.weak_names_are_pii = True
            privacy_analyzers.pii_attributes = MyCo.Privacy.SensitiveAttribute
            privacy_analyzers.ciphertext_attributes = EncryptedString, EncryptedStringAttribute, MyCo.Crypto.CiphertextAttribute
            privacy_analyzers.sanitizers = MyCo.Privacy.Scrubber.Scrub
            privacy_analyzers.log_sinks = MyCo.Audit.AuditLog.Write
            privacy_analyzers.encrypting_value_converters = MyCo.Data.ProtectingConverter, MyCo.Data.Nested.OtherConverter
            PII3005.allow_encrypted_card_numbers = false
            PII5002.allow_test_numbers = FALSE
            dotnet_diagnostic.PII1001.severity = error
            """;
        await WithOptions<InvalidOptionAnalyzer>(source, options);
    }

    [Fact]
    public async Task Team_sources_name_members_whose_value_is_personal_data()
    {
        const string source = """
            using Microsoft.Extensions.Logging;

            namespace MyCo.Web
            {
                public class RequestInfo { public string Origin { get; set; } = ""; public string Route { get; set; } = ""; }

                class Service
                {
                    void Run(ILogger logger, RequestInfo r) => logger.LogInformation("{Origin} {Route}", {|#0:r.Origin|}, r.Route);
                }
            }
            """;
        await WithOptions<PiiLoggedAnalyzer>(source, "privacy_analyzers.sources.IpAddress = MyCo.Web.RequestInfo.Origin",
            new DiagnosticResult(PiiLoggedAnalyzer.Rule).WithLocation(0).WithArguments("RequestInfo.Origin", "IP address", "ILogger.LogInformation")
                .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        await WithOptions<PiiLoggedAnalyzer>(source, "");

        // A kind that does not exist and a name that is not a member's are reported, and nothing else changes.
        await WithOptions<InvalidOptionAnalyzer>(source, "privacy_analyzers.sources.IpAdress = MyCo.Web.RequestInfo.Origin\nprivacy_analyzers.sources.Email = Origin",
            // Roslyn hands keys over lower-cased.
            Problem("privacy_analyzers.sources.email", "'Origin' is not a full name like Namespace.Type.Member"),
            Problem("privacy_analyzers.sources.ipadress", "'ipadress' is not a PiiKind"));
    }

    private static DiagnosticResult D(int markup, string member, string kind, string strength, string piiKind) =>
        new DiagnosticResult(UntaggedPiiAnalyzer.Rule).WithLocation(markup).WithArguments(member, kind, $"from its name ({strength} match)", piiKind)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static DiagnosticResult Problem(string key, string problem) =>
        new DiagnosticResult(InvalidOptionAnalyzer.Rule).WithNoLocation().WithArguments(key, problem);

    private static async Task WithOptions<TAnalyzer>(string source, string options, params DiagnosticResult[] expected)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        var test = new VerifyProject<TAnalyzer, EmptyCodeFixProvider>.Test();
        test.TestState.Sources.Add(("/0/Test0.cs", source));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"root = true\n\n[*.cs]\n{options}\n"));
        test.TestState.MarkupHandling = MarkupMode.Allow;
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
