using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyLog = PrivacyAnalyzers.Tests.Infrastructure.Verify<PrivacyAnalyzers.Rules.PiiLoggedAnalyzer>;
using VerifyResponse = PrivacyAnalyzers.Tests.Infrastructure.VerifyProject<PrivacyAnalyzers.Rules.PiiInApiResponseAnalyzer, PrivacyAnalyzers.CodeFixes.PiiExposureCodeFix>;

namespace PrivacyAnalyzers.Tests.Reporting;

/// <summary>
/// The one path from a finding to a diagnostic: one diagnostic per PII member per sink site, whatever the shape of the
/// expression; an object written whole is one diagnostic naming its PII members (all of them up to five, then how many
/// more); compiler-generated names never reach a message.
/// </summary>
public class FindingReporterTests
{
    private const string Kyc = """
        using PrivacyAnalyzers.Annotations;

        namespace Kyc;

        public class Applicant
        {
            public int Id { get; set; }
            [Pii(PiiKind.Cnic)] public string Cnic { get; set; } = "";
            [Pii(PiiKind.PhoneNumber)] public string Msisdn { get; set; } = "";

            // Writes the PII members: PII2002 leaves out response members that no code writes.
            public static Applicant Register(string cnic, string msisdn) => new() { Cnic = cnic, Msisdn = msisdn };
        }

        public record Five(
            [property: Pii(PiiKind.Cnic)] string Cnic,
            [property: Pii(PiiKind.PhoneNumber)] string Msisdn,
            [property: Pii(PiiKind.Email)] string Email,
            [property: Pii(PiiKind.PersonName)] string Name,
            [property: Pii(PiiKind.PostalAddress)] string Address,
            int Id);

        public record Seven(
            [property: Pii(PiiKind.Cnic)] string Cnic,
            [property: Pii(PiiKind.PhoneNumber)] string Msisdn,
            [property: Pii(PiiKind.Email)] string Email,
            [property: Pii(PiiKind.PersonName)] string Name,
            [property: Pii(PiiKind.PostalAddress)] string Address,
            [property: Pii(PiiKind.DateOfBirth)] System.DateTime Born,
            [property: Pii(PiiKind.Passport)] string Passport);
        """;

    private const string Both = "Cnic: CNIC number and Msisdn: phone number";

    [Fact]
    public async Task A_response_chosen_by_a_conditional_a_switch_or_a_coalesce_is_reported_once()
    {
        // The six endpoints send the same Applicant members: one PII2002 finding, at the first (#0), whose additional
        // locations are the members' declarations (#20, #21) and then the value each other return is reported at.
        var kyc = Kyc.Replace("public string Cnic", "public string {|#20:Cnic|}").Replace("public string Msisdn", "public string {|#21:Msisdn|}");
        await VerifyResponse.RunAsync(new[] { """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;
            using Kyc;

            [ApiController]
            public class ApplicantsController : ControllerBase
            {
                private Applicant? Find(int id) => null;

                [HttpGet("a/{id}")]
                public IActionResult Conditional(int id) => Find(id) is { } found ? Ok({|#0:found|}) : NotFound();

                // The issue's case: the conditional is ActionResult<Applicant>, which holds an Applicant; it was reported
                // on the conditional and again on `c`.
                [HttpGet("e/{id}")]
                public ActionResult<Applicant> Exact(int id) => Find(id) is { } c ? Ok({|#6:c|}) : NotFound();

                [HttpGet("b/{id}")]
                public ActionResult<Applicant> Plain(int id) => Find(id) is { } found ? {|#1:found|} : NotFound();

                [HttpGet("c/{id}")]
                public IActionResult Switch(int id) => Find(id) switch
                {
                    null => NotFound(),
                    var found => Ok({|#2:found|}),
                };

                [HttpGet("d/{id}")]
                public Applicant Coalesce(int id) => {|#3:Find(id)|} ?? new Applicant();

                public static void Map(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder app, Applicant? known) =>
                    app.MapGet("/applicants/{id}", (int id) => known is null ? Results.NotFound() : Results.Ok({|#5:known|}));
            }
            """, kyc }, null, null,
            new DiagnosticResult(PiiInApiResponseAnalyzer.Rule)
                .WithLocation(0).WithLocation(20).WithLocation(21)
                .WithLocation(6).WithLocation(1).WithLocation(2).WithLocation(3).WithLocation(5)
                .WithArguments("Applicant", Both, "ApplicantsController.Conditional", " and 5 more endpoints"));
    }

    [Fact]
    public async Task A_destructured_or_printed_object_names_all_its_members_up_to_five()
    {
        var test = new VerifyLog.Test();
        test.TestState.Sources.Add(("/0/Test0.cs", """
            using Microsoft.Extensions.Logging;
            using Kyc;

            class Service
            {
                void Run(Serilog.ILogger serilog, ILogger logger, Five five, Seven seven)
                {
                    serilog.Information("Applied {@Applicant}", {|#0:five|});
                    logger.LogInformation("Applied {Applicant}", {|#1:seven|});
                    serilog.Information("Applied {@Applicant} with {Cnic}", {|#2:five|}, {|#3:five.Cnic|});
                }
            }
            """));
        test.TestState.Sources.Add(("/0/Kyc.cs", Kyc));
        test.ExpectedDiagnostics.AddRange(new[]
        {
            VerifyLog.Diagnostic(0, "Five", "Cnic: CNIC number, Msisdn: phone number, Email: email address, Name: person name and Address: postal address", "Serilog.ILogger.Information"),
            VerifyLog.Diagnostic(1, "Seven", "Cnic: CNIC number, Msisdn: phone number, Email: email address, Name: person name, Address: postal address and 2 more", "ILogger.LogInformation"),
            VerifyLog.Diagnostic(2, "Five", "Cnic: CNIC number, Msisdn: phone number, Email: email address, Name: person name and Address: postal address", "Serilog.ILogger.Information"),
            VerifyLog.Diagnostic(3, "Five.Cnic", "CNIC number", "Serilog.ILogger.Information"),
        });
        await test.RunAsync();
    }

    [Fact]
    public async Task A_member_read_twice_at_one_sink_is_one_finding_and_the_fix_masks_every_read()
    {
        await VerifyLog.FixAsync("""
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                void Run(ILogger logger, Customer c, Customer other, bool mine)
                {
                    logger.LogInformation({|#0:mine ? c.Cnic : other.Cnic|});
                    logger.LogInformation({|#1:$"{c.Cnic} replaces {other.Cnic} ({c.CardNumber})"|});
                    var cnic = c.Cnic;
                    logger.LogInformation({|#2:cnic + " / " + cnic|});
                }
            }
            """, """
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers.Annotations;
            using Shop;

            class Service
            {
                void Run(ILogger logger, Customer c, Customer other, bool mine)
                {
                    logger.LogInformation(mine ? Pii.Mask(c.Cnic, PiiKind.Cnic) : Pii.Mask(other.Cnic, PiiKind.Cnic));
                    logger.LogInformation($"{Pii.Mask(c.Cnic, PiiKind.Cnic)} replaces {Pii.Mask(other.Cnic, PiiKind.Cnic)} ({Pii.Mask(c.CardNumber, PiiKind.PaymentCard)})");
                    var cnic = c.Cnic;
                    logger.LogInformation(Pii.Mask(cnic, PiiKind.Cnic) + " / " + Pii.Mask(cnic, PiiKind.Cnic));
                }
            }
            """,
            VerifyLog.Diagnostic(0, "Customer.Cnic", "CNIC number", "ILogger.LogInformation"),
            VerifyLog.Diagnostic(1, "Customer.Cnic", "CNIC number", "ILogger.LogInformation"),
            VerifyLog.Diagnostic(1, "Customer.CardNumber", "payment card number", "ILogger.LogInformation"),
            VerifyLog.Diagnostic(2, "Customer.Cnic", "CNIC number", "ILogger.LogInformation"));
    }

    [Fact]
    public async Task Top_level_statements_are_named_as_such_never_by_the_compiler_generated_Main()
    {
        var test = new Verify<RealLookingPiiLiteralAnalyzer>.Test();
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestState.Sources.Add(("/0/Program.cs", """
            var cnic = {|#0:"35202-1234567-1"|};
            System.Console.WriteLine(cnic.Length);

            string Fixture() => {|#1:"4539 1488 0343 6467"|};
            System.Console.WriteLine(Fixture().Length);
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(RealLookingPiiLiteralAnalyzer.Rule).WithLocation(0).WithArguments("top-level statements", "CNIC number", "format and province code; a CNIC has no check digit"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(RealLookingPiiLiteralAnalyzer.Rule).WithLocation(1).WithArguments("top-level statements", "payment card number", "format and check digit"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_response_in_top_level_statements_names_them()
    {
        var test = new VerifyResponse.Test();
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestState.Sources.Add(("/0/Program.cs", """
            using Microsoft.AspNetCore.Http;
            using Kyc;

            IResult Show(Applicant applicant) => Results.Ok({|#0:applicant|});
            System.Console.WriteLine(Show(new Applicant()));
            """));
        test.TestState.Sources.Add(("/0/Kyc.cs", Kyc));
        test.ExpectedDiagnostics.Add(VerifyResponse.Diagnostic(0, "Applicant", Both, "top-level statements"));
        await test.RunAsync();
    }
}
