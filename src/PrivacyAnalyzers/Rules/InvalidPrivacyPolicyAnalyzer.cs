using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Engine;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII9003: something in <c>privacy-policy.json</c> cannot be used (not JSON, an unknown kind, processor,
    /// property or SDK, a bad region or host). Reported in the file, at the line; what cannot be used is ignored and the
    /// rest of the policy still applies (a file that is not JSON is ignored whole).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class InvalidPrivacyPolicyAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.InvalidPrivacyPolicy,
            title: "privacy-policy.json has an entry that cannot be used",
            messageFormat: "'{0}' ({1}) in privacy-policy.json cannot be used: {2}",
            description: "A misspelled kind or processor, a region that is no country code or a file that is not JSON would "
                + "otherwise silently allow or forbid nothing. The entry is ignored until it is fixed.",
            DiagnosticSeverity.Warning,
            WellKnownDiagnosticTags.CompilationEnd);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            context.RegisterCompilationAction(compilation =>
            {
                if (PrivacyCompilation.For(compilation.Compilation, compilation.Options).Policy is not { } policy)
                {
                    return;
                }

                foreach (var problem in policy.Problems)
                {
                    compilation.ReportDiagnostic(Diagnostic.Create(Rule, problem.Location, problem.Path, problem.What, problem.Detail));
                }
            });
        }
    }
}
