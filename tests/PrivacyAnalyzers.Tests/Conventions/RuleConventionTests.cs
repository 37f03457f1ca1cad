using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Conventions;

/// <summary>Every rule keeps the project's conventions: ID range and format, one category, help link to its page,
/// a page with every section, a README row, a release-tracking line, one analyzer per file, a fixer per fixable rule.</summary>
public class RuleConventionTests
{
    private static readonly string Root = TestReferences.RepositoryRoot;

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in Descriptors())
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Fact]
    public void There_are_rules_and_their_ids_are_unique()
    {
        var ids = Descriptors().Select(d => d.Id).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Descriptor_follows_the_conventions(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);
        Assert.Matches(@"^PII[1-59]\d{3}$", descriptor.Id);
        Assert.Equal("Privacy", descriptor.Category);
        Assert.True(descriptor.IsEnabledByDefault);
        // The link is the published repository's page: the same URL the packages carry as project and repository URL.
        Assert.Equal(PackageRepositoryUrl + "/blob/main/docs/rules/" + id + ".md", descriptor.HelpLinkUri);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()));
        // Messages name the member and kind through arguments, never a value.
        Assert.Contains("'{0}' ({1})", descriptor.MessageFormat.ToString());
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_page_exists_with_every_section(string id)
    {
        var path = Path.Combine(Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(path), $"missing {path}");
        var page = File.ReadAllText(path);
        Assert.StartsWith("# " + id + ":", page);
        foreach (var section in new[] { "## Cause", "## Why it matters", "## Non-compliant code", "## Compliant code", "## How to fix", "## Configuration", "## How to suppress" })
        {
            Assert.Contains(section, page);
        }

        Assert.Contains("dotnet_diagnostic." + id + ".severity", page);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_page_quotes_the_promise_and_cites_nothing_a_user_cannot_read(string id)
    {
        var page = File.ReadAllText(Path.Combine(Root, "docs", "rules", id + ".md"));
        var why = page[(page.IndexOf("## Why it matters", StringComparison.Ordinal) + "## Why it matters".Length)..];
        var firstParagraph = why.Trim().Split("\n\n")[0];
        Assert.Matches("\"[^\"]{12,}\"", firstParagraph);
        // The policies behind the rules are not shipped: no clause numbers, no paths to them.
        Assert.DoesNotContain("§", page);
        Assert.DoesNotMatch(@"[Pp]olic(y|ies) 00\d|\b00\d §|policies/", page);
    }

    /// <summary>The URL the packages are published with (Directory.Build.props), passed to the tests by the build.</summary>
    private static string PackageRepositoryUrl =>
        typeof(RuleConventionTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "PrivacyAnalyzersRepositoryUrl").Value!;

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_is_in_the_readme_table_and_release_tracking(string id)
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        Assert.Contains($"| [{id}](docs/rules/{id}.md) |", readme);

        var releases = File.ReadAllLines(Path.Combine(Root, "src", "PrivacyAnalyzers", "AnalyzerReleases.Unshipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(Root, "src", "PrivacyAnalyzers", "AnalyzerReleases.Shipped.md")));
        Assert.Single(releases, line => line.StartsWith(id + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_rule_page_belongs_to_a_rule_or_a_build_warning()
    {
        var ids = Descriptors().Select(d => d.Id).Concat(BuildWarningIds()).ToHashSet();
        var pages = Directory.GetFiles(Path.Combine(Root, "docs", "rules"), "*.md").Select(Path.GetFileNameWithoutExtension);
        Assert.All(pages, page => Assert.Contains(page!, ids));
    }

    [Fact]
    public void Build_warnings_of_the_package_have_a_page_a_readme_row_and_a_link()
    {
        var targets = File.ReadAllText(PackageTargets);
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var ruleIds = Descriptors().Select(d => d.Id).ToHashSet();
        var warningIds = BuildWarningIds().ToList();
        Assert.NotEmpty(warningIds);
        foreach (var id in warningIds)
        {
            Assert.Matches(@"^PII9\d{3}$", id);
            Assert.DoesNotContain(id, ruleIds);
            var page = File.ReadAllText(Path.Combine(Root, "docs", "rules", id + ".md"));
            Assert.StartsWith("# " + id + ":", page);
            Assert.Contains($"| [{id}](docs/rules/{id}.md) |", readme);
            Assert.Contains(PrivacyAnalyzers.RuleDescriptors.HelpLinkBase + id + ".md", targets);
        }
    }

    /// <summary>Codes of the MSBuild warnings the package's targets raise (they have no descriptor).</summary>
    private static IEnumerable<string> BuildWarningIds() =>
        Regex.Matches(File.ReadAllText(PackageTargets), @"Code=""(PII\d{4})""").Select(m => m.Groups[1].Value);

    private static string PackageTargets => Path.Combine(Root, "src", "PrivacyAnalyzers.Package", "build", "PrivacyAnalyzers.targets");

    [Fact]
    public void Each_analyzer_lives_in_its_own_file_named_after_it()
    {
        var rulesFolder = Path.Combine(Root, "src", "PrivacyAnalyzers", "Rules");
        foreach (var analyzer in AnalyzerTypes())
        {
            var file = Path.Combine(rulesFolder, analyzer.Name + ".cs");
            Assert.True(File.Exists(file), $"{analyzer.Name} should be in {file}");
            Assert.Single(Regex.Matches(File.ReadAllText(file), @"\[DiagnosticAnalyzer\("));
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_that_promises_a_fix_has_a_fixer(string id)
    {
        var page = File.ReadAllText(Path.Combine(Root, "docs", "rules", id + ".md"));
        var promisesFix = page.Contains("| Code fix | Yes", StringComparison.Ordinal);
        var fixable = typeof(PrivacyAnalyzers.CodeFixes.MaskPiiCodeFix).Assembly.GetTypes()
            .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds);
        Assert.Equal(promisesFix, fixable.Contains(id));
    }

    /// <summary>The analyzers a build runs: those exported with <c>[DiagnosticAnalyzer]</c>.</summary>
    private static IEnumerable<Type> AnalyzerTypes() =>
        typeof(PrivacyAnalyzers.Rules.PiiLoggedAnalyzer).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract
                && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0);

    [Fact]
    public void Only_the_privacy_map_recorder_is_not_exported_to_builds()
    {
        var unexported = typeof(PrivacyAnalyzers.Rules.PiiLoggedAnalyzer).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .Except(AnalyzerTypes());
        Assert.Equal(new[] { typeof(PrivacyAnalyzers.Map.ProtectedFlowRecorder) }, unexported);
    }

    private static IEnumerable<DiagnosticDescriptor> Descriptors() =>
        AnalyzerTypes().SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics);
}
