using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Exposure;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Flow;
using PrivacyAnalyzers.Sinks;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII2002: an ASP.NET Core response carries personal data: a controller action returns it or passes it to
    /// <c>Ok</c>/<c>Json</c>/<c>Created*</c>/<c>Accepted*</c>, or a minimal API handler returns it or passes it to
    /// <c>Results</c>/<c>TypedResults</c>.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PiiInApiResponseAnalyzer : DiagnosticAnalyzer
    {
        private static readonly ImmutableHashSet<string> MapMethods = ImmutableHashSet.Create(
            "Map", "MapGet", "MapPost", "MapPut", "MapDelete", "MapPatch", "MapMethods");

        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.PiiInApiResponse,
            title: "Personal data is sent in an API response",
            messageFormat: "'{0}' ({1}) is sent in the response of '{2}'; return a type without it, ignore the member, or write it masked",
            description: "Returning an entity from an endpoint sends every member System.Text.Json writes to whoever calls it. "
                + "The policies limit access to those who need it and promise data minimisation: return a DTO without the "
                + "personal data, ignore or mask the member, or approve the exposure with a justification ([PiiExposureAllowed]).");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var state = PrivacyCompilation.For(start.Compilation, start.Options);
                var sinks = state.SerializationSinks;
                if (sinks.ControllerBase is null && sinks.EndpointRouteBuilderExtensions is null)
                {
                    return;
                }

                start.RegisterOperationAction(
                    operation =>
                    {
                        var invocation = (IInvocationOperation)operation.Operation;
                        if (IsMapCall(invocation, sinks))
                        {
                            AnalyzeHandler(operation, state, invocation);
                        }
                        else
                        {
                            AnalyzeResult(operation, state, sinks.Match(invocation.TargetMethod, invocation.Arguments));
                        }
                    },
                    OperationKind.Invocation);
                start.RegisterOperationAction(
                    operation =>
                    {
                        var creation = (IObjectCreationOperation)operation.Operation;
                        if (creation.Constructor is { } constructor)
                        {
                            AnalyzeResult(operation, state, sinks.Match(constructor, creation.Arguments));
                        }
                    },
                    OperationKind.ObjectCreation);
                if (sinks.ControllerBase is not null)
                {
                    start.RegisterOperationAction(operation => AnalyzeActionReturn(operation, state), OperationKind.Return);
                }
            });
        }

        private static void AnalyzeResult(OperationAnalysisContext context, PrivacyCompilation state, SerializationCall? call)
        {
            if (call is { Definition.IsResponse: true } response)
            {
                ExposureReporter.Report(
                    context, state, Rule, SerializationSinkResolver.ValueType(response.Value.Value), response.Definition.Contract,
                    response.Value.Value.Syntax.GetLocation(), Describe(context.ContainingSymbol));
            }
        }

        private static void AnalyzeActionReturn(OperationAnalysisContext context, PrivacyCompilation state)
        {
            var returned = ((IReturnOperation)context.Operation).ReturnedValue;
            if (returned is null
                || !state.SerializationSinks.IsControllerAction(context.ContainingSymbol)
                || IsInsideLambda(context.Operation)
                || IsReportedResultCall(returned, state.SerializationSinks))
            {
                return;
            }

            ExposureReporter.Report(
                context, state, Rule, SerializationSinkResolver.ValueType(returned), ExposureContract.SystemTextJson,
                returned.Syntax.GetLocation(), Describe(context.ContainingSymbol));
        }

        /// <summary>The values a minimal API handler returns are its response.</summary>
        private static void AnalyzeHandler(OperationAnalysisContext context, PrivacyCompilation state, IInvocationOperation map)
        {
            var route = "minimal API handler";
            foreach (var argument in map.Arguments)
            {
                if (argument.Parameter?.Name == "pattern" && argument.Value.ConstantValue is { HasValue: true, Value: string pattern })
                {
                    route = map.TargetMethod.Name.Replace("Map", string.Empty).ToUpperInvariant() + " " + pattern;
                }
            }

            foreach (var argument in map.Arguments)
            {
                // A lambda passed as System.Delegate arrives as a conversion of its natural delegate type.
                if (argument.Value.WithoutConversions() is not IDelegateCreationOperation { Target: { } target })
                {
                    continue;
                }

                if (target is IAnonymousFunctionOperation lambda)
                {
                    if (state.SerializationAttributes.IsExposureAllowed(lambda.Symbol))
                    {
                        continue;
                    }

                    foreach (var descendant in lambda.Body.Descendants())
                    {
                        if (descendant is IReturnOperation { ReturnedValue: { } returned } && Owner(descendant) == lambda
                            && !IsReportedResultCall(returned, state.SerializationSinks))
                        {
                            ExposureReporter.Report(
                                context, state, Rule, SerializationSinkResolver.ValueType(returned), ExposureContract.SystemTextJson,
                                returned.Syntax.GetLocation(), route);
                        }
                    }
                }
                else if (target is IMethodReferenceOperation { Method: { } method } && !state.SerializationAttributes.IsExposureAllowed(method))
                {
                    ExposureReporter.Report(
                        context, state, Rule, method.ReturnType, ExposureContract.SystemTextJson, argument.Value.Syntax.GetLocation(), route);
                }
            }
        }

        /// <summary><c>return TypedResults.Created(uri, kyc)</c>: the call itself is reported at its argument; its
        /// <c>Created&lt;Kyc&gt;</c> type must not be reported again.</summary>
        private static bool IsReportedResultCall(IOperation returned, SerializationSinkResolver sinks)
        {
            return returned.WithoutConversions() switch
            {
                IInvocationOperation invocation => sinks.Match(invocation.TargetMethod, invocation.Arguments) is { Definition.IsResponse: true },
                IObjectCreationOperation { Constructor: { } constructor } creation => sinks.Match(constructor, creation.Arguments) is { Definition.IsResponse: true },
                _ => false,
            };
        }

        private static bool IsMapCall(IInvocationOperation invocation, SerializationSinkResolver sinks)
        {
            return sinks.EndpointRouteBuilderExtensions is not null
                && MapMethods.Contains(invocation.TargetMethod.Name)
                && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, sinks.EndpointRouteBuilderExtensions);
        }

        private static IAnonymousFunctionOperation? Owner(IOperation operation)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation lambda)
                {
                    return lambda;
                }
            }

            return null;
        }

        private static bool IsInsideLambda(IOperation operation) => Owner(operation) is not null;

        private static string Describe(ISymbol? symbol)
        {
            while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } inner)
            {
                symbol = inner.ContainingSymbol;
            }

            return symbol is null ? "endpoint" : symbol.ContainingType?.Name + "." + symbol.Name;
        }
    }
}
