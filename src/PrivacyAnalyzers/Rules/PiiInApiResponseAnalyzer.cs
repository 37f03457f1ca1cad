using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Exposure;
using PrivacyAnalyzers.Reporting;
using PrivacyAnalyzers.Sinks;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII2002: an ASP.NET Core response carries personal data: a controller action returns it or passes it to
    /// <c>Ok</c>/<c>Json</c>/<c>Created*</c>/<c>Accepted*</c>, or a minimal API handler returns it or passes it to
    /// <c>Results</c>/<c>TypedResults</c>. The result APIs and route handlers are catalog rows of the response family.
    /// Every endpoint that sends the same members is one design decision with one fix (on the members), so it is one
    /// diagnostic, reported when the whole compilation has been seen: at the first endpoint, with the others as additional
    /// locations and counted in the message.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PiiInApiResponseAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.PiiInApiResponse,
            title: "Personal data is sent in an API response",
            messageFormat: "'{0}' ({1}) is sent in the response of '{2}'{3}; return a type without it, ignore the member, or write it masked",
            description: "Returning an entity from an endpoint sends every member System.Text.Json writes to whoever calls it. "
                + "The policies limit access to those who need it and promise data minimisation: return a DTO without the "
                + "personal data, ignore or mask the member, or approve the exposure with a justification ([PiiExposureAllowed]).",
            DiagnosticSeverity.Warning,
            // Reported at the end of the compilation, once for all endpoints: IDEs show it with full-solution analysis.
            WellKnownDiagnosticTags.CompilationEnd);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var state = PrivacyCompilation.For(start.Compilation, start.Options);
                var actions = new ControllerActions(start.Compilation);
                var endpoints = new CredentialEndpoints(start.Compilation);
                if ((state.Sinks.Families & SinkFamily.Response) == 0 && !actions.AreAvailable)
                {
                    return;
                }

                // Collected from every thread, reported once per decision when the compilation ends.
                var findings = new GroupedFindings();
                start.RegisterOperationAction(operation => AnalyzeCall(operation, state, ((IInvocationOperation)operation.Operation).TargetMethod, actions, endpoints, findings), OperationKind.Invocation);
                start.RegisterOperationAction(
                    operation =>
                    {
                        if (((IObjectCreationOperation)operation.Operation).Constructor is { } constructor)
                        {
                            AnalyzeCall(operation, state, constructor, actions, endpoints, findings);
                        }
                    },
                    OperationKind.ObjectCreation);
                if (actions.AreAvailable)
                {
                    start.RegisterOperationAction(operation => AnalyzeActionReturn(operation, state, actions, endpoints, findings), OperationKind.Return);
                }

                start.RegisterCompilationEndAction(end => findings.ReportAll(end, MoreEndpoints));
            });
        }

        /// <summary>The message's fourth argument: <c> and 3 more endpoints</c>, or nothing.</summary>
        internal static string MoreEndpoints(int count) => count switch
        {
            0 => string.Empty,
            1 => " and 1 more endpoint",
            _ => " and " + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " more endpoints",
        };

        private static void AnalyzeCall(OperationAnalysisContext context, PrivacyCompilation state, IMethodSymbol method, ControllerActions actions, CredentialEndpoints endpoints, GroupedFindings findings)
        {
            foreach (var row in state.Sinks.RowsFor(method))
            {
                if ((row.Families & SinkFamily.Response) == 0 || row.Contract is not { } contract || state.Sinks.CallFor(row, context.Operation) is not { } call)
                {
                    continue;
                }

                foreach (var argument in call.Arguments)
                {
                    if (argument.Family != SinkFamily.Response)
                    {
                        continue;
                    }

                    if (row.Condition == SinkCondition.RouteHandler)
                    {
                        AnalyzeHandler(context, state, (IInvocationOperation)context.Operation, argument.Value, contract, findings);
                    }
                    else
                    {
                        var finding = ExposureReporter.Find(
                            context.ContainingSymbol, state, Rule, ExposureReporter.ValueType(argument.Value), contract,
                            argument.Value.Syntax.GetLocation(), Describe(context.ContainingSymbol),
                            issued: IssuedAround(context, state, actions, endpoints), onlyWrittenMembers: true, value: argument.Value);
                        if (finding is not null)
                        {
                            findings.Add(finding, EndpointOf(context));
                        }
                    }
                }
            }
        }

        private static void AnalyzeActionReturn(OperationAnalysisContext context, PrivacyCompilation state, ControllerActions actions, CredentialEndpoints endpoints, GroupedFindings findings)
        {
            var returned = ((IReturnOperation)context.Operation).ReturnedValue;
            if (returned is null || !actions.IsAction(context.ContainingSymbol) || IsInsideLambda(context.Operation))
            {
                return;
            }

            ReportReturned(context, state, returned, ExposureContract.SystemTextJson, Describe(context.ContainingSymbol), endpoints.ForAction((IMethodSymbol)context.ContainingSymbol!), EndpointOf(context), findings);
        }

        /// <summary>The credentials the endpoint around a result call (<c>Ok(x)</c>) issues by design: a controller action,
        /// or a minimal API lambda mapped by a <c>Map*</c> call.</summary>
        private static IssuedCredentials IssuedAround(OperationAnalysisContext context, PrivacyCompilation state, ControllerActions actions, CredentialEndpoints endpoints)
        {
            if (Owner(context.Operation) is { } lambda)
            {
                return MapCallOf(lambda, state) is { } map ? CredentialEndpoints.ForRoute(map.TargetMethod.Name, Pattern(map), handler: null) : IssuedCredentials.None;
            }

            return context.ContainingSymbol is IMethodSymbol method && actions.AreAvailable && actions.IsAction(method)
                ? endpoints.ForAction(method)
                : IssuedCredentials.None;
        }

        /// <summary>The <c>MapGet("/x", lambda)</c> call that a lambda is the handler of.</summary>
        private static IInvocationOperation? MapCallOf(IAnonymousFunctionOperation lambda, PrivacyCompilation state)
        {
            var current = lambda.Parent;
            while (current is IDelegateCreationOperation or IConversionOperation or IArgumentOperation)
            {
                current = current.Parent;
            }

            if (current is IInvocationOperation invocation)
            {
                foreach (var row in state.Sinks.RowsFor(invocation.TargetMethod))
                {
                    if (row.Condition == SinkCondition.RouteHandler)
                    {
                        return invocation;
                    }
                }
            }

            return null;
        }

        private static string? Pattern(IInvocationOperation map)
        {
            foreach (var argument in map.Arguments)
            {
                if (argument.Parameter?.Name == "pattern" && argument.Value.ConstantValue is { HasValue: true, Value: string pattern })
                {
                    return pattern;
                }
            }

            return null;
        }

        /// <summary>The values a return can yield (both arms of a conditional, every arm of a switch, both sides of ??): each
        /// PII member once per return, where the first value that carries it is written. A result call among them is
        /// reported at its own argument, not again here.</summary>
        private static void ReportReturned(OperationAnalysisContext context, PrivacyCompilation state, IOperation returned, ExposureContract contract, string where, IssuedCredentials issued, Location endpoint, GroupedFindings findings)
        {
            var reported = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var value in Values(returned))
            {
                if (!IsResponseCall(value, state)
                    && ExposureReporter.Find(context.ContainingSymbol, state, Rule, ExposureReporter.ValueType(value), contract, value.Syntax.GetLocation(), where, reported, issued, onlyWrittenMembers: true, value: value) is { } finding)
                {
                    findings.Add(finding, endpoint);
                }
            }
        }

        private static IEnumerable<IOperation> Values(IOperation returned)
        {
            switch (returned.WithoutConversions())
            {
                case IConditionalOperation conditional:
                    foreach (var value in Values(conditional.WhenTrue))
                    {
                        yield return value;
                    }

                    if (conditional.WhenFalse is { } whenFalse)
                    {
                        foreach (var value in Values(whenFalse))
                        {
                            yield return value;
                        }
                    }

                    break;
                case ISwitchExpressionOperation switchExpression:
                    foreach (var arm in switchExpression.Arms)
                    {
                        foreach (var value in Values(arm.Value))
                        {
                            yield return value;
                        }
                    }

                    break;
                case ICoalesceOperation coalesce:
                    foreach (var value in Values(coalesce.Value).Concat(Values(coalesce.WhenNull)))
                    {
                        yield return value;
                    }

                    break;
                case var value:
                    yield return value;
                    break;
            }
        }

        /// <summary>The values a minimal API handler returns are its response.</summary>
        private static void AnalyzeHandler(OperationAnalysisContext context, PrivacyCompilation state, IInvocationOperation map, IOperation handler, ExposureContract contract, GroupedFindings findings)
        {
            var pattern = Pattern(map);
            var route = pattern is null ? "minimal API handler" : map.TargetMethod.Name.Replace("Map", string.Empty).ToUpperInvariant() + " " + pattern;

            // A lambda passed as System.Delegate arrives as a conversion of its natural delegate type.
            if (handler.WithoutConversions() is not IDelegateCreationOperation { Target: { } target })
            {
                return;
            }

            if (target is IAnonymousFunctionOperation lambda)
            {
                if (state.SerializationAttributes.IsExposureAllowed(lambda.Symbol))
                {
                    return;
                }

                foreach (var descendant in lambda.Body.Descendants())
                {
                    if (descendant is IReturnOperation { ReturnedValue: { } returned } && Owner(descendant) == lambda)
                    {
                        ReportReturned(context, state, returned, contract, route, CredentialEndpoints.ForRoute(map.TargetMethod.Name, pattern, handler: null), lambda.Syntax.GetLocation(), findings);
                    }
                }
            }
            else if (target is IMethodReferenceOperation { Method: { } method } && !state.SerializationAttributes.IsExposureAllowed(method))
            {
                var location = handler.Syntax.GetLocation();
                if (ExposureReporter.Find(context.ContainingSymbol, state, Rule, method.ReturnType, contract, location, route,
                    issued: CredentialEndpoints.ForRoute(map.TargetMethod.Name, pattern, method), onlyWrittenMembers: true) is { } finding)
                {
                    // Each mapping of a method group is its own endpoint.
                    findings.Add(finding, location);
                }
            }
        }

        /// <summary><c>return TypedResults.Created(uri, kyc)</c>: the call itself is reported at its argument; its
        /// <c>Created&lt;Kyc&gt;</c> type must not be reported again.</summary>
        private static bool IsResponseCall(IOperation returned, PrivacyCompilation state)
        {
            var member = returned.WithoutConversions() switch
            {
                IInvocationOperation invocation => invocation.TargetMethod,
                IObjectCreationOperation { Constructor: { } constructor } => constructor,
                _ => null,
            };
            if (member is null)
            {
                return false;
            }

            foreach (var row in state.Sinks.RowsFor(member))
            {
                if ((row.Families & SinkFamily.Response) != 0 && row.Condition != SinkCondition.RouteHandler)
                {
                    return true;
                }
            }

            return false;
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

        /// <summary>The endpoint a result call or return belongs to: the minimal API lambda around it, or the action.</summary>
        private static Location EndpointOf(OperationAnalysisContext context)
        {
            if (Owner(context.Operation) is { } lambda)
            {
                return lambda.Syntax.GetLocation();
            }

            return context.ContainingSymbol is { Locations: { Length: > 0 } locations } ? locations[0] : context.Operation.Syntax.GetLocation();
        }

        private static string Describe(ISymbol? symbol) => SymbolNames.Owner(symbol, qualified: true) ?? "endpoint";
    }
}
