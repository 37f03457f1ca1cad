using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Benchmark;

// Usage: dotnet run -c Release --project benchmarks/PrivacyAnalyzers.Benchmark -- [--lines 200000] [--budget 0.10] [--smoke] [--concurrent] [--runs 3]
// Compiles a generated corpus at half, full and double size; for each, the compiler's own time (parse, bind, emit),
// the package's analyzer time (sum of per-analyzer execution times, as ReportAnalyzer reports them), their ratio,
// time per rule and memory. Exits 1 when an analyzer throws, or (not in --smoke, not with --concurrent) when the ratio
// at the full size exceeds the budget.
// By default both run on one thread (concurrentBuild: false, concurrentAnalysis: false), so the ratio compares like with
// like: processor time of the compiler against processor time of the rules. --concurrent runs them as a build does, on
// every core: the compiler's figure is then wall time while the rules' is still summed over threads, so that ratio
// overstates the cost by up to the number of cores; its "wall added" column is what a build waits for.
// It runs as a build runs the compiler: Roslyn 5.9 (the .NET 10 SDK's) with server GC, after an untimed warm-up round.
// Each size is measured --runs times (3; 1 with --smoke) and every figure is the median.
var lines = 200_000;
var budget = 0.10;
var smoke = false;
var sequential = true;
var runs = 3;
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : "";
    switch (args[i])
    {
        case "--lines" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out lines): i++; break;
        case "--budget" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out budget): i++; break;
        case "--runs" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out runs): i++; break;
        case "--smoke": smoke = true; lines = 20_000; runs = 1; break;
        case "--concurrent": sequential = false; break;
        case "--sequential": sequential = true; break;
        default: Console.Error.WriteLine($"unknown argument or missing number: {args[i]}"); return 2;
    }
}

if (runs < 1 || lines < 2)
{
    Console.Error.WriteLine("--runs must be at least 1 and --lines at least 2");
    return 2;
}

var analyzers = typeof(PrivacyAnalyzers.Rules.PiiLoggedAnalyzer).Assembly.GetTypes()
    .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
    .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
    .OrderBy(a => a.SupportedDiagnostics[0].Id)
    .ToImmutableArray();
var references = References.Load();
var sizes = smoke ? new[] { lines } : new[] { lines / 2, lines, lines * 2 };
var failed = false;

Console.WriteLine($"PrivacyAnalyzers benchmark: {analyzers.Length} analyzers, {references.Length} references, budget {budget:P0}, "
    + (sequential ? "compiler and rules on one thread each" : "on every core (compiler: wall time; rules: summed over threads; budget not checked)"));
Console.WriteLine();
Console.WriteLine("| lines | files | compiler (s) | analyzers (s) | ratio | analyzer ms / 10k lines | pass with analyzers, wall (s) | wall added over a do-nothing analyzer (s) | added / compiler | allocated by analyzers (MB) | peak working set (MB) | findings |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
var perRuleAtFull = new List<(string Rule, TimeSpan Time)>();

// One untimed round first, so that the compiler's and the rules' JIT and first-use costs do not land in the first size.
var warmUp = Compile(CorpusGenerator.Generate(20_000), references, concurrentBuild: !sequential);
warmUp.Emit(Stream.Null);
await warmUp.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();

foreach (var size in sizes)
{
    var corpus = CorpusGenerator.Generate(size);
    var actualLines = corpus.Sum(f => CorpusGenerator.CountLines(f.Text));
    var rounds = new List<Round>();
    for (var run = 0; run < runs; run++)
    {
        var round = await MeasureRound(corpus, references, analyzers, sequential);
        if (round is null)
        {
            return 1;
        }

        rounds.Add(round);
    }

    // Each figure is the median of the rounds: a garbage collection that lands inside one rule's callback in one round
    // moves that rule's time by hundreds of milliseconds.
    var compilerTime = Median(rounds.Select(r => r.Compiler));
    var total = Median(rounds.Select(r => r.Analyzers));
    var pass = Median(rounds.Select(r => r.Pass));
    var added = Median(rounds.Select(r => r.Pass - r.BaselinePass));
    var allocated = Median(rounds.Select(r => r.AllocatedMegabytes));
    var diagnostics = rounds[0].Diagnostics;
    var exceptions = rounds.SelectMany(r => r.Diagnostics).Where(d => d.Id == "AD0001").ToList();
    if (exceptions.Count > 0)
    {
        failed = true;
        exceptions.ForEach(e => Console.Error.WriteLine(e));
    }

    var ratio = total.TotalSeconds / compilerTime.TotalSeconds;
    if (size == lines)
    {
        perRuleAtFull = rounds[0].PerRule.Select((rule, i) => (rule.Rule, Median(rounds.Select(r => r.PerRule[i].Time)))).ToList();
        failed |= !smoke && sequential && ratio > budget;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {actualLines:N0} | {corpus.Count:N0} | {compilerTime.TotalSeconds:F2} | {total.TotalSeconds:F2} | {ratio:P1} | {total.TotalMilliseconds / actualLines * 10_000:F0} | {pass.TotalSeconds:F2} | {added.TotalSeconds:F2} | {added.TotalSeconds / compilerTime.TotalSeconds:P1} | {allocated:F0} | {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} | {diagnostics.Length:N0} |"));
}

Console.WriteLine();
Console.WriteLine($"Time per rule at {lines:N0} lines (slowest first):");
foreach (var (rule, time) in perRuleAtFull.OrderByDescending(r => r.Time))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {time.TotalMilliseconds,8:F0} ms  {rule}"));
}

Console.WriteLine();
Console.WriteLine(failed ? "FAILED: an analyzer threw, or the analyzer time exceeded the budget." : "OK");
return failed ? 1 : 0;

static T Median<T>(IEnumerable<T> values)
{
    var sorted = values.OrderBy(v => v).ToList();
    return sorted[sorted.Count / 2];
}

// One round: the compiler alone, then the analyzers on a fresh compilation of the same code, each from a collected heap.
static async Task<Round?> MeasureRound(List<(string Path, string Text)> corpus, ImmutableArray<MetadataReference> references,
    ImmutableArray<DiagnosticAnalyzer> analyzers, bool sequential)
{
    // The compiler's own work on the same code: parse, bind (all diagnostics) and emit.
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var compilerClock = Stopwatch.StartNew();
    var compilation = Compile(corpus, references, concurrentBuild: !sequential);
    var compilerErrors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
    compilation.Emit(Stream.Null);
    compilerClock.Stop();
    if (compilerErrors > 0)
    {
        Console.Error.WriteLine($"the corpus does not compile ({compilerErrors} errors), e.g. {compilation.GetDiagnostics().First(d => d.Severity == DiagnosticSeverity.Error)}");
        return null;
    }

    // The analyzers on a fresh compilation, timed by Roslyn's own per-analyzer telemetry. The compilation's references are
    // bound first (its source assembly: a quarter of a second at 200,000 lines), as the compiler binds them for a build
    // before it declares and emits anything: that is the compiler's work, already in its time above, and the first rule
    // to look a type up would otherwise be charged for it a second time.
    var fresh = BoundToReferences(Compile(corpus, references, concurrentBuild: !sequential));
    compilation = null;
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var withAnalyzers = fresh.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: !sequential, logAnalyzerExecutionTime: true));
    // Wall time of the whole pass (the compiler's binding plus the analyzers plus the driver's own bookkeeping): a change
    // that moves work out of the rules' callbacks into the driver shows here, not in the per-rule times.
    var passClock = Stopwatch.StartNew();
    var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    passClock.Stop();
    var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (1024.0 * 1024.0);
    var total = TimeSpan.Zero;
    var perRule = new List<(string Rule, TimeSpan Time)>();
    foreach (var analyzer in analyzers)
    {
        var time = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime;
        total += time;
        perRule.Add((analyzer.SupportedDiagnostics[0].Id + " " + analyzer.GetType().Name, time));
    }

    // The same pass with a do-nothing analyzer that only asks for every call, as the SDK's own analyzers do: the driver
    // then binds every method body just the same, so the difference is what adding the package costs a build.
    withAnalyzers = null;
    fresh = BoundToReferences(Compile(corpus, references, concurrentBuild: !sequential));
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var baseline = fresh.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new EveryCallAnalyzer()), new CompilationWithAnalyzersOptions(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: !sequential, logAnalyzerExecutionTime: false));
    var baselineClock = Stopwatch.StartNew();
    await baseline.GetAnalyzerDiagnosticsAsync();
    baselineClock.Stop();

    return new Round(compilerClock.Elapsed, total, passClock.Elapsed, baselineClock.Elapsed, allocated, perRule, diagnostics);
}

static CSharpCompilation BoundToReferences(CSharpCompilation compilation)
{
    _ = compilation.Assembly;
    return compilation;
}

static CSharpCompilation Compile(List<(string Path, string Text)> corpus, ImmutableArray<MetadataReference> references, bool concurrentBuild)
{
    var options = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
    var trees = corpus.Select(f => CSharpSyntaxTree.ParseText(f.Text, options, f.Path)).ToList();
    trees.Add(CSharpSyntaxTree.ParseText("global using System; global using System.Collections.Generic; global using System.Linq;", options, "GlobalUsings.cs"));
    return CSharpCompilation.Create(
        "Corpus",
        trees,
        references,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: concurrentBuild));
}

internal sealed record Round(TimeSpan Compiler, TimeSpan Analyzers, TimeSpan Pass, TimeSpan BaselinePass, double AllocatedMegabytes,
    List<(string Rule, TimeSpan Time)> PerRule, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>The baseline: an analyzer that looks at every call and reports nothing.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class EveryCallAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("BASE001", "never reported", "never reported", "Baseline", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(_ => { }, OperationKind.Invocation);
    }
}
