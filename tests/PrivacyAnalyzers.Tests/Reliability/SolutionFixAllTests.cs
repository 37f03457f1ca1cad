using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Reliability;

/// <summary>
/// "Fix all occurrences in solution" for every fixer, over a solution of three projects where a finding in one project
/// is fixed in another (an entity in Domain, serialized and logged in Web, stored in Data). Afterwards every project
/// compiles, and only the findings that have no automatic fix remain.
/// </summary>
public class SolutionFixAllTests
{
    private const string Domain = """
        using PrivacyAnalyzers.Annotations;

        namespace Domain;

        public class Customer
        {
            public int Id { get; set; }
            [Pii(PiiKind.Cnic)] public string Cnic { get; set; } = "";
            public string CardNumber { get; set; } = "";
            public string Cvv { get; set; } = "";
            public string Email { get; set; } = "";
            public string Password { get; set; } = "";
        }

        public class KycDocument
        {
            public int Id { get; set; }
            public string PassportNumber { get; set; } = "";
            public string MobileNumber { get; set; } = "";
        }
        """;

    private const string Data = """
        using Domain;
        using Microsoft.AspNetCore.DataProtection;
        using Microsoft.Data.Sqlite;
        using Microsoft.EntityFrameworkCore;
        using PrivacyAnalyzers.EntityFrameworkCore;

        namespace Data;

        public class ShopContext(DbContextOptions<ShopContext> options, IDataProtectionProvider protection) : DbContext(options)
        {
            public DbSet<Customer> Customers => Set<Customer>();
            public DbSet<KycDocument> Documents => Set<KycDocument>();

            protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.UsePiiEncryption(protection);
        }

        public class KycWriter(SqliteConnection connection, IDataProtector protector)
        {
            public void Save(Customer customer)
            {
                using var command = connection.CreateCommand();
                command.CommandText = "insert into kyc (cnic) values (@cnic)";
                command.Parameters.AddWithValue("@cnic", customer.Cnic);
                command.ExecuteNonQuery();
            }
        }
        """;

    private const string Web = """
        using System.Text.Json;
        using Domain;
        using Microsoft.AspNetCore.Mvc;

        namespace Web;

        [ApiController]
        [Route("documents")]
        public class DocumentsController(ILogger<DocumentsController> logger) : ControllerBase
        {
            [HttpGet("{id}")]
            public ActionResult<KycDocument> Get(int id)
            {
                var document = new KycDocument { Id = id };
                logger.LogInformation("Returning document {Number}", document.PassportNumber);
                return document;
            }
        }

        public static class CustomerExport
        {
            public static string ToJson(Customer customer) => JsonSerializer.Serialize(customer);

            public static void Print(Customer customer) => Console.WriteLine($"Customer {customer.Id}: {customer.Cnic}");
        }
        """;

    [Fact]
    public async Task Fix_all_in_solution_for_every_fixer_across_projects_leaves_code_that_compiles()
    {
        var solution = await WholePackage.SolutionAsync(
            ("Domain", Array.Empty<string>(), new[] { ("/Domain/Customer.cs", Domain) }),
            ("Data", new[] { "Domain" }, new[] { ("/Data/ShopContext.cs", Data) }),
            ("Web", new[] { "Domain" }, new[] { ("/Web/DocumentsController.cs", Web) }));
        await AssertCompilesAsync(solution);
        var before = await WholePackage.AnalyzeAsync(solution);
        Assert.True(before.Failures.Count == 0, string.Join("\n", before.Failures));

        // Discovery first, as a team adopting the package would: tagging makes the other rules see the tagged members.
        var fixers = WholePackage.Fixers.OrderBy(f => f is PrivacyAnalyzers.CodeFixes.TagPiiCodeFix ? 0 : 1).ToList();
        var applied = new List<string>();
        foreach (var fixer in fixers)
        {
            // Each distinct default fix (the first one offered) of this fixer, applied to the whole solution.
            var keys = new List<string>();
            foreach (var diagnostic in (await WholePackage.AnalyzeAsync(solution)).Diagnostics.Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)))
            {
                if (solution.GetDocument(diagnostic.Location.SourceTree) is { } document
                    && (await WholePackage.ActionsAsync(fixer, document, diagnostic, CancellationToken.None)).FirstOrDefault()?.EquivalenceKey is { } key
                    && !keys.Contains(key))
                {
                    keys.Add(key);
                }
            }

            foreach (var key in keys)
            {
                solution = await WholePackage.FixAllInSolutionAsync(solution, fixer, key);
                applied.Add(fixer.GetType().Name);
            }
        }

        // Every fixer of the package had something to fix here, so each one's Fix All ran across projects.
        Assert.Equal(fixers.Select(f => f.GetType().Name).OrderBy(n => n), applied.Distinct().OrderBy(n => n));
        await AssertCompilesAsync(solution);

        var after = await WholePackage.AnalyzeAsync(solution);
        Assert.True(after.Failures.Count == 0, string.Join("\n", after.Failures));
        var remaining = after.Diagnostics.Select(d => $"{d.Id} {d.GetMessage().Split('\'')[1]}").OrderBy(d => d, StringComparer.Ordinal).ToList();
        Assert.Equal(
            new[] { "PII3003 Customer.Password", "PII3005 Customer.CardNumber" },
            remaining.Where(d => !d.StartsWith("PII9004 ", StringComparison.Ordinal)));
        Assert.True(before.Diagnostics.Length > 10, $"only {before.Diagnostics.Length} findings before the fixes");

        // The retention fix writes a placeholder only the team can fill: PII9004 reports each one until it does.
        var domain = await TextAsync(solution, "Domain");
        var placeholders = domain.Split("Retention(\"TODO: ISO 8601 period, e.g. P30D\")").Length - 1;
        Assert.True(placeholders > 0, "the retention fix wrote no placeholder");
        Assert.Equal(placeholders, remaining.Count(d => d.StartsWith("PII9004 ", StringComparison.Ordinal)));
        Assert.Contains("[Encrypted]", domain);
        Assert.Contains("[NotMapped]", domain);
        Assert.Contains("[JsonIgnore]", domain);
        Assert.Contains("[Pii(PiiKind.Email)]", domain);
        Assert.Contains("Pii.Mask(document.PassportNumber, PiiKind.Passport)", await TextAsync(solution, "Web"));
        Assert.Contains("protector.Protect(customer.Cnic)", await TextAsync(solution, "Data"));
    }

    private static async Task AssertCompilesAsync(Solution solution)
    {
        foreach (var project in solution.Projects)
        {
            var errors = (await project.GetCompilationAsync())!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, $"{project.Name} does not compile:\n" + string.Join("\n", errors));
        }
    }

    private static async Task<string> TextAsync(Solution solution, string projectName) =>
        (await solution.Projects.Single(p => p.Name == projectName).Documents.First().GetTextAsync()).ToString();
}
