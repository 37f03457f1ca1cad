using System.Text.Json;
using Microsoft.Playwright;
using Xunit;

namespace PrivacyAnalyzers.Tests.Map;

/// <summary>
/// The sample's <c>privacy-map.html</c>, opened from disk in headless Chromium (Debian's package, driven by Playwright):
/// it asks the network for nothing, shows every member and flow of the JSON map with its status, draws one line per kind,
/// destination and status, and its filters (and the picture's names) show exactly the flows and members that match.
/// </summary>
public class PrivacyMapPageTests
{
    [BrowserFact]
    public async Task The_page_opens_from_disk_without_the_network_and_shows_every_member_and_flow_of_the_map()
    {
        await using var session = await PageSession.OpenSampleAsync();
        var page = session.Page;
        var (elements, flows) = session.Map;

        Assert.Empty(session.Requests);
        Assert.Empty(session.Errors);
        var unprotected = flows.Count(f => f.Status == "unprotected");
        Assert.Equal($"{elements.Count} personal-data members, {unprotected} unprotected and {flows.Count - unprotected} protected flows, in 1 project.",
            await page.Locator("#summary").InnerTextAsync());

        var memberCells = await page.Locator("#elements tbody tr td:first-child").AllInnerTextsAsync();
        Assert.Equal(elements.Select(e => e.Member).Order(StringComparer.Ordinal), memberCells.Order(StringComparer.Ordinal));
        var flowRows = await page.Locator("#flows tbody tr").EvaluateAllAsync<string[]>(
            "rows => rows.map(r => r.dataset.status + ' ' + r.dataset.destination + ' ' + r.cells[5].textContent)");
        Assert.Equal(flows.Select(f => $"{f.Status} {f.Destination} {f.File}:{f.Line}").Order(StringComparer.Ordinal), flowRows.Order(StringComparer.Ordinal));
        Assert.Contains("unprotected log Customers/KycService.cs:16", flowRows);
        Assert.Contains("protected third party Customers/NadraVerification.cs:10", flowRows);
        var retentions = await page.Locator("#elements tbody tr").EvaluateAllAsync<string[]>(
            "rows => rows.map(r => r.cells[0].textContent + ' ' + r.cells[4].textContent + ' ' + r.cells[5].textContent)");
        Assert.Contains("KycRecord.Cnic P30D (type) Know-your-customer checks the regulator requires", retentions);
        Assert.Contains("Customer.Cnic not declared not declared", retentions);

        // One line of the picture per kind, destination and status, as wide as its count says.
        var lines = await page.Locator("#picture path").EvaluateAllAsync<string[]>(
            "paths => paths.map(p => p.dataset.destination + ' ' + p.dataset.status + ' ' + p.dataset.count)");
        Assert.Equal(flows.GroupBy(f => (f.Kind, f.Destination, f.Status)).Count(), lines.Length);
        var cnicToThirdParty = flows.Count(f => f.Kind == "Cnic" && f.Destination == "third party" && f.Status == "unprotected");
        Assert.Equal(cnicToThirdParty, int.Parse(await page.Locator("#picture path.unprotected[data-kind='CNIC number'][data-destination='third party']").GetAttributeAsync("data-count") ?? "0"));
    }

    [BrowserFact]
    public async Task The_filters_show_exactly_the_flows_and_members_of_the_chosen_kind_destination_and_status()
    {
        await using var session = await PageSession.OpenSampleAsync();
        var page = session.Page;
        var (elements, flows) = session.Map;

        await page.SelectOptionAsync("#filter-kind", "Cnic");
        var cnicFlows = flows.Where(f => f.Kind == "Cnic").ToList();
        Assert.NotEmpty(cnicFlows);
        Assert.Equal(cnicFlows.Count, await page.Locator("#flows tbody tr:visible").CountAsync());
        Assert.All(await page.Locator("#flows tbody tr:visible").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.kind)"), kind => Assert.Equal("Cnic", kind));
        Assert.Equal(elements.Count(e => e.Kind == "Cnic"), await page.Locator("#elements tbody tr:visible").CountAsync());
        Assert.Equal(cnicFlows.Select(f => f.Destination).Distinct().Count(), await page.Locator("#picture text[text-anchor='start']").CountAsync());

        await page.SelectOptionAsync("#filter-status", "protected");
        var protectedCnic = cnicFlows.Where(f => f.Status == "protected").ToList();
        Assert.NotEmpty(protectedCnic);
        Assert.Equal(protectedCnic.Count, await page.Locator("#flows tbody tr:visible").CountAsync());
        Assert.Equal($"{protectedCnic.Count} of {flows.Count} flows, {elements.Count(e => e.Kind == "Cnic" && protectedCnic.Any(f => f.Members.Contains(e.DocumentationId)))} of {elements.Count} members shown",
            await page.Locator("#shown").InnerTextAsync());

        // Clearing kind and status and clicking a destination's name in the picture filters by that destination.
        await page.SelectOptionAsync("#filter-kind", "");
        await page.SelectOptionAsync("#filter-status", "");
        await page.Locator("#picture text", new() { HasTextString = "third party" }).ClickAsync();
        Assert.Equal("third party", await page.InputValueAsync("#filter-destination"));
        var shared = flows.Where(f => f.Destination == "third party").ToList();
        Assert.Equal(shared.Count, await page.Locator("#flows tbody tr:visible").CountAsync());
        Assert.Equal(elements.Count(e => shared.Any(f => f.Members.Contains(e.DocumentationId))), await page.Locator("#elements tbody tr:visible").CountAsync());
        Assert.Empty(session.Errors);
    }

    private sealed record Element(string Member, string DocumentationId, string Kind);

    private sealed record Flow(string Kind, string Destination, string Status, string File, int Line, string[] Members);

    /// <summary>A browser with the sample's page open; records every request the page makes and every script error.</summary>
    private sealed class PageSession : IAsyncDisposable
    {
        private readonly IPlaywright playwright;
        private readonly IBrowser browser;
        private readonly string folder;

        private PageSession(IPlaywright playwright, IBrowser browser, IPage page, string folder, (List<Element>, List<Flow>) map)
        {
            this.playwright = playwright;
            this.browser = browser;
            this.folder = folder;
            Page = page;
            Map = map;
        }

        public IPage Page { get; }

        public (List<Element> Elements, List<Flow> Flows) Map { get; }

        public List<string> Requests { get; } = new();

        public List<string> Errors { get; } = new();

        public static async Task<PageSession> OpenSampleAsync()
        {
            var run = await PrivacyTool.SampleMap.Value;
            Assert.True(run.ExitCode == 0, run.Output);
            var folder = Directory.CreateTempSubdirectory("privacy-page-").FullName;
            var file = Path.Combine(folder, "privacy-map.html");
            await File.WriteAllTextAsync(file, run.Html);

            var playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = BrowserFactAttribute.Chromium,
                Headless = true,
                // Root in CI has no sandbox; the rest keep Chromium from reaching for Google's services on a closed network.
                Args = new[] { "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync" },
            });
            var page = await browser.NewPageAsync();
            var session = new PageSession(playwright, browser, page, folder, Parse(run.Json));
            page.Request += (_, request) =>
            {
                if (request.Url != new Uri(file).AbsoluteUri)
                {
                    session.Requests.Add(request.Url);
                }
            };
            page.PageError += (_, error) => session.Errors.Add(error);
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    session.Errors.Add(message.Text);
                }
            };
            await page.GotoAsync(new Uri(file).AbsoluteUri);
            return session;
        }

        public async ValueTask DisposeAsync()
        {
            await browser.DisposeAsync();
            playwright.Dispose();
            Directory.Delete(folder, recursive: true);
        }

        private static (List<Element>, List<Flow>) Parse(string json)
        {
            using var document = JsonDocument.Parse(json);
            var project = Assert.Single(document.RootElement.GetProperty("projects").EnumerateArray());
            var elements = project.GetProperty("elements").EnumerateArray()
                .Select(e => new Element(e.GetProperty("member").GetString()!, e.GetProperty("documentationId").GetString()!, e.GetProperty("kind").GetString()!))
                .ToList();
            var flows = project.GetProperty("flows").EnumerateArray()
                .Select(f => new Flow(f.GetProperty("kind").GetString()!, f.GetProperty("destination").GetString()!, f.GetProperty("status").GetString()!,
                    f.GetProperty("file").GetString()!, f.GetProperty("line").GetInt32(), f.GetProperty("members").EnumerateArray().Select(m => m.GetString()!).ToArray()))
                .ToList();
            return (elements, flows);
        }
    }
}

/// <summary>
/// A test that needs headless Chromium (<c>/usr/bin/chromium</c>, or the path in <c>PRIVACYANALYZERS_CHROMIUM</c>). On a
/// machine without it the test is skipped with the command that installs it; CI installs it and sets
/// <c>PRIVACYANALYZERS_REQUIRE_BROWSER=1</c>, under which a missing browser fails the test instead of skipping it.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public static readonly string Chromium = Environment.GetEnvironmentVariable("PRIVACYANALYZERS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium) && Environment.GetEnvironmentVariable("PRIVACYANALYZERS_REQUIRE_BROWSER") != "1")
        {
            Skip = $"headless Chromium is not at {Chromium}: install it with 'apt-get install chromium' (.ci/run does)";
        }
    }
}
