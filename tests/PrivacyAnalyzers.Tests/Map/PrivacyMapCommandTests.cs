using System.Text.Json;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Map;

/// <summary>
/// <c>dotnet privacy map</c> on the sample, run as the tool runs (a process that locates MSBuild and loads the project):
/// every warning the sample must produce is an unprotected flow of the map, every compliant path a protected one, the
/// sample's personal data is its inventory, the JSON is the same byte for byte when run again, and bad input is a message and an exit code.
/// </summary>
public class PrivacyMapCommandTests
{
    private static readonly string Sample = PrivacyTool.Sample;

    [Fact]
    public async Task Every_expected_warning_of_the_sample_is_an_unprotected_flow_with_its_destination()
    {
        var (exitCode, json, _, output) = await PrivacyTool.SampleMap.Value;
        Assert.True(exitCode == 0, output);
        using var document = JsonDocument.Parse(json);
        var project = Assert.Single(document.RootElement.GetProperty("projects").EnumerateArray());
        var flows = project.GetProperty("flows").EnumerateArray()
            .Where(f => f.GetProperty("status").GetString() == "unprotected")
            .Select(f => (File: f.GetProperty("file").GetString(), Line: f.GetProperty("line").GetInt32(), Rule: f.GetProperty("rule").GetString(),
                Destination: f.GetProperty("destination").GetString(), Status: f.GetProperty("status").GetString()))
            .ToList();
        var expected = File.ReadAllLines(Path.Combine(Sample, "expected-warnings.txt")).Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split(' ')).Select(p => (File: p[0][..p[0].LastIndexOf(':')], Line: int.Parse(p[0][(p[0].LastIndexOf(':') + 1)..]), Rule: p[1]))
            .ToList();
        Assert.NotEmpty(expected);
        foreach (var warning in expected)
        {
            Assert.Contains(flows, f => f.File == warning.File && f.Line == warning.Line && f.Rule == warning.Rule && f.Status == "unprotected");
        }

        Assert.Contains(flows, f => f.Rule == "PII4003" && f.Destination == "third party");
        Assert.Contains(flows, f => f.Rule == "PII1001" && f.Destination == "log");
        Assert.Equal(expected.Count, flows.Count(f => f.Rule != "PII5001"));
    }

    [Fact]
    public async Task Every_compliant_path_of_the_sample_that_carries_personal_data_is_a_protected_flow_with_its_protection()
    {
        var (_, json, _, _) = await PrivacyTool.SampleMap.Value;
        using var document = JsonDocument.Parse(json);
        var protectedFlows = document.RootElement.GetProperty("projects")[0].GetProperty("flows").EnumerateArray()
            .Where(f => f.GetProperty("status").GetString() == "protected")
            .Select(f => $"{f.GetProperty("file").GetString()}:{f.GetProperty("line").GetInt32()} {f.GetProperty("destination").GetString()} {f.GetProperty("members")[0].GetString()} {f.GetProperty("protection").GetString()}")
            .ToList();
        Assert.Equal(
            new[]
            {
                // Masked, encrypted, hashed at the sink; columns the EF Core model encrypts; shares privacy-policy.json allows.
                "Customers/KycService.cs:31 log P:MessagingPlatform.Customers.KycSubmission.Cnic masked",
                "Customers/NadraVerification.cs:10 third party P:MessagingPlatform.Customers.KycSubmission.Cnic allowed by the privacy policy",
                "Data/DeliveryReportRepository.cs:27 database P:MessagingPlatform.Customers.Customer.Cnic encrypted",
                "Data/KycVaultDbContext.cs:12 database P:MessagingPlatform.Data.KycRecord.Cnic encrypted",
                "Data/KycVaultDbContext.cs:12 database P:MessagingPlatform.Data.KycRecord.PassportNumber encrypted",
                "Data/PlatformDbContext.cs:16 database P:MessagingPlatform.Customers.Customer.Aadhaar encrypted",
                "Messaging/DeliveryTelemetry.cs:21 telemetry P:MessagingPlatform.Messaging.SmsMessage.To masked",
                "Messaging/OperatorGateway.cs:10 third party P:MessagingPlatform.Messaging.SmsMessage.To allowed by the privacy policy",
                "Messaging/SmsSender.cs:20 log P:MessagingPlatform.Messaging.SmsMessage.To masked",
                "Messaging/TwilioSmsProvider.cs:11 third party P:MessagingPlatform.Messaging.SmsMessage.Body allowed by the privacy policy",
                "Messaging/TwilioSmsProvider.cs:11 third party P:MessagingPlatform.Messaging.SmsMessage.To allowed by the privacy policy",
            },
            protectedFlows.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_inventory_lists_the_samples_personal_data_with_how_each_member_was_classified()
    {
        var (_, json, _, _) = await PrivacyTool.SampleMap.Value;
        using var document = JsonDocument.Parse(json);
        var elements = document.RootElement.GetProperty("projects")[0].GetProperty("elements").EnumerateArray()
            .ToDictionary(e => e.GetProperty("member").GetString()!, e => (Kind: e.GetProperty("kind").GetString(), By: e.GetProperty("classifiedBy").GetString()));
        Assert.Equal(("Cnic", "attribute"), elements["KycSubmission.Cnic"]);
        Assert.Equal(("PhoneNumber", "attribute"), elements["SmsMessage.To"]);
        Assert.Equal(("PaymentCard", "name"), elements["PaymentMethod.CardNumber"]);
        Assert.DoesNotContain("SmsMessage.SenderId", elements.Keys);
    }

    [Fact]
    public async Task The_inventory_gives_each_member_the_retention_and_purposes_declared_for_it_and_where()
    {
        var (_, json, _, _) = await PrivacyTool.SampleMap.Value;
        using var document = JsonDocument.Parse(json);
        var elements = document.RootElement.GetProperty("projects")[0].GetProperty("elements").EnumerateArray()
            .ToDictionary(e => e.GetProperty("member").GetString()!, e => (
                Retention: e.TryGetProperty("retention", out var r) ? r.GetString() : null,
                By: e.TryGetProperty("retentionDeclaredBy", out var b) ? b.GetString() : null,
                Purposes: e.TryGetProperty("purposes", out var p) ? string.Join(";", p.EnumerateArray().Select(x => x.GetString())) : null));
        // [Retention("P30D")] and [Purpose] on KycRecord; kinds' retention and purposes in privacy-policy.json; none for the rest.
        Assert.Equal(("P30D", "type", "Know-your-customer checks the regulator requires"), elements["KycRecord.Cnic"]);
        Assert.Equal(("P90D", "policy", "Delivering customers' messages"), elements["SmsMessage.Body"]);
        Assert.Equal(("P7Y", "policy", "Billing for prepaid SMS bundles"), elements["PaymentMethod.CardNumber"]);
        Assert.Equal((null, null, null), elements["Customer.Cnic"]);
    }

    [Fact]
    public async Task The_map_keeps_to_its_published_schema()
    {
        var (_, json, _, _) = await PrivacyTool.SampleMap.Value;
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestReferences.RepositoryRoot, "src", "PrivacyAnalyzers.Cli", "schema", "privacy-map.schema.json")));
        using var map = JsonDocument.Parse(json);
        var root = schema.RootElement;
        var project = root.GetProperty("properties").GetProperty("projects").GetProperty("items");
        var element = project.GetProperty("properties").GetProperty("elements").GetProperty("items");
        var flow = project.GetProperty("properties").GetProperty("flows").GetProperty("items");
        AssertKeeps(root, map.RootElement);
        foreach (var written in map.RootElement.GetProperty("projects").EnumerateArray())
        {
            AssertKeeps(project, written);
            foreach (var item in written.GetProperty("elements").EnumerateArray())
            {
                AssertKeeps(element, item);
            }

            foreach (var item in written.GetProperty("flows").EnumerateArray())
            {
                AssertKeeps(flow, item);
            }
        }
    }

    /// <summary>Every property the map writes is declared, every required one is written, and enumerated values are listed.</summary>
    private static void AssertKeeps(JsonElement schema, JsonElement written)
    {
        var declared = schema.GetProperty("properties");
        foreach (var property in written.EnumerateObject())
        {
            Assert.True(declared.TryGetProperty(property.Name, out var rule), $"'{property.Name}' is not in the schema");
            if (rule.TryGetProperty("enum", out var values))
            {
                Assert.Contains(property.Value.GetString(), values.EnumerateArray().Select(v => v.GetString()));
            }
        }

        foreach (var required in schema.GetProperty("required").EnumerateArray())
        {
            Assert.True(written.TryGetProperty(required.GetString()!, out _), $"'{required.GetString()}' is required");
        }
    }

    [Fact]
    public async Task The_map_and_its_page_are_the_same_byte_for_byte_when_made_again()
    {
        var (_, first, firstPage, _) = await PrivacyTool.SampleMap.Value;
        var (exitCode, second, secondPage, output) = await PrivacyTool.MapAsync(Sample);
        Assert.True(exitCode == 0, output);
        Assert.Equal(first, second);
        Assert.Equal(firstPage, secondPage);
        Assert.DoesNotContain(TestReferences.RepositoryRoot, first);
        Assert.DoesNotContain(TestReferences.RepositoryRoot, firstPage);
    }

    [Fact]
    public async Task Input_that_is_not_a_project_is_a_message_and_exit_code_1_not_a_stack_trace()
    {
        var (exitCode, _, _, output) = await PrivacyTool.MapAsync(Path.Combine(Path.GetTempPath(), "no-such-project-" + Guid.NewGuid().ToString("N")));
        Assert.Equal(1, exitCode);
        Assert.Contains("is not a .sln, .slnx or .csproj file", output);
        Assert.DoesNotContain("   at ", output);
    }

    [Fact]
    public async Task A_copy_of_the_sample_that_stops_masking_a_log_gives_a_failing_diff_and_the_same_map_a_passing_one()
    {
        var (_, before, _, _) = await PrivacyTool.SampleMap.Value;
        using var copy = await SampleCopy.CreateAsync("diff", copy =>
            copy.ReplaceAsync(Path.Combine("Messaging", "SmsSender.cs"), "Pii.Mask(message.To, PiiKind.PhoneNumber)", "message.To"));
        var (mapped, after, _, mapOutput) = await PrivacyTool.MapAsync(copy.Folder);
        Assert.True(mapped == 0, mapOutput);

        var work = Directory.CreateTempSubdirectory("privacy-diff-");
        try
        {
            var oldMap = Path.Combine(work.FullName, "old.json");
            var newMap = Path.Combine(work.FullName, "new.json");
            await File.WriteAllTextAsync(oldMap, before);
            await File.WriteAllTextAsync(newMap, after);
            var (failed, diff) = await PrivacyTool.RunAsync("diff", oldMap, newMap);
            Assert.Equal(1, failed);
            Assert.Contains("lost protection: Messaging/SmsSender.cs:20 PII1001 'SmsMessage.To' (phone number)", diff);
            Assert.Contains("1 new unprotected flows", diff);

            var (same, sameDiff) = await PrivacyTool.RunAsync("diff", oldMap, oldMap);
            Assert.True(same == 0, sameDiff);
            await File.WriteAllTextAsync(newMap, "{ not json");
            var (unreadable, unreadableOutput) = await PrivacyTool.RunAsync("diff", oldMap, newMap);
            Assert.Equal(2, unreadable);
            Assert.DoesNotContain("   at ", unreadableOutput);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Flows_the_build_does_not_report_are_still_on_the_map_and_findings_suppressed_in_code_are_marked()
    {
        var (_, before, _, _) = await PrivacyTool.SampleMap.Value;
        // The build reports nothing (the Privacy category off), and one finding is suppressed in the code.
        const string Leak = "        logger.LogInformation(\"Verifying CNIC {Cnic} for {CustomerId}\", submission.Cnic, customer.Id);\n";
        using var copy = await SampleCopy.CreateAsync("severity", async copy =>
        {
            await File.WriteAllTextAsync(copy.PathOf(".editorconfig"), "root = true\n\n[*.cs]\ndotnet_analyzer_diagnostic.category-Privacy.severity = none\n");
            await copy.ReplaceAsync(Path.Combine("Customers", "KycService.cs"), Leak, "#pragma warning disable PII1001\n" + Leak + "#pragma warning restore PII1001\n");
        });

        var (exitCode, after, _, output) = await PrivacyTool.MapAsync(copy.Folder);
        Assert.True(exitCode == 0, output);
        using var original = JsonDocument.Parse(before);
        using var changed = JsonDocument.Parse(after);
        var flows = changed.RootElement.GetProperty("projects")[0].GetProperty("flows").EnumerateArray().ToList();
        Assert.Equal(original.RootElement.GetProperty("projects")[0].GetProperty("flows").GetArrayLength(), flows.Count);
        var suppressed = Assert.Single(flows, f => f.TryGetProperty("suppressed", out var value) && value.GetBoolean());
        Assert.Equal(("Customers/KycService.cs", 17, "PII1001", "unprotected"),
            (suppressed.GetProperty("file").GetString(), suppressed.GetProperty("line").GetInt32(), suppressed.GetProperty("rule").GetString(), suppressed.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task An_unreadable_policy_file_makes_a_partial_map_that_says_where_and_a_record_of_processing_that_says_why()
    {
        using var copy = await SampleCopy.CreateAsync("policy", copy => File.WriteAllTextAsync(copy.PathOf("privacy-policy.json"), "{ \"processors\": [ not json"));
        var (exitCode, json, page, printed) = await PrivacyTool.MapAsync(copy.Folder);
        Assert.Equal(2, exitCode);
        Assert.Contains("partial map: MessagingPlatform: privacy-policy.json(1,", printed);
        Assert.Contains("(not valid JSON)", printed);
        Assert.DoesNotContain("   at ", printed);
        using var document = JsonDocument.Parse(json);
        Assert.True(document.RootElement.GetProperty("partial").GetBoolean());
        Assert.Contains(document.RootElement.GetProperty("problems").EnumerateArray(), p => p.GetString()!.Contains("not valid JSON", StringComparison.Ordinal));
        Assert.Contains("This map is partial.", page);
        // Without a usable policy no share is allowed by it: the NADRA share is no longer a protected flow.
        Assert.DoesNotContain(document.RootElement.GetProperty("projects")[0].GetProperty("flows").EnumerateArray(),
            f => f.TryGetProperty("protection", out var how) && how.GetString() == "allowed by the privacy policy");

        var output = Directory.CreateTempSubdirectory("privacy-ropa-");
        try
        {
            var (ropaExit, ropaPrinted) = await PrivacyTool.RunAsync("ropa", copy.Folder, "--out", output.FullName);
            Assert.Equal(2, ropaExit);
            var markdown = await File.ReadAllTextAsync(Path.Combine(output.FullName, "ropa.md"));
            Assert.Contains("**Partial**: MessagingPlatform: privacy-policy.json(1,", markdown);
            Assert.Contains("privacy-policy.json cannot be used (see Partial above)", markdown);
            Assert.DoesNotContain("   at ", ropaPrinted);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_project_with_no_policy_file_and_MSBuild_errors_that_hide_nothing_gives_a_whole_map_and_a_note()
    {
        using var copy = await SampleCopy.CreateAsync("nuget", async copy =>
        {
            // No privacy-policy.json (found on a public solution: the map threw where a project has none).
            File.Delete(copy.PathOf("privacy-policy.json"));
            await copy.ReplaceAsync("MessagingPlatform.csproj", "<AdditionalFiles Include=\"privacy-policy.json\" />", "");
            // As in a public solution: a dependency's exact version is not on the feed, NuGet resolves a newer one (NU1603),
            // and TreatWarningsAsErrors turns that into an error of MSBuild's design-time build; the project still loads.
            await copy.ReplaceAsync("MessagingPlatform.csproj", "<Nullable>enable</Nullable>",
                "<Nullable>enable</Nullable>\n    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>\n    <NoWarn>CS1591</NoWarn>");
            await copy.ReplaceAsync("MessagingPlatform.csproj", "<PackageReference Include=\"Serilog\" Version=\"4.3.0\" />",
                "<PackageReference Include=\"Serilog\" Version=\"4.3.0\" />\n    <PackageReference Include=\"Dapper\" Version=\"2.1.60\" />");
        }, "-p:TreatWarningsAsErrors=false");
        Assert.Contains("NU1603", copy.RestoreOutput);

        var (exitCode, json, _, printed) = await PrivacyTool.MapAsync(copy.Folder);
        Assert.True(exitCode == 0, printed);
        Assert.Contains("note: MSBuild reported", printed);
        Assert.Contains("Dapper", printed);
        using var document = JsonDocument.Parse(json);
        Assert.False(document.RootElement.GetProperty("partial").GetBoolean());
        var flows = document.RootElement.GetProperty("projects")[0].GetProperty("flows").EnumerateArray().ToList();
        Assert.Contains(flows, f => f.TryGetProperty("rule", out var rule) && rule.GetString() == "PII1001");
        Assert.DoesNotContain(flows, f => f.TryGetProperty("protection", out var how) && how.GetString() == "allowed by the privacy policy");
    }

    [Fact]
    public async Task The_record_of_processing_lists_categories_destinations_and_the_policys_processors_of_the_sample()
    {
        var output = Directory.CreateTempSubdirectory("privacy-ropa-");
        try
        {
            var (exitCode, printed) = await PrivacyTool.RunAsync("ropa", Sample, "--out", output.FullName);
            Assert.True(exitCode == 0, printed);
            var markdown = await File.ReadAllTextAsync(Path.Combine(output.FullName, "ropa.md"));
            Assert.Contains("| CNIC number | `Customer.Cnic`, `KycSubmission.Cnic`, `KycRecord.Cnic` |", markdown);
            Assert.Contains("| CNIC number | third party | 1 | 1 |", markdown);
            Assert.Contains("| NADRA Verisys | CNIC verification | PK | CNIC number | CNIC number: PK |", markdown);
            Assert.Contains("| Twilio | SMS delivery outside the operators' network | US | message content, phone number | any |", markdown);
            // Retention and purposes from a type's attributes and from the policy's kinds; the rest not declared, never guessed.
            Assert.Contains("| CNIC number | `KycRecord.Cnic` | 30 days (P30D) | [Retention] on its type | Know-your-customer checks the regulator requires |", markdown);
            Assert.Contains("| message content | `SmsMessage.Body` | 90 days (P90D) | privacy-policy.json | Delivering customers' messages |", markdown);
            Assert.Contains("| CNIC number | `Customer.Cnic` | not declared |  | not declared |", markdown);
            Assert.Contains("9 of 13 members have no declared retention", markdown);
            var csv = await File.ReadAllLinesAsync(Path.Combine(output.FullName, "ropa.csv"));
            Assert.Equal("project,category,destination,protected_flows,unprotected_flows,processors,retention,purposes", csv[0]);
            Assert.Contains("MessagingPlatform,CNIC number,third party,1,1,NADRA Verisys,P30D;not declared,Know-your-customer checks the regulator requires", csv);
            Assert.Contains("MessagingPlatform,CNIC number,\"file, cache, session or cookie\",0,1,NADRA Verisys,P30D;not declared,Know-your-customer checks the regulator requires", csv);
            Assert.Contains("MessagingPlatform,passport number,database,1,0,,P30D,Know-your-customer checks the regulator requires", csv);
            Assert.Contains("MessagingPlatform,person name,API response,0,1,,not declared,", csv);
            // Every category and destination of the map is one row.
            var (_, json, _, _) = await PrivacyTool.SampleMap.Value;
            using var document = JsonDocument.Parse(json);
            var pairs = document.RootElement.GetProperty("projects")[0].GetProperty("flows").EnumerateArray()
                .Select(f => (f.GetProperty("kind").GetString(), f.GetProperty("destination").GetString())).Distinct().Count();
            Assert.Equal(pairs, csv.Length - 1);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }
}
