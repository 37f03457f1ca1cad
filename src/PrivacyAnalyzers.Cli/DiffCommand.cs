using System.Text.Json;

namespace PrivacyAnalyzers.Cli;

/// <summary>
/// <c>dotnet privacy diff &lt;old.json&gt; &lt;new.json&gt;</c>: the flows of the new map that the old one does not have
/// (a new unprotected flow, one that lost its protection) and those it no longer has. A flow is the same flow when its
/// project, file, destination, members and message are, wherever its line moved. Exit codes: 0 nothing new is
/// unprotected, 1 a new unprotected flow appeared (CI fails the pull request), 2 a map could not be read.
/// </summary>
internal static class DiffCommand
{
    public static int Run(FileInfo oldMap, FileInfo newMap)
    {
        List<Flow> before, after;
        try
        {
            before = Read(oldMap);
            after = Read(newMap);
        }
        catch (Exception e) when (e is IOException or JsonException or KeyNotFoundException or InvalidOperationException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"dotnet privacy diff: a map could not be read: {e.Message}");
            return 2;
        }

        var added = Without(after, before);
        var removed = Without(before, after);
        var protectedBefore = before.Where(f => f.Status == "protected").Select(f => (f.Project, f.File, f.Destination, f.Members)).ToHashSet();
        var newUnprotected = added.Where(f => f.Status == "unprotected").ToList();
        foreach (var flow in newUnprotected)
        {
            var lost = protectedBefore.Contains((flow.Project, flow.File, flow.Destination, flow.Members))
                && !after.Any(f => f.Status == "protected" && (f.Project, f.File, f.Destination, f.Members) == (flow.Project, flow.File, flow.Destination, flow.Members));
            Console.WriteLine($"{(lost ? "lost protection" : "new unprotected")}: {flow.File}:{flow.Line} {flow.Rule} {flow.Message}");
        }

        foreach (var flow in added.Where(f => f.Status == "protected"))
        {
            Console.WriteLine($"new protected: {flow.File}:{flow.Line} {flow.Message}");
        }

        foreach (var flow in removed.Where(f => f.Status == "unprotected"))
        {
            Console.WriteLine($"gone: {flow.File}:{flow.Line} {flow.Rule} {flow.Message}");
        }

        Console.WriteLine($"{newUnprotected.Count} new unprotected flows, {removed.Count(f => f.Status == "unprotected")} unprotected flows gone");
        return newUnprotected.Count > 0 ? 1 : 0;
    }

    private sealed record Flow(string Project, string File, int Line, string? Rule, string Destination, string Members, string Status, string Message)
    {
        /// <summary>What makes two flows the same flow: everything but the line.</summary>
        public (string, string, string, string, string, string) Identity => (Project, File, Destination, Members, Status, Message);
    }

    /// <summary>The flows of <paramref name="these"/> that <paramref name="others"/> does not have, counted as a multiset.</summary>
    private static List<Flow> Without(List<Flow> these, List<Flow> others)
    {
        var remaining = others.GroupBy(f => f.Identity).ToDictionary(g => g.Key, g => g.Count());
        var result = new List<Flow>();
        foreach (var flow in these)
        {
            if (remaining.TryGetValue(flow.Identity, out var count) && count > 0)
            {
                remaining[flow.Identity] = count - 1;
            }
            else
            {
                result.Add(flow);
            }
        }

        return result;
    }

    private static List<Flow> Read(FileInfo map)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(map.FullName));
        var format = document.RootElement.GetProperty("formatVersion").GetInt32();
        if (format != PrivacyMapJson.FormatVersion)
        {
            throw new InvalidOperationException($"{map.Name} has format {format}; this tool reads format {PrivacyMapJson.FormatVersion}");
        }

        var flows = new List<Flow>();
        foreach (var project in document.RootElement.GetProperty("projects").EnumerateArray())
        {
            var name = project.GetProperty("name").GetString()!;
            foreach (var flow in project.GetProperty("flows").EnumerateArray())
            {
                flows.Add(new Flow(
                    name, flow.GetProperty("file").GetString()!, flow.GetProperty("line").GetInt32(),
                    flow.TryGetProperty("rule", out var rule) ? rule.GetString() : null,
                    flow.GetProperty("destination").GetString()!,
                    string.Join(";", flow.GetProperty("members").EnumerateArray().Select(m => m.GetString())),
                    flow.GetProperty("status").GetString()!, flow.GetProperty("message").GetString()!));
            }
        }

        return flows;
    }
}
