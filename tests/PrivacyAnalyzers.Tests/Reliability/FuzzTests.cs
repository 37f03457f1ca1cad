using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace PrivacyAnalyzers.Tests.Reliability;

/// <summary>
/// Broken code is what an analyzer sees most in the IDE: every keystroke. Each test program and each sample file is cut
/// and mutated at many points (fixed seed, so a failure reproduces; <see cref="SourceMutator"/> says how), and every
/// analyzer and every fix it offers runs on the result. Nothing may throw or hang.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261125;

    /// <summary>Mutants per seed; set PRIVACY_FUZZ_MUTANTS for a longer run.</summary>
    private static readonly int MutantsPerSeed =
        int.TryParse(Environment.GetEnvironmentVariable("PRIVACY_FUZZ_MUTANTS"), out var count) && count > 0 ? count : 3;

    [Fact]
    public async Task Mutated_test_programs_never_make_a_rule_or_a_fix_throw()
    {
        var seeds = SeedSources.TestPrograms();
        Assert.True(seeds.Count > 50, $"only {seeds.Count} test programs found");
        var random = new Random(Seed);
        var outcome = new Outcome();
        foreach (var (name, text) in seeds)
        {
            for (var i = 0; i < MutantsPerSeed; i++)
            {
                var (mutant, how) = SourceMutator.Mutate(text, random);
                await outcome.RunAsync($"{name} ({how})", new[] { ("/0/Test0.cs", mutant), ("/0/Model.cs", TestModel.Source) });
            }
        }

        outcome.AssertClean(output);
    }

    [Fact]
    public async Task Mutated_sample_files_never_make_a_rule_or_a_fix_throw()
    {
        var sample = SeedSources.Sample();
        var random = new Random(Seed);
        var outcome = new Outcome();
        for (var file = 0; file < sample.Count; file++)
        {
            for (var i = 0; i < MutantsPerSeed; i++)
            {
                var (mutant, how) = SourceMutator.Mutate(sample[file].Text, random);
                var sources = sample.ToArray();
                sources[file] = (sources[file].Path, mutant);
                await outcome.RunAsync($"{sample[file].Path} ({how})", sources);
            }
        }

        outcome.AssertClean(output);
    }

    /// <summary>What the mutants produced: findings (to prove the rules still ran) and failures.</summary>
    private sealed class Outcome
    {
        private readonly List<string> _failures = new();
        private int _mutants;
        private int _findings;

        public async Task RunAsync(string name, (string Path, string Text)[] sources)
        {
            _mutants++;
            var solution = await WholePackage.SolutionAsync(("Fuzz", Array.Empty<string>(), sources));
            var project = solution.Projects.Single();
            var run = await WholePackage.AnalyzeAsync((await project.GetCompilationAsync())!);
            _findings += run.Diagnostics.Length;
            _failures.AddRange(run.Failures.Select(f => $"{name}: {f}"));
            _failures.AddRange((await WholePackage.ApplyEveryFixAsync(project, run.Diagnostics)).Select(f => $"{name}: {f}"));
        }

        public void AssertClean(ITestOutputHelper output)
        {
            output.WriteLine($"{_mutants} mutants, {_findings} findings, {_failures.Count} failures");
            Assert.True(_findings > _mutants / 2, $"{_mutants} mutants gave only {_findings} findings: the fuzz barely reached the rules");
            Assert.True(_failures.Count == 0, $"{_failures.Count} failures in {_mutants} mutants:\n" + string.Join("\n\n", _failures.Take(5)));
        }
    }
}
