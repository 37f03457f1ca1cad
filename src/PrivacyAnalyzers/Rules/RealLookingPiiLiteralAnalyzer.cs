using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Literals;
using PrivacyAnalyzers.Reporting;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII5002: a string or numeric literal in source looks like a real CNIC, Aadhaar, card number, IBAN or PAN
    /// (its format, and its check digit where the number has one). The message never repeats the literal.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RealLookingPiiLiteralAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.RealLookingPiiLiteral,
            title: "A literal looks like real personal data",
            messageFormat: "'{0}' ({1}) contains a literal that passes the checks of a real one ({2}); use generated test data or read it from configuration",
            description: "Real identity or card numbers in source code end up in repositories, builds, logs and screenshots. "
                + "Literals are checked by format and check digit (CNIC province digit, Aadhaar Verhoeff, card issuer and Luhn, "
                + "IBAN mod-97, PAN holder type), so random digits and well-known test numbers do not count.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var options = PrivacyCompilation.For(start.Compilation, start.Options).Options;
                start.RegisterOperationAction(
                operation =>
                {
                    var constant = operation.Operation.ConstantValue;
                    var text = constant.Value switch
                    {
                        string s => s,
                        long l => l.ToString(CultureInfo.InvariantCulture),
                        ulong u => u.ToString(CultureInfo.InvariantCulture),
                        decimal d => d.ToString(CultureInfo.InvariantCulture),
                        _ => null,
                    };
                    if (text is null)
                    {
                        return;
                    }

                    if (PiiLiteralCheckers.Find(text, options.For(operation.Operation.Syntax.SyntaxTree).AllowTestNumbers) is { } kind)
                    {
                        operation.ReportDiagnostic(Diagnostic.Create(
                            Rule,
                            operation.Operation.Syntax.GetLocation(),
                            SymbolNames.Owner(operation.ContainingSymbol, qualified: false) ?? "code",
                            PiiKinds.Describe(kind),
                            PiiLiteralCheckers.ChecksOf(kind)));
                    }
                },
                OperationKind.Literal);
            });
        }
    }
}
