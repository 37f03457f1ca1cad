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

/// <summary>
/// A copy of the sample's sources (no bin, obj) beside it, so that its project references still reach src/: changed by
/// the test, restored, and deleted when disposed.
/// </summary>
internal sealed class SampleCopy : IDisposable
{
    private SampleCopy(string folder) => Folder = folder;

    public string Folder { get; }

    public string RestoreOutput { get; private set; } = "";

    public static async Task<SampleCopy> CreateAsync(string purpose, Func<SampleCopy, Task> change, params string[] restoreArguments)
    {
        var copy = new SampleCopy(Path.Combine(TestReferences.RepositoryRoot, "samples", $"MessagingPlatform-{purpose}-{Guid.NewGuid().ToString("N")[..8]}"));
        try
        {
            foreach (var file in Directory.GetFiles(PrivacyTool.Sample, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(PrivacyTool.Sample, file);
                if (!relative.StartsWith("bin", StringComparison.Ordinal) && !relative.StartsWith("obj", StringComparison.Ordinal))
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(copy.PathOf(relative))!);
                    File.Copy(file, copy.PathOf(relative));
                }
            }

            await change(copy);
            var (restored, output) = await PrivacyTool.RunProcessAsync("dotnet", new[] { "restore", copy.Folder }.Concat(restoreArguments).ToArray());
            Xunit.Assert.True(restored == 0, output);
            copy.RestoreOutput = output;
            return copy;
        }
        catch
        {
            copy.Dispose();
            throw;
        }
    }

    public string PathOf(string relative) => Path.Combine(Folder, relative);

    /// <summary>Replaces text the sample must have (the test fails if it no longer does).</summary>
    public async Task ReplaceAsync(string relative, string text, string replacement)
    {
        var content = await File.ReadAllTextAsync(PathOf(relative));
        Xunit.Assert.Contains(text, content);
        await File.WriteAllTextAsync(PathOf(relative), content.Replace(text, replacement));
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
