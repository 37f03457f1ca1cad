using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.CodeFixes;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using static PrivacyAnalyzers.Tests.Exposure.ExposureModel;
using Verify = PrivacyAnalyzers.Tests.Infrastructure.VerifyProject<PrivacyAnalyzers.Rules.PiiInApiResponseAnalyzer, PrivacyAnalyzers.CodeFixes.PiiExposureCodeFix>;

namespace PrivacyAnalyzers.Tests.Exposure;

/// <summary>PII2002 reports one finding per design decision: every endpoint that sends the same members of the same type
/// is one diagnostic, at the first endpoint by file path and position, with the others as additional locations and
/// counted in the message. Different member sets stay apart; approvals and pragmas keep their endpoint out.</summary>
public class OneFindingPerDecisionTests
{
    private const string FirstFile = """
        using Microsoft.AspNetCore.Mvc;
        using Shop;

        public class AccountsController : ControllerBase
        {
            [HttpGet("accounts/{id}")]
            public Customer Get(int id) => Store.Load("", "");
        }
        """;

    private const string SecondFile = """
        using Microsoft.AspNetCore.Mvc;
        using Shop;

        public class ProfilesController : ControllerBase
        {
            [HttpGet("profiles/{id}")]
            public Customer Get(int id) => Store.Load("", "");
        }
        """;

    private const string Returned = "Store.Load(\"\", \"\")";

    [Fact]
    public async Task Two_endpoints_in_two_files_are_one_finding_at_the_first_file_whatever_order_the_analysis_runs_in()
    {
        var runs = new List<string>();

        // The first file by path comes last in the compilation in some runs, so the endpoint analyzed first (or whose
        // finding arrives first) is not always the one reported.
        var orders = new[]
        {
            new[] { ("/Api/A.cs", FirstFile), ("/Api/B.cs", SecondFile), ("/Model.cs", Source) },
            new[] { ("/Api/B.cs", SecondFile), ("/Model.cs", Source), ("/Api/A.cs", FirstFile) },
        };
        foreach (var sources in orders)
        {
            foreach (var concurrent in new[] { true, false })
            {
                var compilation = await WholePackage.CompileAsync(sources);
                Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
                var run = await WholePackage.AnalyzeAsync(compilation, concurrent);
                Assert.Empty(run.Failures);

                var finding = Assert.Single(run.Diagnostics, d => d.Id == "PII2002");
                Assert.Equal("/Api/A.cs", finding.Location.SourceTree!.FilePath);
                Assert.Equal(FirstFile.IndexOf(Returned, StringComparison.Ordinal), finding.Location.SourceSpan.Start);
                Assert.Equal(
                    $"'Customer' ({CustomerPii}) is sent in the response of 'AccountsController.Get' and 1 more endpoint; "
                    + "return a type without it, ignore the member, or write it masked",
                    finding.GetMessage());

                // The members' declarations, then the other endpoint's returned value.
                var other = finding.AdditionalLocations.Last();
                Assert.Equal("/Api/B.cs", other.SourceTree!.FilePath);
                Assert.Equal(new TextSpan(SecondFile.IndexOf(Returned, StringComparison.Ordinal), Returned.Length), other.SourceSpan);
                Assert.All(finding.AdditionalLocations.SkipLast(1), l => Assert.Equal("/Model.cs", l.SourceTree!.FilePath));
                runs.Add(string.Join(" | ", finding.AdditionalLocations.Select(l => l.GetLineSpan().ToString())));
            }
        }

        Assert.Single(runs.Distinct());
    }

    [Fact]
    public async Task Different_member_sets_of_one_type_are_separate_findings()
    {
        // A sign-in endpoint may return the tokens it issues: its Session is left with the CNIC alone, a different decision
        // from the Session that the two GET endpoints send whole.
        await Verify.AnalyzerAsync("""
            using Microsoft.AspNetCore.Mvc;
            using PrivacyAnalyzers.Annotations;

            public class Session
            {
                [Pii(PiiKind.Secret)] public string AccessToken { get; set; } = "";
                [Pii(PiiKind.Cnic)] public string Cnic { get; set; } = "";
                public static Session Issue(string token, string cnic) => new() { AccessToken = token, Cnic = cnic };
            }

            public class AccountController : ControllerBase
            {
                [HttpPost("login")]
                public Session Login() => {|#0:Session.Issue("", "")|};

                [HttpGet("session")]
                public Session Current() => {|#1:Session.Issue("", "")|};

                [HttpGet("session/again")]
                public Session Again() => {|#2:Session.Issue("", "")|};
            }
            """,
            Verify.Diagnostic(0, "Session.Cnic", Cnic, "AccountController.Login"),
            Verify.Diagnostic(1, "Session", "AccessToken: secret and Cnic: CNIC number", "AccountController.Current", " and 1 more endpoint"));
    }

    [Fact]
    public async Task An_approved_endpoint_is_left_out_and_the_next_one_carries_the_finding()
    {
        await Verify.RunAsync(new[] { """
            using Microsoft.AspNetCore.Mvc;
            using PrivacyAnalyzers.Annotations;
            using Shop;

            public class KycController : ControllerBase
            {
                [PiiExposureAllowed("The KYC officer verifies the passport; the route is restricted to that role.")]
                public Kyc Officer() => Store.Load("", "").Kyc;

                public Kyc Mine() => {|#0:Store.Load("", "").Kyc|};

                public Kyc Theirs() => {|#1:Store.Load("", "").Kyc|};
            }
            """, Source }, null, null,
            Verify.Diagnostic(0, "Kyc.PassportNo", Passport, "KycController.Mine", " and 1 more endpoint"));
    }

    [Fact]
    public async Task A_pragma_at_the_first_endpoint_does_not_hide_the_others()
    {
        // The first endpoint's warning is turned off there only; the decision is still reported, at the next endpoint.
        var test = new Verify.Test
        {
            // The harness's own check puts a disable at the top of the file, which this file's restore ends.
            TestBehaviors = TestBehaviors.SkipSuppressionCheck,
        };
        test.TestState.Sources.Add(("/0/Test0.cs", """
            using Microsoft.AspNetCore.Mvc;
            using Shop;

            public class KycController : ControllerBase
            {
            #pragma warning disable PII2002 // the officer's screen, reviewed
                public Kyc Officer() => Store.Load("", "").Kyc;
            #pragma warning restore PII2002

                public Kyc Mine() => {|#0:Store.Load("", "").Kyc|};

                public Kyc Theirs() => {|#1:Store.Load("", "").Kyc|};
            }
            """));
        test.TestState.Sources.Add(("/0/Test1.cs", Source));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(0, "Kyc.PassportNo", Passport, "KycController.Mine", " and 1 more endpoint"));
        await test.RunAsync();
    }

    [Fact]
    public async Task One_fix_on_the_finding_fixes_every_endpoint()
    {
        const string entity = """
            using PrivacyAnalyzers.Annotations;

            namespace Crm;

            public class Subscriber
            {
                public int Id { get; set; }
                [Pii(PiiKind.Cnic)] public string Cnic { get; set; } = "";
                public static Subscriber Load(string cnic) => new() { Cnic = cnic };
            }
            """;
        await Verify.RunAsync(
            new[]
            {
                """
                using Microsoft.AspNetCore.Mvc;
                using Crm;

                public class SubscribersController : ControllerBase
                {
                    public Subscriber Get() => {|#0:Subscriber.Load("")|};
                }
                """,
                """
                using Microsoft.AspNetCore.Mvc;
                using Crm;

                public class SupportController : ControllerBase
                {
                    public Subscriber Lookup() => Subscriber.Load("");
                }
                """,
                entity,
            },
            new[]
            {
                """
                using Microsoft.AspNetCore.Mvc;
                using Crm;

                public class SubscribersController : ControllerBase
                {
                    public Subscriber Get() => Subscriber.Load("");
                }
                """,
                """
                using Microsoft.AspNetCore.Mvc;
                using Crm;

                public class SupportController : ControllerBase
                {
                    public Subscriber Lookup() => Subscriber.Load("");
                }
                """,
                """
                using System.Text.Json.Serialization;
                using PrivacyAnalyzers.Annotations;

                namespace Crm;

                public class Subscriber
                {
                    public int Id { get; set; }
                    [Pii(PiiKind.Cnic), JsonIgnore] public string Cnic { get; set; } = "";
                    public static Subscriber Load(string cnic) => new() { Cnic = cnic };
                }
                """,
            },
            PiiExposureCodeFix.IgnoreKey,
            Verify.Diagnostic(0, "Subscriber.Cnic", Cnic, "SubscribersController.Get", " and 1 more endpoint"));
    }
}
