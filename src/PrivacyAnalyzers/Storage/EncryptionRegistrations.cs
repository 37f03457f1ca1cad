using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Engine;

namespace PrivacyAnalyzers.Storage
{
    /// <summary>
    /// The contexts whose options turn on <c>UsePiiEncryption</c> outside the context itself: a
    /// <c>DbContextOptionsBuilder&lt;TContext&gt;</c>, or the options lambda of <c>AddDbContext&lt;TContext&gt;</c> (and its
    /// pool and factory variants). A call on an options builder of no known context (a shared helper that configures
    /// any context) counts for every context: reporting a context that is encrypted would be a false positive.
    /// Registrations in another project cannot be seen; the rule's page says so.
    /// </summary>
    internal sealed class EncryptionRegistrations
    {
        private const string MethodName = "UsePiiEncryption";

        private readonly HashSet<INamedTypeSymbol> _contexts = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        private bool _anyContext;

        public bool Encrypts(INamedTypeSymbol context)
        {
            if (_anyContext)
            {
                return true;
            }

            for (var type = context; type is not null; type = type.BaseType)
            {
                if (_contexts.Contains(type.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        public static EncryptionRegistrations Find(Compilation compilation)
        {
            var found = new EncryptionRegistrations();
            foreach (var (tree, model) in CompilationSearch.FilesNaming(compilation, MethodName))
            {
                foreach (var node in tree.GetRoot().DescendantNodes())
                {
                    if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: MethodName } }
                        && model.GetOperation(node) is IInvocationOperation invocation)
                    {
                        found.Add(invocation, model.GetEnclosingSymbol(node.SpanStart));
                    }
                }
            }

            return found;
        }

        private void Add(IInvocationOperation invocation, ISymbol? enclosing)
        {
            var builder = invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0
                ? invocation.Arguments[0].Value.WithoutConversions().Type
                : invocation.Instance?.Type;
            if (builder is not INamedTypeSymbol { Name: "DbContextOptionsBuilder" } named)
            {
                return; // ModelConfigurationBuilder: read with the context's own ConfigureConventions.
            }

            if (named.IsGenericType && named.TypeArguments[0] is INamedTypeSymbol context)
            {
                _contexts.Add(context.OriginalDefinition);
                return;
            }

            if (enclosing is IMethodSymbol { Name: "OnConfiguring", IsOverride: true, ContainingType: { } configured })
            {
                // The context's own OnConfiguring configures that context (and those derived from it).
                _contexts.Add(configured.OriginalDefinition);
                return;
            }

            for (var parent = invocation.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IInvocationOperation { TargetMethod: { TypeArguments.Length: > 0 } registration } && IsContextRegistration(registration.Name)
                    && registration.TypeArguments[registration.TypeArguments.Length - 1] is INamedTypeSymbol registered)
                {
                    // AddDbContext<TContextService, TContextImplementation>: the implementation is the context.
                    _contexts.Add(registered.OriginalDefinition);
                    return;
                }
            }

            _anyContext = true;
        }

        private static bool IsContextRegistration(string name) =>
            name == "AddDbContext" || name == "AddDbContextPool" || name == "AddDbContextFactory" || name == "AddPooledDbContextFactory";
    }
}
