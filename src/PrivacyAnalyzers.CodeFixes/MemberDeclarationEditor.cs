using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// Fixes that add or remove an attribute on the PII member's declaration, found through the diagnostic's additional
    /// location, in whatever document of the solution it is. Edits are collected per declaration, so a member reported
    /// many times is edited once, and each document is finished (usings, simplification) once.
    /// </summary>
    internal static class MemberDeclarationEditor
    {
        public delegate Task<MemberEdit?> EditFor(Diagnostic diagnostic, FoundMember member, CancellationToken cancellationToken);

        public static async Task<Solution> ApplyAsync(Solution solution, IEnumerable<Diagnostic> diagnostics, EditFor editFor, CancellationToken cancellationToken)
        {
            var edits = new Dictionary<DocumentId, Dictionary<SyntaxNode, MemberEdit>>();
            foreach (var diagnostic in diagnostics)
            {
                if (await FindMemberAsync(solution, diagnostic, cancellationToken).ConfigureAwait(false) is not { } member
                    || await editFor(diagnostic, member, cancellationToken).ConfigureAwait(false) is not { } edit)
                {
                    continue;
                }

                if (!edits.TryGetValue(member.Document.Id, out var byNode))
                {
                    edits[member.Document.Id] = byNode = new Dictionary<SyntaxNode, MemberEdit>();
                }

                byNode[member.Declaration] = edit;
            }

            foreach (var pair in edits)
            {
                var document = solution.GetDocument(pair.Key)!;
                var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var newRoot = root!.ReplaceNodes(pair.Value.Keys, (original, rewritten) => pair.Value[original].Apply(rewritten));
                var updated = await FixedDocument.FinishAsync(document.WithSyntaxRoot(newRoot), cancellationToken).ConfigureAwait(false);
                solution = updated.Project.Solution;
            }

            return solution;
        }

        public static async Task<FoundMember?> FindMemberAsync(Solution solution, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var location = diagnostic.AdditionalLocations.Count > 0 && diagnostic.AdditionalLocations[0].IsInSource
                ? diagnostic.AdditionalLocations[0]
                : await DeclarationInOtherProjectAsync(solution, diagnostic, cancellationToken).ConfigureAwait(false);
            if (location is null)
            {
                return null;
            }

            var document = solution.GetDocument(location.SourceTree);
            var root = document is null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || !root.FullSpan.Contains(location.SourceSpan))
            {
                return null;
            }

            var node = root.FindNode(location.SourceSpan);
            switch (node)
            {
                case PropertyDeclarationSyntax property:
                    return new FoundMember(document!, property, property, property.Identifier.ValueText);
                case ParameterSyntax parameter when parameter.Parent?.Parent is RecordDeclarationSyntax:
                    return new FoundMember(document!, parameter, parameter, parameter.Identifier.ValueText);
                case VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: FieldDeclarationSyntax field } } variable:
                    return new FoundMember(document!, field, variable, variable.Identifier.ValueText);
                default:
                    return null;
            }
        }

        /// <summary>A member declared in another project of the solution (no additional location can point there): found
        /// by its documentation ID through the compilation of the document the diagnostic is in.</summary>
        private static async Task<Location?> DeclarationInOtherProjectAsync(Solution solution, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.MemberId, out var id) || id is null
                || solution.GetDocument(diagnostic.Location.SourceTree) is not { } document
                || await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false) is not { } compilation)
            {
                return null;
            }

            var reference = DocumentationCommentId.GetFirstSymbolForDeclarationId(id, compilation)?.DeclaringSyntaxReferences.FirstOrDefault();
            return reference is null ? null : Location.Create(reference.SyntaxTree, reference.Span);
        }

        internal readonly struct FoundMember
        {
            public FoundMember(Document document, SyntaxNode declaration, SyntaxNode symbolNode, string name)
            {
                Document = document;
                Declaration = declaration;
                SymbolNode = symbolNode;
                Name = name;
            }

            public Document Document { get; }

            /// <summary>Where attributes go: the property, the field declaration, or the record parameter.</summary>
            public SyntaxNode Declaration { get; }

            public SyntaxNode SymbolNode { get; }

            public string Name { get; }
        }

        /// <summary>Adds an attribute to, or removes one from, a member declaration.</summary>
        internal sealed class MemberEdit
        {
            private readonly string? _attributeName;
            private readonly string? _argument;
            private readonly AttributeSyntax? _remove;

            private MemberEdit(string? attributeName, string? argument, AttributeSyntax? remove)
            {
                _attributeName = attributeName;
                _argument = argument;
                _remove = remove;
            }

            public static MemberEdit Add(string attributeName, string? argument = null) => new MemberEdit(attributeName, argument, null);

            public static MemberEdit Remove(AttributeSyntax attribute) => new MemberEdit(null, null, attribute);

            public SyntaxNode Apply(SyntaxNode declaration)
            {
                if (_remove is not null)
                {
                    var current = declaration.DescendantNodes().OfType<AttributeSyntax>().FirstOrDefault(a => a.IsEquivalentTo(_remove));
                    if (current is null)
                    {
                        return declaration;
                    }

                    SyntaxNode removed = current.Parent is AttributeListSyntax { Attributes.Count: 1 } list ? list : current;
                    return declaration.RemoveNode(removed, SyntaxRemoveOptions.KeepLeadingTrivia)!;
                }

                var attribute = SyntaxFactory.Attribute(
                    SyntaxFactory.ParseName(_attributeName!),
                    _argument is null
                        ? null
                        : SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(SyntaxFactory.ParseExpression(_argument)))))
                    .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

                if (declaration is ParameterSyntax parameter)
                {
                    // A positional record parameter: the attribute belongs on the generated property.
                    var list = SyntaxFactory.AttributeList(
                        SyntaxFactory.AttributeTargetSpecifier(SyntaxFactory.Token(SyntaxKind.PropertyKeyword)),
                        SyntaxFactory.SingletonSeparatedList(attribute));
                    return InsertAttributeList(parameter, parameter.AttributeLists, list, (node, lists) => ((ParameterSyntax)node).WithAttributeLists(lists));
                }

                if (declaration is MemberDeclarationSyntax member)
                {
                    var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
                    return InsertAttributeList(member, member.AttributeLists, list, (node, lists) => ((MemberDeclarationSyntax)node).WithAttributeLists(lists));
                }

                return declaration;
            }

            /// <summary>Adds the list after the existing ones, in the layout the code already has: on its own line
            /// when the declaration starts a line, inline otherwise.</summary>
            private static SyntaxNode InsertAttributeList(
                SyntaxNode declaration,
                SyntaxList<AttributeListSyntax> lists,
                AttributeListSyntax list,
                Func<SyntaxNode, SyntaxList<AttributeListSyntax>, SyntaxNode> withLists)
            {
                if (lists.Count > 0)
                {
                    var last = lists[lists.Count - 1];
                    var endsLine = last.GetTrailingTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
                    var indentation = endsLine ? Indentation(declaration.GetLeadingTrivia()) : default;
                    list = list.WithLeadingTrivia(indentation).WithTrailingTrivia(last.GetTrailingTrivia());
                    return withLists(declaration, lists.Add(list));
                }

                var leading = declaration.GetLeadingTrivia();
                // The line break the file already uses (LF or CRLF), if the declaration starts a line.
                var lineBreak = leading.Concat(declaration.GetFirstToken().GetPreviousToken().TrailingTrivia)
                    .FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
                var separator = lineBreak != default
                    ? SyntaxFactory.TriviaList(lineBreak).AddRange(Indentation(leading))
                    : SyntaxFactory.TriviaList(SyntaxFactory.Space);
                return withLists(declaration.WithoutLeadingTrivia(), SyntaxFactory.SingletonList(list.WithLeadingTrivia(leading).WithTrailingTrivia(separator)));
            }

            private static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
            {
                var last = leading.LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia));
                return last == default ? SyntaxFactory.TriviaList() : SyntaxFactory.TriviaList(last);
            }
        }

        /// <summary>Fix All for member edits: gathers the scope's diagnostics and applies the edit chosen by the equivalence key.</summary>
        internal sealed class FixAll : FixAllProvider
        {
            private readonly Func<string?, (string Title, EditFor Edit)> _byKey;

            public FixAll(Func<string?, (string Title, EditFor Edit)> byKey)
            {
                _byKey = byKey;
            }

            public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
            {
                var diagnostics = new List<Diagnostic>();
                switch (fixAllContext.Scope)
                {
                    case FixAllScope.Document when fixAllContext.Document is not null:
                        diagnostics.AddRange(await fixAllContext.GetDocumentDiagnosticsAsync(fixAllContext.Document).ConfigureAwait(false));
                        break;
                    case FixAllScope.Project:
                        diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(fixAllContext.Project).ConfigureAwait(false));
                        break;
                    case FixAllScope.Solution:
                        foreach (var project in fixAllContext.Solution.Projects)
                        {
                            diagnostics.AddRange(await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                        }

                        break;
                }

                var (title, edit) = _byKey(fixAllContext.CodeActionEquivalenceKey);
                return CodeAction.Create(title, ct => ApplyAsync(fixAllContext.Solution, diagnostics, edit, ct), fixAllContext.CodeActionEquivalenceKey);
            }
        }
    }
}
