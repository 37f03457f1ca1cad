using System.Diagnostics;
using PrivacyAnalyzers.Tests.Infrastructure;

namespace PrivacyAnalyzers.Tests.Map;

/// <summary>What <c>dotnet privacy map</c> wrote and printed.</summary>
internal sealed record MapRun(int ExitCode, string Json, string Html, string Output);

/// <summary>
/// Runs the built <c>dotnet-privacy</c> as a user runs it: a process that locates MSBuild and loads the project (a test
/// host should not load MSBuild itself). The sample's map is made once and shared by every test that only reads it.
/// </summary>
internal static class PrivacyTool
{
    public static readonly string Sample = Path.Combine(TestReferences.RepositoryRoot, "samples", "MessagingPlatform");

    public static readonly Lazy<Task<MapRun>> SampleMap = new(() => MapAsync(Sample));

    /// <summary>Runs the tool's map into a temporary folder and reads back what it wrote (empty where it wrote nothing).</summary>
    public static async Task<MapRun> MapAsync(string input)
    {
        var output = Directory.CreateTempSubdirectory("privacy-map-");
        try
        {
            var (exitCode, printed) = await RunAsync("map", input, "--out", output.FullName);
            return new MapRun(exitCode, await ReadIfWritten(Path.Combine(output.FullName, "privacy-map.json")),
                await ReadIfWritten(Path.Combine(output.FullName, "privacy-map.html")), printed);
        }
        finally
        {
            output.Delete(recursive: true);
        }

        static async Task<string> ReadIfWritten(string file) => File.Exists(file) ? await File.ReadAllTextAsync(file) : "";
    }

    /// <summary>A copy of the sample's sources (no bin, obj) beside it, so that its project references still reach src/;
    /// the caller changes it, restores it and deletes it.</summary>
    public static string CopyOfSample(string purpose)
    {
        var copy = Path.Combine(TestReferences.RepositoryRoot, "samples", $"MessagingPlatform-{purpose}-{Guid.NewGuid().ToString("N")[..8]}");
        foreach (var file in Directory.GetFiles(Sample, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Sample, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(copy, relative))!);
            File.Copy(file, Path.Combine(copy, relative));
        }

        return copy;
    }

    public static Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) =>
        RunProcessAsync("dotnet", arguments.Prepend(Path.Combine(TestReferences.RepositoryRoot, "src", "PrivacyAnalyzers.Cli", "bin", TestReferences.Configuration, "net10.0", "dotnet-privacy.dll")).ToArray());

    /// <summary>Runs a program to its end; its exit code and its standard output followed by its standard error.</summary>
    public static async Task<(int ExitCode, string Output)> RunProcessAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
