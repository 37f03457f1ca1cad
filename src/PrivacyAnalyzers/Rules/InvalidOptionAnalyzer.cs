using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Engine;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII9001: a PrivacyAnalyzers option in .editorconfig/.globalconfig has a value that cannot be used, or a key
    /// that is no option (a misspelling). The option is ignored (its default applies) and this says so, naming the key.
    /// What is valid is <see cref="Catalog.OptionCatalog"/>'s to say.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class InvalidOptionAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.InvalidOption,
            title: "PrivacyAnalyzers option has an invalid value",
            messageFormat: "'{0}' ({1}) in .editorconfig or .globalconfig cannot be used and is ignored; the rule's help page lists the accepted values",
            description: "A misspelled key or kind, a name that is not an identifier or a flag that is not true/false would otherwise "
                + "silently change nothing. The option is ignored until it is fixed.",
            DiagnosticSeverity.Warning,
            WellKnownDiagnosticTags.CompilationEnd);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            context.RegisterCompilationAction(compilation =>
            {
                // Every file can have its own section; each distinct problem is reported once. The options of each file are
                // the ones the rules read, parsed once for all of them.
                var options = PrivacyCompilation.For(compilation.Compilation, compilation.Options).Options;
                var problems = new SortedSet<(string Key, string Problem)>(options.For((SyntaxTree?)null).Problems);
                foreach (var tree in compilation.Compilation.SyntaxTrees)
                {
                    problems.UnionWith(options.For(tree).Problems);
                }

                foreach (var (key, problem) in problems)
                {
                    compilation.ReportDiagnostic(Diagnostic.Create(Rule, Location.None, key, problem));
                }
            });
        }
    }
}
