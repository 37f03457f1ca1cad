using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Classification;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII9001: a PrivacyAnalyzers option in .editorconfig/.globalconfig has a value that cannot be used. The
    /// option is ignored (its default applies) and this says so, naming the key.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class InvalidOptionAnalyzer : DiagnosticAnalyzer
    {
        private static readonly string[] Flags = { Options.AllowEncryptedCardNumbers, Options.AllowTestNumbers };

        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.InvalidOption,
            title: "PrivacyAnalyzers option has an invalid value",
            messageFormat: "'{0}' ({1}) cannot be used and is ignored; see docs/rules/PII9001.md for the accepted values",
            description: "A misspelled key or kind, a name that is not an identifier or a flag that is not true/false would otherwise "
                + "silently change nothing. The option is ignored until it is fixed.",
            DiagnosticSeverity.Warning,
            WellKnownDiagnosticTags.CompilationEnd);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationAction(compilation =>
            {
                // Every file can have its own section; each distinct problem is reported once.
                var problems = new SortedSet<(string Key, string Problem)>();
                var provider = compilation.Options.AnalyzerConfigOptionsProvider;
                Collect(provider.GlobalOptions, problems);

                // Files of one folder share one options object: each distinct one is read once.
                var read = new HashSet<AnalyzerConfigOptions>();
                foreach (var tree in compilation.Compilation.SyntaxTrees)
                {
                    var options = provider.GetOptions(tree);
                    if (read.Add(options))
                    {
                        Collect(options, problems);
                    }
                }

                foreach (var (key, problem) in problems)
                {
                    compilation.ReportDiagnostic(Diagnostic.Create(Rule, Location.None, key, problem));
                }
            });
        }

        private static void Collect(AnalyzerConfigOptions options, SortedSet<(string, string)> problems)
        {
            foreach (var problem in TaxonomyOptions.Read(options).Problems)
            {
                problems.Add(problem);
            }

            foreach (var key in Flags)
            {
                if (options.TryGetValue(key, out var value) && !bool.TryParse(value?.Trim(), out _))
                {
                    problems.Add((key, $"'{value}' is not true or false"));
                }
            }

            // Rule-scoped keys (PII1234.something): only the rules' own options exist.
            foreach (var key in options.Keys)
            {
                if (IsRuleScopedKey(key) && Array.FindIndex(Flags, flag => string.Equals(flag, key, StringComparison.OrdinalIgnoreCase)) < 0)
                {
                    problems.Add((key, "not a PrivacyAnalyzers option"));
                }
            }
        }

        private static bool IsRuleScopedKey(string key)
        {
            if (key.Length < 9 || key[7] != '.' || !key.StartsWith("pii", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            for (var i = 3; i < 7; i++)
            {
                if (key[i] < '0' || key[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
