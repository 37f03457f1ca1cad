namespace PrivacyAnalyzers.Cli;

/// <summary><c>dotnet privacy map &lt;solution-or-project&gt; --out &lt;dir&gt;</c>. Exit codes: 0 the map is whole, 1 the
/// input could not be loaded at all, 2 the map was written but is partial (a project that did not load or compile, or a
/// policy file with a problem: its <c>problems</c> say which).</summary>
internal static class MapCommand
{
    public const string JsonFileName = "privacy-map.json";
    public const string HtmlFileName = "privacy-map.html";

    public static Task<int> RunAsync(string input, DirectoryInfo output, CancellationToken cancellation) =>
        WithMapAsync(input, output, cancellation, async (map, folder) =>
        {
            var file = Path.Combine(folder, JsonFileName);
            await File.WriteAllTextAsync(file, PrivacyMapJson.Write(map), cancellation);
            await File.WriteAllTextAsync(Path.Combine(folder, HtmlFileName), PrivacyMapHtml.Write(map, Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(input)))), cancellation);
            var unprotected = map.Projects.Sum(p => p.Flows.Count(f => f.Status == "unprotected"));
            var protectedFlows = map.Projects.Sum(p => p.Flows.Count(f => f.Status == "protected"));
            var elements = map.Projects.Sum(p => p.Elements.Count);
            Console.WriteLine($"{file} and {HtmlFileName}: {elements} personal-data members, {unprotected} unprotected and {protectedFlows} protected flows in {map.Projects.Count} project{(map.Projects.Count == 1 ? "" : "s")}");
        });

    /// <summary>Loads and maps <paramref name="input"/>, then lets <paramref name="write"/> write its files into
    /// <paramref name="output"/>: the exit codes of every command that starts from the code (map, ropa).</summary>
    public static async Task<int> WithMapAsync(string input, DirectoryInfo output, CancellationToken cancellation, Func<PrivacyMap, string, Task> write)
    {
        if (ResolveInput(input) is not { } path)
        {
            Console.Error.WriteLine($"dotnet privacy: '{input}' is not a .sln, .slnx or .csproj file, nor a folder holding exactly one of them.");
            return 1;
        }

        PrivacyMap map;
        try
        {
            map = await MapProgress.RunAsync(progress => PrivacyMapBuilder.BuildAsync(path, progress, cancellation));
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or ArgumentException)
        {
            Console.Error.WriteLine($"dotnet privacy: {path} could not be loaded: {e.Message}");
            return 1;
        }

        output.Create();
        await write(map, output.FullName);
        foreach (var problem in map.Problems)
        {
            Console.Error.WriteLine("partial map: " + problem);
        }

        return map.IsPartial ? 2 : 0;
    }

    /// <summary>The file itself, or the one solution (else the one project) in a folder.</summary>
    private static string? ResolveInput(string input)
    {
        if (File.Exists(input))
        {
            return input.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || input.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase)
                || input.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) ? input : null;
        }

        if (!Directory.Exists(input))
        {
            return null;
        }

        var solutions = Directory.GetFiles(input, "*.sln").Concat(Directory.GetFiles(input, "*.slnx")).ToList();
        if (solutions.Count == 1)
        {
            return solutions[0];
        }

        var projects = Directory.GetFiles(input, "*.csproj");
        return solutions.Count == 0 && projects.Length == 1 ? projects[0] : null;
    }
}
