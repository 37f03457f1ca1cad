using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Infrastructure.VerifyProject<PrivacyAnalyzers.Rules.ExposureAllowedWithoutJustificationAnalyzer, PrivacyAnalyzers.CodeFixes.PiiExposureCodeFix>;

namespace PrivacyAnalyzers.Tests.Exposure;

/// <summary>PII2003: an approval must say why.</summary>
public class ExposureAllowedWithoutJustificationTests
{
    [Fact]
    public async Task Empty_or_blank_justifications_are_reported_on_every_target()
    {
        await Verify.RunAsync(new[] { """
            using PrivacyAnalyzers.Annotations;

            [{|#0:PiiExposureAllowed("")|}]
            class Export
            {
                [{|#1:PiiExposureAllowed("   ")|}] public string Cnic { get; set; } = "";
                [{|#2:PiiExposureAllowed(null!)|}] public string Pan = "";
                [{|#3:PiiExposureAllowed("")|}] void Run() { }
                [PiiExposureAllowed("Customers download their own record.")] public string Passport { get; set; } = "";
            }
            """ }, null, null,
            Diagnostic(0, "Export", "namedtype"),
            Diagnostic(1, "Cnic", "property"),
            Diagnostic(2, "Pan", "field"),
            Diagnostic(3, "Run", "method"));
    }

    private static DiagnosticResult Diagnostic(int markup, string symbol, string kind) =>
        new DiagnosticResult(PrivacyAnalyzers.Rules.ExposureAllowedWithoutJustificationAnalyzer.Rule)
            .WithLocation(markup)
            .WithArguments(symbol, kind);
}
