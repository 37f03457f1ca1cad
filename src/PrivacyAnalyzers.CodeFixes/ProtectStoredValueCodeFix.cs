using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// Fix for PII3006 and PII3008 where a protector is in reach: an identity value written to a database parameter,
    /// file, cache, session or cookie is wrapped with <c>protector.Protect(value)</c> (an <c>IDataProtector</c> field,
    /// property, parameter or earlier local); a password is replaced by <c>hasher.HashPassword(user, value)</c> when an
    /// <c>IPasswordHasher&lt;TUser&gt;</c> and a <c>TUser</c> are in reach. Card data has no such fix: it must not be stored.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ProtectStoredValueCodeFix)), Shared]
    public sealed class ProtectStoredValueCodeFix : CodeFixProvider
    {
        private const string EquivalenceKey = "PrivacyAnalyzers.ProtectStoredValue";
        private const string DataProtectionNamespace = "Microsoft.AspNetCore.DataProtection";

        public override ImmutableArray<string> FixableDiagnosticIds =>
            ImmutableArray.Create(RuleIdentifiers.PiiInDatabaseParameter, RuleIdentifiers.PiiInLocalStorage);

        public override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create((context, document, diagnostics) => ProtectAsync(document, diagnostics, context.CancellationToken));

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (FindReplacements(root, model, diagnostic, context.CancellationToken).FirstOrDefault() is { } replacement)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            replacement.Title,
                            ct => ProtectAsync(context.Document, ImmutableArray.Create(diagnostic), ct)!,
                            EquivalenceKey),
                        diagnostic);
                }
            }
        }

        private static async Task<Document?> ProtectAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return document;
            }

            var replacements = new Dictionary<ExpressionSyntax, Replacement>();
            foreach (var diagnostic in diagnostics)
            {
                foreach (var replacement in FindReplacements(root, model, diagnostic, cancellationToken))
                {
                    replacements[replacement.Target] = replacement;
                }
            }

            if (replacements.Count == 0)
            {
                return document;
            }

            var newRoot = root.ReplaceNodes(replacements.Keys, (original, rewritten) => replacements[original].Build((ExpressionSyntax)rewritten));
            if (replacements.Values.Any(r => r.NeedsDataProtectionUsing) && newRoot is CompilationUnitSyntax unit && !HasUsing(model, unit))
            {
                newRoot = unit.AddUsings(SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(DataProtectionNamespace)).WithAdditionalAnnotations(Formatter.Annotation));
            }

            return await FixedDocument.FinishAsync(document.WithSyntaxRoot(newRoot), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>A replacement for each read of the member in the stored value that can be protected where it is.</summary>
        private static IEnumerable<Replacement> FindReplacements(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (!TargetExpression.TryGetTargets(diagnostic, out var spans, out var kind))
            {
                yield break;
            }

            foreach (var span in spans)
            {
                if (TargetExpression.Find(root, span) is { } target
                    && model.GetTypeInfo(target, cancellationToken).Type?.SpecialType == SpecialType.System_String
                    && FindReplacement(target, model, PiiKinds.StorageOf(kind)) is { } replacement)
                {
                    yield return replacement;
                }
            }
        }

        private static Replacement? FindReplacement(ExpressionSyntax target, SemanticModel model, StoragePolicy storage)
        {
            var position = target.SpanStart;
            if (storage == StoragePolicy.OneWayHashOnly)
            {
                var hasherType = model.Compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Identity.IPasswordHasher`1");
                foreach (var hasher in InReach(model, position, type => type is INamedTypeSymbol named && named.ImplementsOrEquals(hasherType)))
                {
                    var userType = HasherUser(hasher.Type, hasherType!);
                    var users = userType is null ? new List<(string Name, ITypeSymbol Type)>() : InReach(model, position, type => SymbolEqualityComparer.Default.Equals(type, userType)).ToList();
                    if (users.Count > 0)
                    {
                        var user = users[0];
                        return new Replacement(target, $"Store a hash: {hasher.Name}.HashPassword({user.Name}, ...)", value =>
                            SyntaxFactory.ParseExpression($"{hasher.Name}.HashPassword({user.Name}, {value.WithoutTrivia()})").WithTriviaFrom(value), false);
                    }
                }

                return null;
            }

            if (storage == StoragePolicy.EncryptedOnly)
            {
                var protectorType = model.Compilation.GetTypeByMetadataName(DataProtectionNamespace + ".IDataProtector");
                var protectors = InReach(model, position, type => type is INamedTypeSymbol named && named.ImplementsOrEquals(protectorType)).ToList();
                if (protectors.Count > 0)
                {
                    var protector = protectors[0];
                    return new Replacement(target, $"Encrypt with {protector.Name}.Protect(...)", value =>
                        SyntaxFactory.ParseExpression($"{protector.Name}.Protect({value.WithoutTrivia()})").WithTriviaFrom(value), true);
                }
            }

            return null;
        }

        /// <summary>Fields, properties, parameters and already-declared locals usable at <paramref name="position"/>.</summary>
        private static IEnumerable<(string Name, ITypeSymbol Type)> InReach(SemanticModel model, int position, System.Func<ITypeSymbol, bool> wanted)
        {
            var enclosingStatic = model.GetEnclosingSymbol(position) is { IsStatic: true };
            foreach (var symbol in model.LookupSymbols(position))
            {
                if (!symbol.CanBeReferencedByName)
                {
                    continue;
                }

                var type = symbol switch
                {
                    ILocalSymbol local when local.DeclaringSyntaxReferences.All(r => r.Span.End <= position) => local.Type,
                    IParameterSymbol parameter => parameter.Type,
                    IFieldSymbol field when !enclosingStatic || field.IsStatic => field.Type,
                    IPropertySymbol property when !property.IsIndexer && (!enclosingStatic || property.IsStatic) => property.Type,
                    _ => null,
                };
                if (type is not null && wanted(type))
                {
                    yield return (symbol.Name, type);
                }
            }
        }

        private static ITypeSymbol? HasherUser(ITypeSymbol hasher, INamedTypeSymbol hasherContract)
        {
            var named = (INamedTypeSymbol)hasher;
            var contract = SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, hasherContract)
                ? named
                : named.AllInterfaces.FirstOrDefault(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, hasherContract));
            return contract?.TypeArguments.FirstOrDefault();
        }

        private static bool HasUsing(SemanticModel model, CompilationUnitSyntax unit)
        {
            if (unit.Usings.Any(u => u.Name?.ToString() == DataProtectionNamespace))
            {
                return true;
            }

            // Global usings from other files, and usings inside namespaces, are in scope at the first member.
            var probe = unit.Members.FirstOrDefault()?.SpanStart ?? 0;
            return model.GetImportScopes(probe).SelectMany(scope => scope.Imports)
                .Any(import => import.NamespaceOrType.ToDisplayString() == DataProtectionNamespace);
        }

        private sealed class Replacement
        {
            private readonly System.Func<ExpressionSyntax, ExpressionSyntax> _build;

            public Replacement(ExpressionSyntax target, string title, System.Func<ExpressionSyntax, ExpressionSyntax> build, bool needsDataProtectionUsing)
            {
                Target = target;
                Title = title;
                _build = build;
                NeedsDataProtectionUsing = needsDataProtectionUsing;
            }

            public ExpressionSyntax Target { get; }

            public string Title { get; }

            public bool NeedsDataProtectionUsing { get; }

            public ExpressionSyntax Build(ExpressionSyntax value) => _build(value).WithAdditionalAnnotations(Formatter.Annotation);
        }
    }
}
