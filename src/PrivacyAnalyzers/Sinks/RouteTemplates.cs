using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Reporting;

namespace PrivacyAnalyzers.Sinks
{
    /// <summary>
    /// Route templates that put a parameter holding personal data into the path of every request that reaches the
    /// endpoint (<c>[HttpGet("users/{email}")]</c>, <c>app.MapGet("/kyc/{cnic}", (string cnic) =&gt; ...)</c>): the address is
    /// in every access log and browser history on the way. Reported at the template, naming the parameter.
    /// </summary>
    internal static class RouteTemplates
    {
        private const string HttpMethodAttribute = "Microsoft.AspNetCore.Mvc.Routing.HttpMethodAttribute";
        private const string RouteAttribute = "Microsoft.AspNetCore.Mvc.RouteAttribute";
        private const string EndpointRouteBuilderExtensions = "Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions";

        public static void Register(AnalysisContext context, DiagnosticDescriptor rule)
        {
            context.RegisterCompilationStartAction(start =>
            {
                var httpMethod = start.Compilation.GetTypeByMetadataName(HttpMethodAttribute);
                var route = start.Compilation.GetTypeByMetadataName(RouteAttribute);
                var endpoints = start.Compilation.GetTypeByMetadataName(EndpointRouteBuilderExtensions);
                if (httpMethod is null && route is null && endpoints is null)
                {
                    return;
                }

                var state = PrivacyCompilation.For(start.Compilation, start.Options);
                if (httpMethod is not null || route is not null)
                {
                    start.RegisterSymbolAction(symbol => AnalyzeAction(symbol, state, rule, httpMethod, route), SymbolKind.Method);
                }

                if (endpoints is not null)
                {
                    start.RegisterOperationAction(operation => AnalyzeMap(operation, state, rule, endpoints), OperationKind.Invocation);
                }
            });
        }

        /// <summary>A controller action's own route attributes (<c>[HttpGet("users/{email}")]</c>, <c>[Route(...)]</c>).</summary>
        private static void AnalyzeAction(SymbolAnalysisContext context, PrivacyCompilation state, DiagnosticDescriptor rule, INamedTypeSymbol? httpMethod, INamedTypeSymbol? route)
        {
            var method = (IMethodSymbol)context.Symbol;
            if (method.Parameters.Length == 0)
            {
                return;
            }

            foreach (var attribute in method.GetAttributes())
            {
                if (attribute.AttributeClass is not { } type
                    || !(type.InheritsFromOrEquals(httpMethod) || type.InheritsFromOrEquals(route))
                    || attribute.ConstructorArguments.Length == 0
                    || attribute.ConstructorArguments[0].Value is not string template
                    || attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not { } syntax)
                {
                    continue;
                }

                var where = syntax is Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax { ArgumentList.Arguments.Count: > 0 } applied
                    ? applied.ArgumentList.Arguments[0].GetLocation()
                    : syntax.GetLocation();
                Report(template, method.Parameters, state, rule, where, context.Compilation, context.ReportDiagnostic);
            }
        }

        /// <summary><c>app.MapGet("/kyc/{cnic}", (string cnic) =&gt; ...)</c>: the handler lambda's parameters.</summary>
        private static void AnalyzeMap(OperationAnalysisContext context, PrivacyCompilation state, DiagnosticDescriptor rule, INamedTypeSymbol endpoints)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (!SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, endpoints) || !invocation.TargetMethod.Name.StartsWith("Map", StringComparison.Ordinal))
            {
                return;
            }

            IOperation? pattern = null;
            IMethodSymbol? handler = null;
            foreach (var argument in invocation.Arguments)
            {
                switch (argument.Parameter?.Name)
                {
                    case "pattern":
                        pattern = argument.Value;
                        break;
                    case "handler":
                        handler = argument.Value.WithoutConversions() switch
                        {
                            IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } => lambda.Symbol,
                            IDelegateCreationOperation { Target: IMethodReferenceOperation reference } => reference.Method,
                            _ => null,
                        };
                        break;
                }
            }

            if (pattern?.ConstantValue is { HasValue: true, Value: string template } && handler is { Parameters.Length: > 0 })
            {
                Report(template, handler.Parameters, state, rule, pattern.Syntax.GetLocation(), context.Compilation, context.ReportDiagnostic);
            }
        }

        private static void Report(string template, ImmutableArray<IParameterSymbol> parameters, PrivacyCompilation state, DiagnosticDescriptor rule,
            Location where, Compilation compilation, Action<Diagnostic> report)
        {
            foreach (var name in Tokens(template))
            {
                foreach (var parameter in parameters)
                {
                    if (string.Equals(parameter.Name, name, StringComparison.OrdinalIgnoreCase) && state.Classifier.Classify(parameter) is { } classification)
                    {
                        var finding = new Finding(rule, where, ImmutableArray.Create(new FoundPii(classification, parameter.Name)), "route template '" + template + "'");
                        report(FindingReporter.Create(finding, compilation));
                    }
                }
            }
        }

        /// <summary>The parameter names of a template: <c>users/{email:maxlength(80)}/{**rest}</c> gives email and rest.</summary>
        private static System.Collections.Generic.IEnumerable<string> Tokens(string template)
        {
            var start = template.IndexOf('{');
            while (start >= 0)
            {
                var end = template.IndexOf('}', start);
                if (end < 0)
                {
                    yield break;
                }

                var token = template.Substring(start + 1, end - start - 1).TrimStart('*');
                var stop = token.IndexOfAny(new[] { ':', '=', '?' });
                var name = (stop >= 0 ? token.Substring(0, stop) : token).Trim();
                if (name.Length > 0)
                {
                    yield return name;
                }

                start = template.IndexOf('{', end);
            }
        }
    }
}
