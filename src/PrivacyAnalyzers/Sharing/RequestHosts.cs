using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Sinks;

namespace PrivacyAnalyzers.Sharing
{
    /// <summary>
    /// The host an <c>HttpClient</c> request goes to, as far as the code shows it: an absolute address at the call, else the
    /// client's <c>BaseAddress</c> set where the client is made (an initializer, an assignment in the same method or in the
    /// client's own type), or given to a named or typed client at registration (<see cref="HttpClientRegistrations"/>).
    /// Null when the code does not show it; such a request is not judged.
    /// </summary>
    internal sealed class RequestHosts
    {
        // How many locals, fields and factory calls one lookup follows (a client made from a client made from ...).
        private const int MaxSteps = 4;

        private readonly Lazy<HttpClientRegistrations> _registrations;

        public RequestHosts(Compilation compilation)
        {
            _registrations = new Lazy<HttpClientRegistrations>(() => HttpClientRegistrations.Find(compilation));
        }

        public string? HostOf(SinkCall call)
        {
            if (call.Operation is IAssignmentOperation { Target: IPropertyReferenceOperation { Instance: { } request } })
            {
                // request.Content = ...: the address the request message was made with.
                return RequestMessage(request.WithoutConversions()) is { } creation ? MessageHost(creation) : null;
            }

            var addressed = false;
            foreach (var argument in call.Arguments)
            {
                if (argument.Family != SinkFamily.HttpUrl)
                {
                    continue;
                }

                if (HttpAddress.Host(argument.Value) is { } host)
                {
                    return host;
                }

                addressed |= HttpAddress.IsAbsolute(argument.Value);
            }

            // An absolute address whose host the code does not show replaces any base address.
            return addressed || Client(call.Operation) is not { } client ? null : ClientHost(client, MaxSteps);
        }

        /// <summary>The <c>new HttpRequestMessage(...)</c> a content is set on: the object its initializer belongs to, or a
        /// local's initial value.</summary>
        private static IObjectCreationOperation? RequestMessage(IOperation request)
        {
            switch (request)
            {
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }:
                    for (var parent = request.Parent; parent is not null; parent = parent.Parent)
                    {
                        if (parent is IObjectCreationOperation creation)
                        {
                            return creation;
                        }
                    }

                    return null;
                case ILocalReferenceOperation local:
                    return local.InitialValue()?.WithoutConversions() as IObjectCreationOperation;
                default:
                    return null;
            }
        }

        /// <summary>The host of a request message's absolute address; a relative one is resolved by the client that sends
        /// it, which the message does not show.</summary>
        private static string? MessageHost(IObjectCreationOperation creation)
        {
            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter?.Name == "requestUri")
                {
                    return HttpAddress.Host(argument.Value);
                }
            }

            return null;
        }

        /// <summary>The client a request is sent with: the receiver, or the first argument of an extension (<c>PostAsJsonAsync</c>).</summary>
        private static IOperation? Client(IOperation operation) => operation switch
        {
            IInvocationOperation { TargetMethod.IsExtensionMethod: true, Arguments.Length: > 0 } extension => extension.Arguments[0].Value.WithoutConversions(),
            IInvocationOperation invocation => invocation.Instance?.WithoutConversions(),
            _ => null,
        };

        private string? ClientHost(IOperation client, int steps)
        {
            if (steps == 0)
            {
                return null;
            }

            switch (client)
            {
                case IObjectCreationOperation creation:
                    return InitializerHost(creation);
                case IInvocationOperation { TargetMethod.Name: "CreateClient" } create:
                    // IHttpClientFactory.CreateClient(name); the extension without a name asks for the default client "".
                    foreach (var argument in create.Arguments)
                    {
                        if (argument.Parameter?.Name == "name")
                        {
                            return argument.Value.ConstantValue is { HasValue: true, Value: string name } ? _registrations.Value.HostOfNamed(name) : null;
                        }
                    }

                    return _registrations.Value.HostOfNamed(string.Empty);
                case ILocalReferenceOperation local:
                    return LocalHost(local, steps);
                case IFieldReferenceOperation { Field: { } field }:
                    return MemberHost(client, field, steps);
                case IPropertyReferenceOperation { Property: { } property }:
                    return MemberHost(client, property, steps);
                case IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType: { } type } }:
                    // A typed client's constructor is given the registered client.
                    return _registrations.Value.HostOfTyped(type);
                default:
                    return null;
            }
        }

        private static string? InitializerHost(IObjectCreationOperation creation)
        {
            if (creation.Initializer is null)
            {
                return null;
            }

            foreach (var initializer in creation.Initializer.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "BaseAddress" } } assignment)
                {
                    return HttpAddress.Host(assignment.Value);
                }
            }

            return null;
        }

        /// <summary>A local: what it is initialised with, or a <c>BaseAddress</c> assigned to it in the same method.</summary>
        private string? LocalHost(ILocalReferenceOperation local, int steps)
        {
            if (local.InitialValue() is { } value && ClientHost(value.WithoutConversions(), steps - 1) is { } initialized)
            {
                return initialized;
            }

            foreach (var operation in local.Root().Descendants())
            {
                if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "BaseAddress", Instance: ILocalReferenceOperation target } } assignment
                    && SymbolEqualityComparer.Default.Equals(target.Local, local.Local))
                {
                    return HttpAddress.Host(assignment.Value);
                }
            }

            return null;
        }

        /// <summary>A field or property of a type: the type's registration as a typed client, else what the type's own code
        /// (in the same file) assigns to the member or to its <c>BaseAddress</c>.</summary>
        private string? MemberHost(IOperation reference, ISymbol member, int steps)
        {
            var type = member.ContainingType;
            if (type is null)
            {
                return null;
            }

            if (_registrations.Value.HostOfTyped(type) is { } registered)
            {
                return registered;
            }

            var model = reference.SemanticModel;
            if (model is null)
            {
                return null;
            }

            foreach (var declaration in type.DeclaringSyntaxReferences)
            {
                if (declaration.SyntaxTree != model.SyntaxTree)
                {
                    continue; // Another file of a partial type: not bound from here.
                }

                foreach (var node in declaration.GetSyntax().DescendantNodes())
                {
                    var host = node switch
                    {
                        AssignmentExpressionSyntax assignment => AssignedHost(model, assignment, member, steps),
                        VariableDeclaratorSyntax { Initializer: { } initializer } declarator when declarator.Identifier.ValueText == member.Name
                            => model.GetOperation(initializer.Value) is { } value ? ClientHost(value.WithoutConversions(), steps - 1) : null,
                        PropertyDeclarationSyntax { Initializer: { } initializer } property when property.Identifier.ValueText == member.Name
                            => model.GetOperation(initializer.Value) is { } value ? ClientHost(value.WithoutConversions(), steps - 1) : null,
                        _ => null,
                    };
                    if (host is not null)
                    {
                        return host;
                    }
                }
            }

            return null;
        }

        /// <summary><c>_http = ...</c> (what the member is given) or <c>_http.BaseAddress = ...</c>.</summary>
        private string? AssignedHost(SemanticModel model, AssignmentExpressionSyntax assignment, ISymbol member, int steps)
        {
            var left = assignment.Left;
            var isBaseAddress = left is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "BaseAddress" };
            var named = isBaseAddress ? ((MemberAccessExpressionSyntax)left).Expression : left;
            var name = named switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access => access.Name.Identifier.ValueText,
                _ => null,
            };
            if (name != member.Name || model.GetOperation(assignment) is not ISimpleAssignmentOperation bound)
            {
                return null;
            }

            if (isBaseAddress)
            {
                return bound.Target is IPropertyReferenceOperation { Instance: { } instance } && Refers(instance.WithoutConversions(), member)
                    ? HttpAddress.Host(bound.Value)
                    : null;
            }

            return Refers(bound.Target, member) ? ClientHost(bound.Value.WithoutConversions(), steps - 1) : null;
        }

        private static bool Refers(IOperation operation, ISymbol member) => operation switch
        {
            IFieldReferenceOperation field => SymbolEqualityComparer.Default.Equals(field.Field, member),
            IPropertyReferenceOperation property => SymbolEqualityComparer.Default.Equals(property.Property, member),
            _ => false,
        };
    }
}
