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
    /// Fixes that add or remove an attribute on the declarations of the PII members a diagnostic names, in whatever
    /// document of the solution they are. Edits are collected per declaration, so a member reported many times is edited
    /// once, and each document is finished (usings, simplification) once.
    /// </summary>
    internal static class MemberDeclarationEditor
    {
        public delegate Task<MemberEdit?> EditFor(Diagnostic diagnostic, FoundMember member, CancellationToken cancellationToken);

        public static async Task<Solution> ApplyAsync(Solution solution, IEnumerable<Diagnostic> diagnostics, EditFor editFor, CancellationToken cancellationToken)
        {
            var edits = new Dictionary<DocumentId, Dictionary<SyntaxNode, MemberEdit>>();
            foreach (var diagnostic in diagnostics)
            {
                foreach (var member in await FindMembersAsync(solution, diagnostic, cancellationToken).ConfigureAwait(false))
                {
                    if (await editFor(diagnostic, member, cancellationToken).ConfigureAwait(false) is not { } edit)
                    {
                        continue;
                    }

                    if (!edits.TryGetValue(member.Document.Id, out var byNode))
                    {
                        edits[member.Document.Id] = byNode = new Dictionary<SyntaxNode, MemberEdit>();
                    }

                    byNode[member.Declaration] = edit;
                }
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

        /// <summary>For fixes that add an attribute to the one member each diagnostic names: registers the fix on each
        /// diagnostic whose member has a declaration in the solution, and none when the compilation lacks
        /// <paramref name="attributeMetadataName"/> (the annotations are not referenced).</summary>
        public static async Task RegisterForEachMemberAsync(
            CodeFixContext context, string attributeMetadataName, Func<FoundMember, string> title, EditFor editFor, string equivalenceKey)
        {
            var solution = context.Document.Project.Solution;
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (model?.Compilation.GetTypeByMetadataName(attributeMetadataName) is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if ((await FindMembersAsync(solution, diagnostic, context.CancellationToken).ConfigureAwait(false)).FirstOrDefault() is { Document: not null } member)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(title(member), ct => ApplyAsync(solution, new[] { diagnostic }, editFor, ct), equivalenceKey),
                        diagnostic);
                }
            }
        }

        /// <summary>The declarations of the members a diagnostic is about (its <c>Members</c> property), in whichever project
        /// of the solution they are: found by documentation ID through the compilation of the diagnostic's document, which
        /// sees its own sources and those of the projects it references. Members without source (metadata) are left out.</summary>
        public static async Task<List<FoundMember>> FindMembersAsync(Solution solution, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var found = new List<FoundMember>();
            if (!diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.Members, out var list) || string.IsNullOrEmpty(list)
                || solution.GetDocument(diagnostic.Location.SourceTree) is not { } document
                || await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false) is not { } compilation)
            {
                return found;
            }

            foreach (var entry in list!.Split('\n'))
            {
                var space = entry.IndexOf(' ');
                if (space <= 0
                    || DocumentationCommentId.GetFirstSymbolForDeclarationId(entry.Substring(space + 1), compilation) is not { } symbol
                    || symbol.DeclaringSyntaxReferences.FirstOrDefault() is not { } reference
                    || solution.GetDocument(reference.SyntaxTree) is not { } declaring
                    || await Declaration(declaring, reference, entry.Substring(0, space), cancellationToken).ConfigureAwait(false) is not { } member)
                {
                    continue;
                }

                found.Add(member);
            }

            return found;
        }

        private static async Task<FoundMember?> Declaration(Document document, SyntaxReference reference, string kind, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || !root.FullSpan.Contains(reference.Span))
            {
                return null;
            }

            switch (root.FindNode(reference.Span))
            {
                case PropertyDeclarationSyntax property:
                    return new FoundMember(document, property, property, property.Identifier.ValueText, kind);
                case ParameterSyntax parameter when parameter.Parent?.Parent is RecordDeclarationSyntax:
                    return new FoundMember(document, parameter, parameter, parameter.Identifier.ValueText, kind);
                case VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: FieldDeclarationSyntax field } } variable:
                    return new FoundMember(document, field, variable, variable.Identifier.ValueText, kind);
                default:
                    return null;
            }
        }

        /// <summary>How a fix's title names the members it edits: <c>'Cnic'</c>, <c>'Cnic' and 'Msisdn'</c>, <c>'Cnic', 'Msisdn' and 3 more</c>.</summary>
        public static string Names(List<FoundMember> members)
        {
            var shown = members.Count <= 3 ? members.Count : 2;
            var names = string.Join(", ", members.Take(shown).Select(m => "'" + m.Name + "'"));
            if (members.Count > shown)
            {
                return names + " and " + (members.Count - shown) + " more";
            }

            var last = names.LastIndexOf(", ", StringComparison.Ordinal);
            return last < 0 ? names : names.Substring(0, last) + " and " + names.Substring(last + 2);
        }

        internal readonly struct FoundMember
        {
            public FoundMember(Document document, SyntaxNode declaration, SyntaxNode symbolNode, string name, string kind)
            {
                Document = document;
                Declaration = declaration;
                SymbolNode = symbolNode;
                Name = name;
                Kind = kind;
            }

            public Document Document { get; }

            /// <summary>Where attributes go: the property, the field declaration, or the record parameter.</summary>
            public SyntaxNode Declaration { get; }

            public SyntaxNode SymbolNode { get; }

            public string Name { get; }

            /// <summary>The member's <c>PiiKind</c> member name, as the diagnostic gave it.</summary>
            public string Kind { get; }
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
            /// when the attributes are on lines of their own; inline, into the last list (<c>[Pii(PiiKind.Cnic), JsonIgnore]</c>),
            /// when they share the declaration's line, since formatting would glue a separate list to it (<c>][</c>).</summary>
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
                    if (!endsLine && last.Target?.Identifier.ValueText == list.Target?.Identifier.ValueText)
                    {
                        return withLists(declaration, lists.Replace(last, last.AddAttributes(list.Attributes.ToArray())));
                    }

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
