using System.Text;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Reliability;

/// <summary>
/// Findings must not depend on which thread got somewhere first. Many files call the same string helpers at the same
/// moment, and helpers call helpers, so the helper summaries (the flow engine's shared cache) are asked for by several
/// threads while one of them is still computing them. Each run is a fresh compilation analyzed concurrently, and each run
/// must give exactly the full set of expected findings, not one fewer. A cache that lets another thread read a
/// half-made answer (an empty placeholder) loses findings here in some runs.
/// </summary>
public class ConcurrencyTests
{
    private const int Helpers = 40;
    private const int Callers = 64;
    private const int Runs = 12;

    [Fact]
    public async Task Helper_summaries_shared_by_many_threads_lose_no_finding_in_any_run()
    {
        await EveryRunFindsExactly(Sources(), Expected());
    }

    [Fact]
    public async Task Parameter_sinks_and_assigned_members_shared_by_many_threads_lose_no_finding_in_any_run()
    {
        // Two more shared caches: which parameters of a method reach a sink (asked by every caller of Audit{h}.Write, and by
        // every rule), and which untagged members are assigned PII (asked by every read of Holder{h}.Target{h} and by
        // PII5001). Each holder's member has its own name: a name written in more than 32 places is not followed at all.
        await EveryRunFindsExactly(SinkAndAssignmentSources(), SinkAndAssignmentExpected());
    }

    [Fact]
    public async Task Encryption_registrations_and_encrypted_columns_shared_by_many_threads_lose_no_finding_in_any_run()
    {
        // The EF Core state the storage and query rules share: which contexts register encryption on options built
        // elsewhere (searched once per compilation), every context's converted members, asked by every query at once.
        await EveryRunFindsExactly(EncryptedColumnSources(), EncryptedColumnExpected());
    }

    [Fact]
    public async Task Http_client_registrations_shared_by_many_threads_lose_no_finding_in_any_run()
    {
        // The named clients' base addresses PII4003 reads hosts from (searched once per compilation), asked by every
        // request at once.
        await EveryRunFindsExactly(NamedClientSources(), NamedClientExpected());
    }

    private static List<(string Path, string Text)> NamedClientSources()
    {
        var sources = new List<(string, string)>
        {
            ("/Partners/Doc.cs", "using PrivacyAnalyzers.Annotations;\nnamespace Partners;\npublic sealed class Doc { [Pii(PiiKind.Cnic)] public string Cnic { get; set; } = \"\"; }\n"),
        };
        var startup = new StringBuilder("namespace Partners;\npublic static class Startup\n{\n    public static void Configure(IServiceCollection services)\n    {\n");
        for (var c = 0; c < Contexts; c++)
        {
            startup.Append($"        services.AddHttpClient(\"kyc{c}\", client => client.BaseAddress = new Uri(\"https://kyc{c}.partner.example.com/\"));\n");
        }

        sources.Add(("/Partners/Startup.cs", startup.Append("    }\n}\n").ToString()));
        for (var f = 0; f < QueryFiles; f++)
        {
            var sends = new StringBuilder($"namespace Partners;\npublic sealed class Sends{f}\n{{\n");
            for (var c = 0; c < Contexts; c++)
            {
                // Line 4 + c of the file.
                sends.Append($"    public Task Send{c}(IHttpClientFactory factory, Doc d) => factory.CreateClient(\"kyc{c}\").PostAsJsonAsync(\"check\", d.Cnic);\n");
            }

            sources.Add(($"/Partners/Sends{f}.cs", sends.Append("}\n").ToString()));
        }

        return sources;
    }

    private static List<string> NamedClientExpected()
    {
        var expected = new List<string>();
        for (var f = 0; f < QueryFiles; f++)
        {
            for (var c = 0; c < Contexts; c++)
            {
                expected.Add($"PII4003 Sends{f}.cs:{4 + c} 'Doc.Cnic' (CNIC number) is sent by 'HttpClient.PostAsJsonAsync' to kyc{c}.partner.example.com, a third party: "
                    + "no privacy-policy.json says who may receive identity, payment or secret data; leave it out, or declare the processors and what each may receive in that file");
            }
        }

        return expected;
    }

    private const int Contexts = 12;
    private const int QueryFiles = 24;

    private static List<(string Path, string Text)> EncryptedColumnSources()
    {
        var sources = new List<(string, string)>();
        var startup = new StringBuilder("using Microsoft.AspNetCore.DataProtection;\nusing Microsoft.EntityFrameworkCore;\nusing Microsoft.Extensions.DependencyInjection;\n"
            + "using PrivacyAnalyzers.EntityFrameworkCore;\nnamespace Vault;\npublic static class Startup\n{\n    public static void Configure(IServiceCollection services)\n    {\n");
        for (var c = 0; c < Contexts; c++)
        {
            // Line 7 of the file is the DbSet.
            sources.Add(($"/Vault/Ctx{c}.cs", $$"""
                using Microsoft.EntityFrameworkCore;
                using PrivacyAnalyzers.Annotations;
                namespace Vault;
                public sealed class Doc{{c}} { public int Id { get; set; } [Pii(PiiKind.Cnic)] [Encrypted] public string? Cnic{{c}} { get; set; } }
                public sealed class Ctx{{c}}(DbContextOptions<Ctx{{c}}> options) : DbContext(options)
                {
                    public DbSet<Doc{{c}}> Docs => Set<Doc{{c}}>();
                }
                """));

            // Even contexts register encryption where their options are built; odd ones never do (PII3002).
            if (c % 2 == 0)
            {
                startup.Append($"        services.AddDbContext<Ctx{c}>((provider, options) => options.UsePiiEncryption(provider.GetRequiredService<IDataProtectionProvider>()));\n");
            }
        }

        sources.Add(("/Vault/Startup.cs", startup.Append("    }\n}\n").ToString()));
        for (var f = 0; f < QueryFiles; f++)
        {
            var queries = new StringBuilder($"using System.Linq;\nnamespace Vault;\npublic sealed class Queries{f}\n{{\n");
            for (var c = 0; c < Contexts; c++)
            {
                // Line 5 + c of the file.
                queries.Append($"    public Doc{c}? Find{c}(Ctx{c} db, string cnic) => db.Docs.FirstOrDefault(d => d.Cnic{c} == cnic);\n");
            }

            sources.Add(($"/Vault/Queries{f}.cs", queries.Append("}\n").ToString()));
        }

        return sources;
    }

    private static List<string> EncryptedColumnExpected()
    {
        var expected = new List<string>();
        for (var c = 1; c < Contexts; c += 2)
        {
            expected.Add($"PII3002 Ctx{c}.cs:7 'Doc{c}.Cnic{c}' (CNIC number) is marked [Encrypted] but 'Ctx{c}' never registers UsePiiEncryption, so it is stored as written; "
                + "call configurationBuilder.UsePiiEncryption(dataProtectionProvider) in its ConfigureConventions");
        }

        // No Doc declares a retention: PII3010 reads the same model, once per context.
        for (var c = 0; c < Contexts; c++)
        {
            expected.Add($"PII3010 Ctx{c}.cs:7 " + string.Format(PrivacyAnalyzers.Rules.NoDeclaredRetentionAnalyzer.Rule.MessageFormat.ToString(), $"Doc{c}.Cnic{c}", "CNIC number", $"Ctx{c}.Docs"));
        }

        for (var f = 0; f < QueryFiles; f++)
        {
            for (var c = 0; c < Contexts; c++)
            {
                expected.Add($"PII3009 Queries{f}.cs:{5 + c} 'Doc{c}.Cnic{c}' (CNIC number) is stored encrypted, so 'FirstOrDefault' compares ciphertext in the database and matches nothing; "
                    + "query a keyed-hash column (PiiLookupHasher) instead, or filter after loading");
            }
        }

        return expected;
    }

    /// <summary>Each run is a fresh compilation analyzed concurrently; each must give exactly <paramref name="expected"/>.</summary>
    private static async Task EveryRunFindsExactly(List<(string Path, string Text)> sources, List<string> expected)
    {
        var incomplete = new List<string>();
        for (var run = 0; run < Runs; run++)
        {
            // A fresh compilation each run: nothing bound, no cache filled, as at the start of every build.
            var compilation = await WholePackage.CompileAsync(sources);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var result = await WholePackage.AnalyzeAsync(compilation, concurrent: true);
            Assert.Empty(result.Failures);

            var found = result.Diagnostics.Select(Describe).ToList();
            var missing = expected.Except(found).ToList();
            var unexpected = found.Except(expected).ToList();
            if (missing.Count > 0 || unexpected.Count > 0 || found.Count != expected.Count)
            {
                incomplete.Add($"run {run}: {found.Count} of {expected.Count}; missing e.g. {string.Join(" / ", missing.Take(3))}; unexpected e.g. {string.Join(" / ", unexpected.Take(3))}");
            }
        }

        Assert.True(incomplete.Count == 0, string.Join(Environment.NewLine, incomplete));
    }

    private static List<(string Path, string Text)> SinkAndAssignmentSources()
    {
        var sources = new List<(string, string)>();
        var subscriber = new StringBuilder("using PrivacyAnalyzers.Annotations;\nnamespace Probe;\npublic sealed class Subscriber\n{\n");
        for (var m = 0; m <= Helpers; m++)
        {
            subscriber.Append($"    [Pii(PiiKind.Cnic)] public string Doc{m} {{ get; set; }} = \"\";\n");
        }

        sources.Add(("/Probe/Subscriber.cs", subscriber.Append("}\n").ToString()));
        for (var h = 0; h < Helpers; h++)
        {
            // An even audit also hands the value to the next one: a summary that follows another method.
            var next = h % 2 == 0 ? $"\n        if (value.Length > 100) Audit{h + 1}.Write(logger, value);" : string.Empty;
            sources.Add(($"/Probe/Audit{h}.cs", $$"""
                using Microsoft.Extensions.Logging;
                namespace Probe;
                public static class Audit{{h}}
                {
                    public static void Write(ILogger logger, string value)
                    {
                        logger.LogInformation("{Value}", value);{{next}}
                    }
                }
                """));
            sources.Add(($"/Probe/Holder{h}.cs", $$"""
                namespace Probe;
                public sealed class Holder{{h}}
                {
                    public string Target{{h}} { get; set; } = "";
                    public static Holder{{h}} Make(Subscriber s) => new Holder{{h}} { Target{{h}} = s.Doc{{h}} };
                }
                """));
        }

        for (var f = 0; f < Callers; f++)
        {
            var caller = new StringBuilder($"using Microsoft.Extensions.Logging;\nnamespace Probe;\npublic sealed class Caller{f}(ILogger<Caller{f}> logger)\n{{\n    public void Run(Subscriber s)\n    {{\n");
            for (var h = 0; h < Helpers; h++)
            {
                // Lines 7 + 2h and 8 + 2h of the file.
                caller.Append($"        Audit{h}.Write(logger, s.Doc{h});\n");
                caller.Append($"        logger.LogInformation(\"{{Target}}\", new Holder{h}().Target{h});\n");
            }

            sources.Add(($"/Probe/Caller{f}.cs", caller.Append("    }\n}\n").ToString()));
        }

        return sources;
    }

    private static List<string> SinkAndAssignmentExpected()
    {
        const string Mask = "mask it with Pii.Mask or log a non-identifying fact instead";
        var expected = new List<string>();
        for (var h = 0; h < Helpers; h++)
        {
            expected.Add($"PII5001 Holder{h}.cs:4 'Holder{h}.Target{h}' (CNIC number) looks like personal data from what the code assigns it ('Subscriber.Doc{h}') "
                + "but is not tagged; add [Pii(PiiKind.Cnic)] so every rule treats it as such");
        }

        for (var f = 0; f < Callers; f++)
        {
            for (var h = 0; h < Helpers; h++)
            {
                expected.Add($"PII1001 Caller{f}.cs:{7 + (2 * h)} 'Subscriber.Doc{h}' (CNIC number) is written to a log by 'ILogger.LogInformation in Audit{h}.Write'; {Mask}");
                expected.Add($"PII1001 Caller{f}.cs:{8 + (2 * h)} 'Holder{h}.Target{h}' (CNIC number) is written to a log by 'ILogger.LogInformation'; {Mask}");
            }
        }

        return expected;
    }

    private static string Describe(Diagnostic d) =>
        $"{d.Id} {Path.GetFileName(d.Location.SourceTree!.FilePath)}:{d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.GetMessage()}";

    /// <summary>Helper h reads member Doc{h}; an even helper also calls the next one, so it carries Doc{h} and Doc{h+1}.</summary>
    private static IEnumerable<int> MembersOf(int helper) => helper % 2 == 0 ? new[] { helper, helper + 1 } : new[] { helper };

    private static List<(string Path, string Text)> Sources()
    {
        var sources = new List<(string, string)>();
        var subscriber = new StringBuilder("using PrivacyAnalyzers.Annotations;\nnamespace Probe;\npublic sealed class Subscriber\n{\n");
        for (var m = 0; m < Helpers; m++)
        {
            subscriber.Append($"    [Pii(PiiKind.Cnic)] public string Doc{m} {{ get; set; }} = \"\";\n");
        }

        sources.Add(("/Probe/Subscriber.cs", subscriber.Append("}\n").ToString()));

        // Each helper in its own file, so that summarizing it binds a file nobody has bound yet.
        for (var h = 0; h < Helpers; h++)
        {
            var next = h % 2 == 0 ? $" + \" / \" + Helper{h + 1}.Describe(s)" : string.Empty;
            sources.Add(($"/Probe/Helper{h}.cs", $$"""
                namespace Probe;
                public static class Helper{{h}}
                {
                    public static string Describe(Subscriber s)
                    {
                        var label = "document " + {{h}};
                        var value = s.Doc{{h}}.Trim();
                        return label + ": " + value{{next}};
                    }
                }
                """));
        }

        for (var f = 0; f < Callers; f++)
        {
            var caller = new StringBuilder($"using Microsoft.Extensions.Logging;\nnamespace Probe;\npublic sealed class Caller{f}(ILogger<Caller{f}> logger)\n{{\n    public void Run(Subscriber s)\n    {{\n");
            for (var h = 0; h < Helpers; h++)
            {
                // Line 7 + h of the file.
                caller.Append($"        logger.LogInformation(Helper{h}.Describe(s));\n");
            }

            sources.Add(($"/Probe/Caller{f}.cs", caller.Append("    }\n}\n").ToString()));
        }

        return sources;
    }

    private static List<string> Expected()
    {
        var expected = new List<string>();
        for (var f = 0; f < Callers; f++)
        {
            for (var h = 0; h < Helpers; h++)
            {
                foreach (var member in MembersOf(h))
                {
                    expected.Add($"PII1001 Caller{f}.cs:{7 + h} 'Subscriber.Doc{member}' (CNIC number) is written to a log by 'ILogger.LogInformation'; "
                        + "mask it with Pii.Mask or log a non-identifying fact instead");
                }
            }
        }

        return expected;
    }
}
