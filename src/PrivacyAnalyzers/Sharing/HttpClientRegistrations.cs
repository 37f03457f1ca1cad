using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Sinks;

namespace PrivacyAnalyzers.Sharing
{
    /// <summary>
    /// The base addresses the code gives its named and typed clients: <c>services.AddHttpClient("nadra", c =&gt;
    /// c.BaseAddress = new Uri("https://verify.nadra.gov.pk/"))</c>, <c>AddHttpClient&lt;SmsGateway&gt;(...)</c>, and
    /// <c>.ConfigureHttpClient(...)</c> chained after either. Searched once per compilation, only in the files that name
    /// <c>AddHttpClient</c>. A base address read from configuration shows no host and is not recorded.
    /// </summary>
    internal sealed class HttpClientRegistrations
    {
        private const string MethodName = "AddHttpClient";

        private readonly Dictionary<string, string> _hostsByName = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<INamedTypeSymbol, string> _hostsByType = new Dictionary<INamedTypeSymbol, string>(SymbolEqualityComparer.Default);

        /// <summary>The host of the client named <paramref name="name"/> (<c>IHttpClientFactory.CreateClient(name)</c>).</summary>
        public string? HostOfNamed(string name) => _hostsByName.TryGetValue(name, out var host) ? host : null;

        /// <summary>The host of the typed client <paramref name="type"/> (the <c>HttpClient</c> its constructor is given).</summary>
        public string? HostOfTyped(INamedTypeSymbol type) => _hostsByType.TryGetValue(type.OriginalDefinition, out var host) ? host : null;

        public static HttpClientRegistrations Find(Compilation compilation)
        {
            var found = new HttpClientRegistrations();
            foreach (var (tree, model) in CompilationSearch.FilesNaming(compilation, MethodName))
            {
                foreach (var node in tree.GetRoot().DescendantNodes())
                {
                    if (node is AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "BaseAddress" } }
                        && model.GetOperation(node) is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.ContainingType.Name: "HttpClient" } } assignment
                        && HttpAddress.Host(assignment.Value) is { } host
                        && Registration(assignment) is { } registration)
                    {
                        found.Add(registration, host);
                    }
                }
            }

            return found;
        }

        /// <summary>The <c>AddHttpClient</c> call whose configuring delegate holds <paramref name="assignment"/>, directly or
        /// through <c>ConfigureHttpClient</c> further along its builder chain.</summary>
        private static IInvocationOperation? Registration(IOperation assignment)
        {
            for (var parent = assignment.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is not IInvocationOperation invocation)
                {
                    continue;
                }

                for (var call = invocation; call is not null; call = Receiver(call) as IInvocationOperation)
                {
                    if (call.TargetMethod.Name == MethodName)
                    {
                        return call;
                    }
                }

                return null;
            }

            return null;
        }

        private static IOperation? Receiver(IInvocationOperation call) =>
            (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : call.Instance)?.WithoutConversions();

        private void Add(IInvocationOperation registration, string host)
        {
            foreach (var argument in registration.Arguments)
            {
                if (argument.Parameter?.Name == "name" && argument.Value.ConstantValue is { HasValue: true, Value: string name })
                {
                    _hostsByName[name] = host;
                }
            }

            // AddHttpClient<TClient> and <TClient, TImplementation>: both types are given the client; its name is TClient's.
            var typeArguments = registration.TargetMethod.TypeArguments;
            foreach (var typeArgument in typeArguments)
            {
                if (typeArgument is INamedTypeSymbol type)
                {
                    _hostsByType[type.OriginalDefinition] = host;
                }
            }

            if (typeArguments.Length > 0)
            {
                _hostsByName[typeArguments[0].Name] = host;
            }
        }
    }
}
