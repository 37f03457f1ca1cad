using System.Text.Json;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Policy;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Policy;

/// <summary>privacy-policy.json: what is read from it, and PII9003 for what cannot be used, at its line in the file.</summary>
public class PrivacyPolicyFileTests
{
    private const string Valid = """
        {
          "$schema": "https://github.com/privacyanalyzers/privacyanalyzers/blob/main/src/PrivacyAnalyzers.Package/schema/privacy-policy.schema.json",
          "processors": [
            { "name": "Twilio", "region": "US", "purpose": "SMS delivery", "sdks": ["Twilio"], "hosts": ["api.twilio.com"] },
            { "name": "NADRA Verisys", "region": "PK", "purpose": "CNIC verification", "hosts": ["verisys.nadra.gov.pk", "*.nadra.gov.pk"] }
          ],
          "kinds": {
            "PhoneNumber": { "processors": ["Twilio"] },
            "MessageContent": { "processors": ["Twilio"] },
            "cnic": { "processors": ["NADRA Verisys"], "regions": ["PK"] }
          }
        }
        """;

    [Fact]
    public void A_valid_policy_is_read_whole()
    {
        var policy = PrivacyPolicy.Read("privacy-policy.json", SourceText.From(Valid));
        Assert.Empty(policy.Problems);
        Assert.Equal(new[] { "Twilio", "NADRA Verisys" }, policy.Processors.Select(p => p.Name));
        Assert.Equal(new[] { "api.twilio.com" }, policy.Processors[0].Hosts);
        Assert.Equal(new[] { "Twilio" }, policy.Processors[0].Sdks);
        Assert.Equal("PK", policy.Processors[1].Region);
        // Kinds are matched case-insensitively and kept under their PiiKind name.
        Assert.Equal(new[] { "PK" }, policy.Kinds["Cnic"].Regions);
        Assert.Equal(new[] { "NADRA Verisys" }, policy.Kinds["cnic"].Processors);
        Assert.Empty(policy.Kinds["PhoneNumber"].Regions);
    }

    [Fact]
    public async Task A_valid_policy_and_no_policy_report_nothing()
    {
        await RunAsync(Valid);
        await RunAsync(null);
        // Another file name is not the policy.
        await RunAsync("{ not json", fileName: "other-policy.json");
    }

    [Fact]
    public async Task A_file_that_is_not_JSON_is_reported_where_it_breaks()
    {
        const string broken = """
            {
              "processors": [
                { "name": "Twilio", "region": "US" }
              ]
              "kinds": {}
            }
            """;
        await RunAsync(broken,
            Problem(5, 3, 5, 3, "privacy-policy.json", "not valid JSON", "',' or '}' is expected; the whole file is ignored until it is fixed"));
        Assert.Empty(PrivacyPolicy.Read("privacy-policy.json", SourceText.From(broken)).Processors);
    }

    [Fact]
    public async Task Unknown_kinds_processors_properties_and_sdks_bad_regions_and_hosts_are_reported_at_their_line()
    {
        const string policy = """
            {
              "processors": [
                { "name": "Twilio", "region": "USA", "sdks": ["Twillio"], "hosts": ["https://api.twilio.com/"] },
                { "name": "Stripe", "region": "US", "purpose": "payments", "sdk": ["Stripe"] },
                { "name": "Stripe", "region": "IE" },
                { "region": "PK" }
              ],
              "kinds": {
                "Cnci": { "processors": ["Stripe"] },
                "PaymentCard": { "processors": ["Stripe", "Adyen"], "regions": ["US", "EU"] }
              },
              "retention": {}
            }
            """;
        await RunAsync(policy,
            Problem(3, 5, 3, 101, "processors[0]", "incomplete processor", "a processor needs a 'name' and a 'region'; this one is ignored"),
            Problem(3, 35, 3, 40, "processors[0].region", "not a region", "an ISO 3166-1 alpha-2 country code such as 'PK', 'IN' or 'US' is expected"),
            Problem(3, 51, 3, 60, "processors[0].sdks[0]", "'Twillio' is not valid", "did you mean 'Twilio'? expected one of Twilio, SendGrid, Stripe, OpenAI, AzureOpenAI, Microsoft.Extensions.AI, Sentry, ApplicationInsights; this entry is ignored"),
            Problem(3, 73, 3, 98, "processors[0].hosts[0]", "'https://api.twilio.com/' is not valid", "expected a host name such as 'api.example.com' (no scheme, path or port); this entry is ignored"),
            Problem(4, 64, 4, 69, "processors[1].sdk", "unknown property", "did you mean 'sdks'? expected one of name, region, purpose, hosts, sdks"),
            Problem(5, 15, 5, 23, "processors[2].name", "duplicate processor", "another processor is already called 'Stripe'; this one is ignored"),
            Problem(6, 5, 6, 23, "processors[3]", "incomplete processor", "a processor needs a 'name' and a 'region'; this one is ignored"),
            Problem(9, 5, 9, 11, "kinds.Cnci", "unknown kind", "did you mean 'Cnic'? kinds are the names of PiiKind"),
            Problem(10, 47, 10, 54, "kinds.PaymentCard.processors[1]", "'Adyen' is not valid", "expected the name of a processor of this file; this entry is ignored"),
            Problem(10, 75, 10, 79, "kinds.PaymentCard.regions[1]", "'EU' is not valid", "expected an ISO 3166-1 alpha-2 country code such as 'PK' or 'IN'; this entry is ignored"),
            Problem(12, 3, 12, 14, "retention", "unknown property", "expected one of $schema, processors, kinds, ownHosts"));

        // What is valid still applies.
        var read = PrivacyPolicy.Read("privacy-policy.json", SourceText.From(policy));
        Assert.Equal(new[] { "Stripe" }, read.Processors.Select(p => p.Name));
        Assert.Equal(new[] { "Stripe" }, read.Kinds["PaymentCard"].Processors);
        Assert.Equal(new[] { "US" }, read.Kinds["PaymentCard"].Regions);
    }

    [Theory]
    [InlineData("[]", "not an object")]
    [InlineData("{ \"processors\": {} }", "not an array")]
    [InlineData("{ \"kinds\": [] }", "not an object")]
    [InlineData("{ \"processors\": [ \"Twilio\" ] }", "not an object")]
    [InlineData("{ \"processors\": [ { \"name\": \"\", \"region\": \"PK\" } ] }", "not a name")]
    [InlineData("{ \"kinds\": { \"Cnic\": [] } }", "not an object")]
    [InlineData("{ \"kinds\": { \"Cnic\": { \"processors\": \"Twilio\" } } }", "not an array")]
    [InlineData("{ \"kinds\": { \"Cnic\": { \"regions\": [ 92 ] } } }", "not a string")]
    [InlineData("\"policy\"", "not an object")]
    [InlineData("{ \"a\": \"\\q\" }", "not valid JSON")]
    [InlineData("{ \"a\": 1 } }", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    public void Each_shape_that_cannot_be_used_is_one_problem_and_reading_never_throws(string text, string what)
    {
        var policy = PrivacyPolicy.Read("privacy-policy.json", SourceText.From(text));
        Assert.Contains(policy.Problems, p => p.What == what);
    }

    [Fact]
    public void Deep_nesting_is_a_problem_not_a_stack_overflow()
    {
        var text = new string('[', 10_000) + new string(']', 10_000);
        var policy = PrivacyPolicy.Read("privacy-policy.json", SourceText.From(text));
        Assert.Equal("not valid JSON", Assert.Single(policy.Problems).What);
    }

    [Fact]
    public void The_published_schema_lists_exactly_the_kinds_and_SDKs_the_rules_know()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestReferences.RepositoryRoot, "src", "PrivacyAnalyzers.Package", "schema", "privacy-policy.schema.json")));
        var root = schema.RootElement.GetProperty("properties");
        var kinds = root.GetProperty("kinds").GetProperty("properties").EnumerateObject().Select(p => p.Name);
        Assert.Equal(PiiKinds.All.Select(k => k.Name).OrderBy(n => n), kinds.OrderBy(n => n));
        var sdks = root.GetProperty("processors").GetProperty("items").GetProperty("properties").GetProperty("sdks").GetProperty("items").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString());
        Assert.Equal(PrivacyPolicy.KnownSdks, sdks);
        Assert.Equal(new[] { "$schema", "processors", "kinds", "ownHosts" }, root.EnumerateObject().Select(p => p.Name));

        // Every kind is described once, with what the reader accepts for a kind.
        var kind = schema.RootElement.GetProperty("$defs").GetProperty("kind");
        Assert.Equal(new[] { "processors", "regions", "retention", "purposes" }, kind.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.All(root.GetProperty("kinds").GetProperty("properties").EnumerateObject(),
            k => Assert.Equal("#/$defs/kind", k.Value.GetProperty("$ref").GetString()));
    }

    [Theory]
    [InlineData("P30D")]
    [InlineData("P7Y")]
    [InlineData("P1Y6M")]
    [InlineData("PT12H")]
    [InlineData("P2W")]
    [InlineData("P1DT12H")]
    [InlineData("PT0,5S")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P-1D")]
    [InlineData("30D")]
    [InlineData("P1.5DT1H")]
    [InlineData("thirty days")]
    public void The_schema_accepts_exactly_the_retentions_the_reader_accepts(string retention)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestReferences.RepositoryRoot, "src", "PrivacyAnalyzers.Package", "schema", "privacy-policy.schema.json")));
        var pattern = schema.RootElement.GetProperty("$defs").GetProperty("kind").GetProperty("properties").GetProperty("retention").GetProperty("pattern").GetString()!;
        Assert.Equal(PrivacyAnalyzers.Retention.IsoDuration.IsValid(retention), System.Text.RegularExpressions.Regex.IsMatch(retention, pattern, System.Text.RegularExpressions.RegexOptions.ECMAScript));
    }

    [Fact]
    public void A_kind_declares_its_retention_and_purposes()
    {
        var policy = PrivacyPolicy.Read("privacy-policy.json", SourceText.From("""
            {
              "kinds": {
                "IdentityDocument": { "retention": "P30D", "purposes": ["KYC required by the regulator", "Fraud prevention"] },
                "MessageContent": { "processors": [], "retention": "P90D" },
                "PhoneNumber": { "processors": [] }
              }
            }
            """));
        Assert.Empty(policy.Problems);
        Assert.Equal("P30D", policy.Kinds["IdentityDocument"].Retention);
        Assert.Equal(new[] { "KYC required by the regulator", "Fraud prevention" }, policy.Kinds["IdentityDocument"].Purposes);
        Assert.Equal("P90D", policy.Kinds["MessageContent"].Retention);
        Assert.Empty(policy.Kinds["MessageContent"].Purposes);
        Assert.Null(policy.Kinds["PhoneNumber"].Retention);
    }

    [Fact]
    public async Task A_retention_that_is_not_a_duration_and_a_blank_purpose_are_reported_at_their_line()
    {
        const string policy = """
            {
              "kinds": {
                "IdentityDocument": { "retention": "30 days", "purposes": ["KYC", " "] },
                "MessageContent": { "retention": 90 },
                "Email": { "retension": "P1Y" }
              }
            }
            """;
        const string expected = "a period such as 'P30D' (30 days), 'P90D', 'P7Y' or 'P1Y6M' is expected; no retention is declared for this kind until it is fixed";
        await RunAsync(policy,
            Problem(3, 40, 3, 49, "kinds.IdentityDocument.retention", "'30 days' is not an ISO 8601 duration", expected),
            Problem(3, 71, 3, 74, "kinds.IdentityDocument.purposes[1]", "' ' is not valid", "expected a non-empty text saying why this kind is processed; this entry is ignored"),
            Problem(4, 38, 4, 40, "kinds.MessageContent.retention", "not a duration", expected),
            Problem(5, 16, 5, 27, "kinds.Email.retension", "unknown property", "did you mean 'retention'? expected one of processors, regions, retention, purposes"));

        // The rest of the kind still applies; the bad retention declares nothing.
        var read = PrivacyPolicy.Read("privacy-policy.json", SourceText.From(policy));
        Assert.Null(read.Kinds["IdentityDocument"].Retention);
        Assert.Equal(new[] { "KYC" }, read.Kinds["IdentityDocument"].Purposes);
    }

    [Fact]
    public void Every_SDK_a_policy_can_name_is_one_the_catalog_sends_to()
    {
        // AzureOpenAI has no rows of its own: the OpenAI rows send there in a project that references Azure.AI.OpenAI.
        var sent = SinkCatalog.Rows.Select(r => r.Sdk).OfType<string>().Append("AzureOpenAI").Distinct().OrderBy(s => s);
        Assert.Equal(PrivacyPolicy.KnownSdks.OrderBy(s => s), sent);
    }

    [Fact]
    public void Own_hosts_and_processor_hosts_match_by_name_or_by_wildcard()
    {
        var policy = PrivacyPolicy.Read("privacy-policy.json", SourceText.From("""
            {
              "processors": [ { "name": "Twilio", "region": "US", "hosts": ["api.twilio.com", "*.twilio.com"] } ],
              "ownHosts": ["*.example.pk", "kyc.example.com"]
            }
            """));
        Assert.Empty(policy.Problems);
        Assert.True(policy.IsOwnHost("api.example.pk"));
        Assert.True(policy.IsOwnHost("kyc.example.com"));
        Assert.False(policy.IsOwnHost("example.pk.attacker.net"));
        Assert.False(policy.IsOwnHost("kyc.example.com.evil"));
        Assert.Equal("Twilio", Assert.Single(policy.ProcessorsAt("verify.twilio.com")).Name);
        Assert.Empty(policy.ProcessorsAt("twilio.com.example"));
    }

    private static DiagnosticResult Problem(int line, int column, int endLine, int endColumn, string path, string what, string detail) =>
        new DiagnosticResult(InvalidPrivacyPolicyAnalyzer.Rule).WithSpan("/0/privacy-policy.json", line, column, endLine, endColumn).WithArguments(path, what, detail);

    private static async Task RunAsync(string? policy, params DiagnosticResult[] expected) => await RunAsync(policy, "privacy-policy.json", expected);

    private static async Task RunAsync(string? policy, string fileName, params DiagnosticResult[] expected)
    {
        var test = new Verify<InvalidPrivacyPolicyAnalyzer>.Test();
        test.TestState.Sources.Add(("/0/Test0.cs", "class Empty { }"));
        if (policy is not null)
        {
            test.TestState.AdditionalFiles.Add(("/0/" + fileName, policy));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
