using Microsoft.CodeAnalysis.MSBuild;
using Spectre.Console;

namespace PrivacyAnalyzers.Cli;

/// <summary>
/// What a long map run tells the person waiting: which solution loads, how many projects have loaded, which project is
/// analysed and how many remain. In a terminal it is a live progress display (Spectre.Console) on standard error that
/// clears itself when done; where standard error is redirected (CI logs, tests) it is one plain line per step.
/// </summary>
internal abstract class MapProgress : IProgress<ProjectLoadProgress>
{
    public abstract void Loading(string path);

    public abstract void Analyzing(string project, int done, int count);

    /// <summary>Something the person should know that does not make the map partial; written when the run ends.</summary>
    public void Note(string message) => notes.Add(message);

    /// <summary>MSBuild reports each project as it is evaluated and built for design time.</summary>
    public abstract void Report(ProjectLoadProgress value);

    private readonly List<string> notes = new();

    public static async Task<T> RunAsync<T>(Func<MapProgress, Task<T>> work)
    {
        MapProgress progress;
        T result;
        if (Console.IsErrorRedirected)
        {
            progress = new Lines();
            result = await work(progress);
        }
        else
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            MapProgress? live = null;
            result = await console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .StartAsync(context => work(live = new Live(context)));
            progress = live!;
        }

        // After the live display has cleared itself, so that the notes stay on the screen.
        foreach (var note in progress.notes)
        {
            Console.Error.WriteLine("note: " + note);
        }

        return result;
    }

    private sealed class Lines : MapProgress
    {
        public override void Loading(string path) => Console.Error.WriteLine($"loading {path}");

        public override void Analyzing(string project, int done, int count) => Console.Error.WriteLine($"analyzing {project} ({done + 1}/{count})");

        // One line per project and step would bury the problems in a large solution's log.
        public override void Report(ProjectLoadProgress value)
        {
        }
    }

    private sealed class Live : MapProgress
    {
        private readonly ProgressContext context;
        private ProgressTask? loading;
        private ProgressTask? analyzing;
        private string loadingPath = "";
        private int loaded;

        public Live(ProgressContext context) => this.context = context;

        public override void Loading(string path)
        {
            loadingPath = Markup.Escape(path);
            loading = context.AddTask($"Loading {loadingPath}").IsIndeterminate();
        }

        public override void Report(ProjectLoadProgress value)
        {
            if (value.Operation == ProjectLoadOperation.Resolve && loading is not null)
            {
                loading.Description = $"Loading {loadingPath}: {Interlocked.Increment(ref loaded)} projects";
            }
        }

        public override void Analyzing(string project, int done, int count)
        {
            if (loading is { IsFinished: false })
            {
                loading.IsIndeterminate(false).Value(loading.MaxValue);
                loading.StopTask();
            }

            analyzing ??= context.AddTask("Analyzing", maxValue: count);
            analyzing.Description = $"Analyzing {Markup.Escape(project)} ({done + 1}/{count})";
            analyzing.Value = done;
        }
    }
}
