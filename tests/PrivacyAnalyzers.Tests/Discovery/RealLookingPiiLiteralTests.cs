using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Discovery;

/// <summary>PII5002 in source: strings, numbers, interpolations; look-alikes; the test-number option.</summary>
public class RealLookingPiiLiteralTests
{
    private const string Source = """
        class Fixtures
        {
            const string Cnic = {|#0:"35202-1234567-1"|};
            static readonly long Aadhaar = {|#1:234567890124L|};
            string Card => {|#2:"card 4539 1488 0343 6467"|};
            string Iban() => {|#3:"PK36SCBL0000001123456702"|};
            string TestCard = "4111111111111111";
            string NotACard = "4539148803436468";
            string Phone = "+92 300 1234567";
            string Guid = "6f9619ff-8b86-d011-b42d-00cf4fc964ff";
            long OrderNumber = 1234567890123452L;
        }
        """;

    [Fact]
    public async Task Real_looking_numbers_are_reported_without_repeating_them()
    {
        await Run(Source, string.Empty,
            Diagnostic(0, "Cnic", "CNIC number"),
            Diagnostic(1, "Aadhaar", "Aadhaar number"),
            Diagnostic(2, "Card", "payment card number"),
            Diagnostic(3, "Iban", "bank account number"));
    }

    [Fact]
    public async Task Test_card_numbers_are_reported_when_the_team_disallows_them()
    {
        const string source = """
            class Fixtures
            {
                string TestCard = {|#0:"4111111111111111"|};
                string Cnic = {|#1:"Customer 35202-1234567-1"|};
            }
            """;
        await Run(source, "PII5002.allow_test_numbers = false",
            Diagnostic(0, "TestCard", "payment card number"),
            Diagnostic(1, "Cnic", "CNIC number"));
        await Run(source.Replace("{|#0:\"4111111111111111\"|}", "\"4111111111111111\""), string.Empty,
            Diagnostic(1, "Cnic", "CNIC number"));
    }

    private static DiagnosticResult Diagnostic(int markup, string member, string kind) =>
        new DiagnosticResult(RealLookingPiiLiteralAnalyzer.Rule).WithLocation(markup).WithArguments(member, kind, Checks(kind));

    /// <summary>The message says what was checked: a CNIC and a PAN have no check digit to verify.</summary>
    private static string Checks(string kind) => kind switch
    {
        "CNIC number" => "format and province code; a CNIC has no check digit",
        "PAN" => "format and holder-type letter; a PAN has no published check",
        _ => "format and check digit",
    };

    private static async Task Run(string source, string options, params DiagnosticResult[] expected)
    {
        var test = new Verify<RealLookingPiiLiteralAnalyzer>.Test();
        test.TestState.Sources.Add(("/0/Test0.cs", source));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"root = true\n\n[*.cs]\n{options}\n"));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
