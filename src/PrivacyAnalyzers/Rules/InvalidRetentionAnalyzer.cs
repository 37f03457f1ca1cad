using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Reporting;
using PrivacyAnalyzers.Retention;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII9004: a <c>[Retention]</c> whose value is not an ISO 8601 duration (a typo, words, or the placeholder the
    /// PII3010 fix inserts). Reported at the argument, on any member, parameter or type; such a value declares nothing, so
    /// it is reported until the team writes the period.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class InvalidRetentionAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.InvalidRetention,
            title: "Retention is not an ISO 8601 duration",
            messageFormat: "'{0}' ({1}) declares a retention of '{2}', which is not an ISO 8601 duration; write the period the privacy policy promises, such as P30D, P90D, P7Y or PT12H",
            description: "A retention is read by the record of processing and by PII3010; one that is not a duration (P30D, P7Y, P1Y6M, "
                + "PT12H) declares nothing. The placeholder of PII3010's fix is reported here until the team fills in the period.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var retention = PrivacyCompilation.For(start.Compilation, start.Options).Retention.RetentionAttribute;
                if (retention is null)
                {
                    return;
                }

                start.RegisterSyntaxNodeAction(node => Check(node, retention), SyntaxKind.Attribute);
            });
        }

        private static void Check(SyntaxNodeAnalysisContext context, INamedTypeSymbol retention)
        {
            var attribute = (AttributeSyntax)context.Node;
            // Only attributes named like it are bound (an alias of the attribute is not recognised).
            if (attribute.ArgumentList is not { Arguments.Count: 1 } arguments
                || !(RightmostName(attribute.Name) is "Retention" or "RetentionAttribute")
                || context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol constructor
                || !SymbolEqualityComparer.Default.Equals(constructor.ContainingType, retention))
            {
                return;
            }

            var argument = arguments.Arguments[0].Expression;
            // A value the compiler cannot take (not a constant, not a string) is its error, not this rule's.
            var value = context.SemanticModel.GetConstantValue(argument, context.CancellationToken);
            if (!value.HasValue || value.Value is not (string or null) || IsoDuration.IsValid(value.Value as string))
            {
                return;
            }

            var (name, what) = Target(attribute, context.SemanticModel, context.CancellationToken);
            context.ReportDiagnostic(Diagnostic.Create(Rule, argument.GetLocation(), name, what, value.Value as string ?? "null"));
        }

        private static string RightmostName(NameSyntax name) => name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => "",
        };

        /// <summary>What the attribute is on, as the message names it: <c>'Customer.Cnic' (property)</c>, <c>'Invoice' (type)</c>.</summary>
        private static (string Name, string What) Target(AttributeSyntax attribute, SemanticModel model, System.Threading.CancellationToken cancellation)
        {
            var declaration = attribute.Parent?.Parent;
            var symbol = declaration is null ? null : model.GetDeclaredSymbol(declaration, cancellation);
            if (declaration is FieldDeclarationSyntax field && field.Declaration.Variables.Count > 0)
            {
                symbol = model.GetDeclaredSymbol(field.Declaration.Variables[0], cancellation);
            }

            switch (symbol)
            {
                case INamedTypeSymbol type:
                    return (SymbolNames.Type(type), "type");
                case IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } constructor } parameter
                    when constructor.ContainingType.IsRecord:
                    return (SymbolNames.Type(constructor.ContainingType) + "." + parameter.Name, "property");
                case IParameterSymbol parameter:
                    return (parameter.Name, "parameter");
                case IFieldSymbol or IPropertySymbol when symbol.ContainingType is { } containing:
                    return (SymbolNames.Type(containing) + "." + symbol.Name, symbol is IFieldSymbol ? "field" : "property");
                default:
                    return (symbol?.Name ?? "", "declaration");
            }
        }
    }
}
