using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;
using PrivacyAnalyzers.Map;

namespace PrivacyAnalyzers.Cli;

/// <summary>
/// Loads a solution or project with MSBuild and runs the package's own rules and classifier over each C# project: the
/// elements are the members the classifier says are personal data; the flows are the rules' findings, each with the
/// destination its rule stands for. What does not load or compile is a problem of the map, not an exception.
/// </summary>
internal static class PrivacyMapBuilder
{
    public static async Task<PrivacyMap> BuildAsync(string path, MapProgress progress, CancellationToken cancellation)
    {
        var problems = new List<string>();
        var loadFailures = new List<string>();
        using var workspace = MSBuildWorkspace.Create();
        workspace.RegisterWorkspaceFailedHandler(e =>
        {
            if (e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
            {
                lock (loadFailures)
                {
                    loadFailures.Add(e.Diagnostic.Message);
                }
            }
        });

        var projects = new List<Project>();
        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        progress.Loading(path);
        if (path.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase))
        {
            projects.AddRange((await workspace.OpenSolutionAsync(path, progress, cancellation)).Projects);
        }
        else
        {
            projects.Add(await workspace.OpenProjectAsync(path, progress, cancellation));
        }

        var analyzers = Analyzers();
        var maps = new List<ProjectMap>();
        var complete = new List<string>();
        var csharp = projects.Where(p => p.Language == LanguageNames.CSharp).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        foreach (var (project, index) in csharp.Select((project, index) => (project, index)))
        {
            progress.Analyzing(project.Name, index, csharp.Count);
            var compilation = await project.GetCompilationAsync(cancellation);
            if (compilation is null)
            {
                problems.Add($"{project.Name}: no compilation");
                continue;
            }

            // Warnings a project promotes to errors do not stop analysis; only real compiler errors can hide code.
            var errors = compilation.GetDiagnostics(cancellation).Where(d => d.Severity == DiagnosticSeverity.Error && !d.IsWarningAsError).ToList();
            if (errors.Count > 0)
            {
                problems.Add($"{project.Name}: {errors.Count} compiler errors, the first {errors[0]}; its map may miss what they hide");
            }
            else if (project.FilePath is { } file && project.DocumentIds.Count > 0)
            {
                complete.Add(file);
            }

            var options = project.AnalyzerOptions;
            var diagnostics = await new CompilationWithAnalyzers(SeverityFree.Compilation(compilation), analyzers,
                new CompilationWithAnalyzersOptions(SeverityFree.Options(options), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true))
                .GetAnalyzerDiagnosticsAsync(cancellation);
            var elements = PrivacyInventory.Elements(compilation, options, cancellation)
                .Select(e => e.WithFile(Relative(baseDirectory, e.File)))
                .ToList();
            var policy = PrivacyAnalyzers.Policy.PrivacyPolicy.Load(options, cancellation);
            // What the policy file says decides which shares are allowed and how long data is kept: a problem in it (the
            // build's PII9003) makes the map partial, named where it is.
            foreach (var problem in policy is null ? [] : policy.Problems)
            {
                var at = problem.Location.GetLineSpan();
                problems.Add($"{project.Name}: {Relative(baseDirectory, at.Path)}({at.StartLinePosition.Line + 1},{at.StartLinePosition.Character + 1}): "
                    + $"'{problem.Path}' ({problem.What}): {problem.Detail}");
            }

            maps.Add(new ProjectMap(project.Name, elements, Flows(diagnostics, baseDirectory), policy));
        }

        // MSBuild's messages about a project that loaded with its sources and compiles without errors hid nothing (found on
        // a public solution: NuGet's "X was not found, Y resolved instead" promoted to errors by TreatWarningsAsErrors, one
        // per project and dependency); they are a note. The rest (a project that did not load) make the map partial.
        var hidNothing = loadFailures.Where(message => complete.Any(file => message.Contains(file, StringComparison.Ordinal))).ToList();
        problems.InsertRange(0, loadFailures.Except(hidNothing).Distinct());
        if (hidNothing.Count > 0)
        {
            progress.Note($"MSBuild reported {hidNothing.Count} problems while loading projects that loaded and compiled anyway, so the map covers them; the first: {hidNothing[0]}");
        }

        return new PrivacyMap(maps, problems);
    }

    /// <summary>Every rule of the package, as the build runs them, and the recorder of protected flows.</summary>
    private static ImmutableArray<DiagnosticAnalyzer> Analyzers() =>
        typeof(RuleIdentifiers).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .Append(new ProtectedFlowRecorder())
            .ToImmutableArray();

    private static List<MapFlow> Flows(ImmutableArray<Diagnostic> diagnostics, string baseDirectory)
    {
        var flows = new List<MapFlow>();
        foreach (var diagnostic in diagnostics)
        {
            var isProtected = diagnostic.Id == ProtectedFlowRecorder.Id;
            var destination = isProtected ? diagnostic.Properties.GetValueOrDefault(ProtectedFlowRecorder.DestinationProperty) : RuleDestinations.Of(diagnostic.Id);
            if (destination is null || !diagnostic.Location.IsInSource)
            {
                continue;
            }

            var span = diagnostic.Location.GetLineSpan();
            var members = diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.Members, out var list) && list is not null
                ? list.Split('\n').Select(line => line[(line.IndexOf(' ') + 1)..]).ToList()
                : new List<string>();
            var kind = diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.PiiKind, out var found) && found is not null ? found : "";
            flows.Add(new MapFlow(isProtected ? null : diagnostic.Id, destination, kind, members, Relative(baseDirectory, span.Path), span.StartLinePosition.Line + 1,
                span.StartLinePosition.Character + 1, isProtected ? "protected" : "unprotected",
                isProtected ? diagnostic.Properties.GetValueOrDefault(ProtectedFlowRecorder.ProtectionProperty) : null,
                diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Suppressed: !isProtected && diagnostic.IsSuppressed));
        }

        return flows.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.Rule ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal).ToList();
    }

    /// <summary>Paths relative to the solution or project, with '/', so two machines' maps compare equal.</summary>
    private static string Relative(string baseDirectory, string path) =>
        string.IsNullOrEmpty(path) ? path : Path.GetRelativePath(baseDirectory, path).Replace('\\', '/');
}
