using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Infrastructure.VerifyProject<PrivacyAnalyzers.Rules.PiiLoggedAnalyzer, PrivacyAnalyzers.CodeFixes.MaskPiiCodeFix>;

namespace PrivacyAnalyzers.Tests.Classification;

/// <summary>Names that are not strong count where their context says a person (docs/classification.md, "Context"): the
/// default preset, with no tags and no options.</summary>
public class PersonContextTests
{
    [Fact]
    public async Task A_persons_contact_details_are_reported_by_default()
    {
        await Verify.AnalyzerAsync("""
            using Microsoft.Extensions.Logging;

            public class Subscriber { public string Msisdn { get; set; } = ""; }
            public class User { public string Email { get; set; } = ""; public string Address { get; set; } = ""; }
            public class Order { public string Email { get; set; } = ""; public string FirstName { get; set; } = ""; public string BillingAddress { get; set; } = ""; }
            public class Contact { public string Address { get; set; } = ""; }
            public class Visit { public string ClientIp { get; set; } = ""; }
            public class WebSocketConnection { public string RemoteEndPoint { get; set; } = ""; }
            public class AuditEvent { public string IpAddress { get; set; } = ""; }

            class Service(ILogger<Service> logger)
            {
                public void Run(Subscriber s, User u, Order o, Contact c, Visit v, AuditEvent e, WebSocketConnection w)
                {
                    logger.LogInformation("{Ip}", {|#9:w.RemoteEndPoint|});
                    logger.LogInformation("{Ip}", {|#8:e.IpAddress|});
                    logger.LogInformation("{A} {B} {C}", {|#5:o.BillingAddress|}, {|#6:c.Address|}, {|#7:v.ClientIp|});
                    logger.LogInformation("Sending to {Msisdn}", {|#0:s.Msisdn|});
                    logger.LogWarning("No mailbox for {Email}", {|#1:u.Email|});
                    logger.LogInformation("Moved to {Address}", {|#2:u.Address|});
                    logger.LogInformation("Order for {Email} ({Name})", {|#3:o.Email|}, {|#4:o.FirstName|});
                }
            }
            """,
            Verify.Diagnostic(0, "Subscriber.Msisdn", "phone number", "ILogger.LogInformation"),
            Verify.Diagnostic(1, "User.Email", "email address", "ILogger.LogWarning"),
            Verify.Diagnostic(2, "User.Address", "postal address", "ILogger.LogInformation"),
            Verify.Diagnostic(3, "Order.Email", "email address", "ILogger.LogInformation"),
            Verify.Diagnostic(4, "Order.FirstName", "person name", "ILogger.LogInformation"),
            Verify.Diagnostic(5, "Order.BillingAddress", "postal address", "ILogger.LogInformation"),
            Verify.Diagnostic(6, "Contact.Address", "postal address", "ILogger.LogInformation"),
            Verify.Diagnostic(7, "Visit.ClientIp", "IP address", "ILogger.LogInformation"),
            Verify.Diagnostic(8, "AuditEvent.IpAddress", "IP address", "ILogger.LogInformation"),
            Verify.Diagnostic(9, "WebSocketConnection.RemoteEndPoint", "IP address", "ILogger.LogInformation"));
    }

    [Fact]
    public async Task Contact_details_of_a_business_a_machine_or_settings_are_not()
    {
        await Verify.AnalyzerAsync("""
            using Microsoft.Extensions.Logging;

            public class Company { public string Email { get; set; } = ""; public string Phone { get; set; } = ""; }
            public class StoreSettings { public string Email { get; set; } = ""; public string ContactEmail { get; set; } = ""; }
            public class Notice { public string SupportEmail { get; set; } = ""; public string LocalAddress { get; set; } = ""; }
            public class Shipment { public string Address { get; set; } = ""; public string FullName { get; set; } = ""; }
            public class UserEndpoint { public string Address { get; set; } = ""; public int Port { get; set; } }
            public class UserFile { public string FullName { get; set; } = ""; public string Extension { get; set; } = ""; }
            public class Device { public string DeviceId { get; set; } = ""; public string IpAddress { get; set; } = ""; }
            public class AgentInfo { public string UserAgentAddress { get; set; } = ""; public int SelectedBillingAddress { get; set; } }
            public class UpsSettings { public string AccountNumber { get; set; } = ""; }
            public class Organization { public string BillingEmail { get; set; } = ""; }
            public interface IConnectionStringInfo { string Username { get; } }

            class Service(ILogger<Service> logger)
            {
                public void Run(Company c, StoreSettings s, Notice n, Shipment sh, UserEndpoint e, UserFile f, Device d, AgentInfo a, UpsSettings u, Organization o, IConnectionStringInfo cs)
                {
                    logger.LogInformation("{A} {B} {C} {D}", c.Email, c.Phone, s.Email, s.ContactEmail);
                    logger.LogInformation("{A} {B} {C} {D}", n.SupportEmail, n.LocalAddress, sh.Address, sh.FullName);
                    logger.LogInformation("{A} {B} {C} {D}", e.Address, f.FullName, d.DeviceId, d.IpAddress);
                    logger.LogInformation("{A} {B} {C} {D}", a.UserAgentAddress, a.SelectedBillingAddress, u.AccountNumber, o.BillingEmail);
                    logger.LogInformation("{A}", cs.Username);
                }
            }
            """);
    }

    [Fact]
    public async Task Kinds_only_people_have_count_even_in_a_business_record()
    {
        await Verify.AnalyzerAsync("""
            using System;
            using Microsoft.Extensions.Logging;

            public class MerchantRecord
            {
                public string FatherName { get; set; } = "";
                public DateTime OwnerDateOfBirth { get; set; }
                public string ResidentialAddress { get; set; } = "";
                public string Address { get; set; } = "";
            }

            class Service(ILogger<Service> logger)
            {
                public void Run(MerchantRecord k)
                {
                    logger.LogInformation("{Father}", {|#0:k.FatherName|});
                    logger.LogInformation("{Dob}", {|#1:k.OwnerDateOfBirth|});
                    logger.LogInformation("{Home}", {|#2:k.ResidentialAddress|});
                    logger.LogInformation("{Shop}", k.Address);
                }
            }
            """,
            Verify.Diagnostic(0, "MerchantRecord.FatherName", "person name", "ILogger.LogInformation"),
            Verify.Diagnostic(1, "MerchantRecord.OwnerDateOfBirth", "date of birth", "ILogger.LogInformation"),
            Verify.Diagnostic(2, "MerchantRecord.ResidentialAddress", "postal address", "ILogger.LogInformation"));
    }

    [Fact]
    public async Task Parameters_and_locals_count_by_their_own_name_and_their_method()
    {
        await Verify.AnalyzerAsync("""
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            class AuthService(ILogger<AuthService> logger)
            {
                public void SignIn(string username, string address, string remoteEndPoint)
                {
                    logger.LogWarning("Failed sign-in for {User} from {Ip}", {|#0:username|}, {|#6:remoteEndPoint|});
                    logger.LogWarning("From {Address}", address);
                }

                public void RegisterCustomer(string address) => logger.LogInformation("At {Address}", {|#1:address|});

                public void Notify(IEnumerable<string> emails, (string AccessToken, int Expires) issued, object value)
                {
                    foreach (var email in emails)
                    {
                        logger.LogInformation("Mailing {Email}", {|#2:email|});
                    }

                    var (accessToken, expires) = issued;
                    logger.LogDebug("Issued {Token} for {Seconds}", {|#3:accessToken|}, expires);
                    if (value is string password)
                    {
                        logger.LogDebug("Got {Value}", {|#4:password|});
                    }

                    if (TryRead(out var apiKey))
                    {
                        logger.LogDebug("Key {Key}", {|#5:apiKey|});
                    }

                    var sender = "noreply@example.pk";
                    var email2 = sender;
                    logger.LogInformation("From {Email}", email2);
                }

                private static bool TryRead(out string value) { value = ""; return true; }
            }
            """,
            Verify.Diagnostic(0, "username", "username", "ILogger.LogWarning"),
            Verify.Diagnostic(1, "address", "postal address", "ILogger.LogInformation"),
            Verify.Diagnostic(2, "email", "email address", "ILogger.LogInformation"),
            Verify.Diagnostic(3, "accessToken", "secret", "ILogger.LogDebug"),
            Verify.Diagnostic(4, "password", "password", "ILogger.LogDebug"),
            Verify.Diagnostic(5, "apiKey", "secret", "ILogger.LogDebug"),
            Verify.Diagnostic(6, "remoteEndPoint", "IP address", "ILogger.LogWarning"));
    }

    [Fact]
    public async Task Members_of_framework_types_and_constants_are_not_classified_by_name()
    {
        await Verify.AnalyzerAsync("""
            using System;
            using System.IO;
            using System.Net;
            using Microsoft.Extensions.Logging;

            public static class ClaimNames
            {
                public const string Email = "Email";
                public static readonly string Phone = "Phone";
                public static string Address => "Address";
            }

            public class Customer
            {
                public static readonly string DefaultEmail = "noreply@" + "example.pk";
            }

            class Service(ILogger<Service> logger)
            {
                public void Run(Type type, FileInfo file, IPEndPoint endpoint, System.Reflection.Assembly assembly)
                {
                    logger.LogInformation("{A} {B} {C} {D}", type.FullName, file.FullName, endpoint.Address, assembly.FullName);
                    logger.LogInformation("{A} {B} {C} {D}", ClaimNames.Email, ClaimNames.Phone, ClaimNames.Address, Customer.DefaultEmail);
                }
            }
            """);
    }

    [Fact]
    public async Task A_tax_id_and_a_username_are_kinds_of_their_own()
    {
        await Verify.AnalyzerAsync("""
            using Microsoft.Extensions.Logging;

            public class Taxpayer { public string Ntn { get; set; } = ""; public string Tin { get; set; } = ""; }
            public class Account { public string UserName { get; set; } = ""; public string VatNumber { get; set; } = ""; }
            public class CompanyProfile { public string CompanyVatNumber { get; set; } = ""; }

            class Service(ILogger<Service> logger)
            {
                public void Run(Taxpayer t, Account a, CompanyProfile c)
                {
                    logger.LogInformation("{Ntn} {Tin}", {|#0:t.Ntn|}, {|#1:t.Tin|});
                    logger.LogInformation("{User} {Vat}", {|#2:a.UserName|}, {|#3:a.VatNumber|});
                    logger.LogInformation("{Vat}", c.CompanyVatNumber);
                }
            }
            """,
            Verify.Diagnostic(0, "Taxpayer.Ntn", "tax ID", "ILogger.LogInformation"),
            Verify.Diagnostic(1, "Taxpayer.Tin", "tax ID", "ILogger.LogInformation"),
            Verify.Diagnostic(2, "Account.UserName", "username", "ILogger.LogInformation"),
            Verify.Diagnostic(3, "Account.VatNumber", "tax ID", "ILogger.LogInformation"));
    }

    [Fact]
    public async Task Names_counted_through_their_context_are_leaks_not_what_a_response_shows_on_purpose()
    {
        // An admin screen lists customers with their emails: that is what it is for. The same email in a log is a leak,
        // and a tagged member or a strong name is reported in the response too.
        const string source = """
            using System.Collections.Generic;
            using Microsoft.AspNetCore.Mvc;
            using PrivacyAnalyzers.Annotations;

            public class CustomerRow
            {
                public string Email { get; set; } = "";
                public string FirstName { get; set; } = "";
                [Pii(PiiKind.PhoneNumber)] public string Mobile { get; set; } = "";
                public string Cnic { get; set; } = "";
            }

            public class CustomersController : ControllerBase
            {
                [HttpGet]
                public List<CustomerRow> List() => {|#0:new() { new CustomerRow { Email = "a", FirstName = "b", Mobile = "c", Cnic = "d" } }|};
            }
            """;
        await VerifyProject<PiiInApiResponseAnalyzer, PrivacyAnalyzers.CodeFixes.PiiExposureCodeFix>.AnalyzerAsync(source,
            VerifyProject<PiiInApiResponseAnalyzer, PrivacyAnalyzers.CodeFixes.PiiExposureCodeFix>.Diagnostic(
                0, "CustomerRow", "Mobile: phone number and Cnic: CNIC number", "CustomersController.List"));

        // strict: every name counts in every rule.
        var test = new VerifyProject<PiiInApiResponseAnalyzer, EmptyCodeFixProvider>.Test();
        test.TestState.Sources.Add(("/0/Test0.cs", source));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\nprivacy_analyzers.weak_names_are_pii = true\n"));
        test.ExpectedDiagnostics.Add(VerifyProject<PiiInApiResponseAnalyzer, EmptyCodeFixProvider>.Diagnostic(
            0, "CustomerRow", "Email: email address, FirstName: person name, Mobile: phone number and Cnic: CNIC number", "CustomersController.List"));
        await test.RunAsync();
    }
}
