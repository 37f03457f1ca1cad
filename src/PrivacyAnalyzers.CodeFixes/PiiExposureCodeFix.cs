using System;
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
using Microsoft.CodeAnalysis.Simplification;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// Fixes for the exposure rules (PII2001, PII2002), applied to the PII member's declaration (the diagnostic's
    /// additional location), wherever it is in the solution:
    /// <list type="bullet">
    /// <item>ignore the member in the serializer that wrote it: System.Text.Json or Newtonsoft <c>[JsonIgnore]</c>,
    /// <c>[XmlIgnore]</c>, <c>[IgnoreDataMember]</c>, or removing <c>[DataMember]</c> from an opt-in data contract;</item>
    /// <item>System.Text.Json only: keep the member but write it masked, with <c>[JsonPiiMask(PiiKind.X)]</c>.</item>
    /// </list>
    /// Not offered when the member is not in source, or is one of several fields in one declaration.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PiiExposureCodeFix)), Shared]
    public sealed class PiiExposureCodeFix : CodeFixProvider
    {
        public const string IgnoreKey = "PrivacyAnalyzers.IgnoreMember";
        public const string MaskKey = "PrivacyAnalyzers.MaskInJson";

        public override ImmutableArray<string> FixableDiagnosticIds =>
            ImmutableArray.Create(RuleIdentifiers.PiiSerialized, RuleIdentifiers.PiiInApiResponse);

        public override FixAllProvider GetFixAllProvider() => new ExposureFixAllProvider();

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var solution = context.Document.Project.Solution;
            foreach (var diagnostic in context.Diagnostics)
            {
                var member = await FindMemberAsync(solution, diagnostic, context.CancellationToken).ConfigureAwait(false);
                if (member is null || !TryGetContract(diagnostic, out var contract))
                {
                    continue;
                }

                var name = member.Value.Name;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Ignore '{name}' when serializing ({Display(contract)})",
                        ct => ApplyAsync(solution, new[] { diagnostic }, IgnoreKey, ct),
                        IgnoreKey),
                    diagnostic);
                if (CanMaskInJson(diagnostic, contract))
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            $"Write '{name}' masked in JSON ([JsonPiiMask])",
                            ct => ApplyAsync(solution, new[] { diagnostic }, MaskKey, ct),
                            MaskKey),
                        diagnostic);
                }
            }
        }

        private static async Task<Solution> ApplyAsync(Solution solution, IEnumerable<Diagnostic> diagnostics, string fixKey, CancellationToken cancellationToken)
        {
            // Edits are collected per member declaration first, so a member reported by many calls is edited once.
            var edits = new Dictionary<DocumentId, Dictionary<SyntaxNode, MemberEdit>>();
            foreach (var diagnostic in diagnostics)
            {
                if (!TryGetContract(diagnostic, out var contract) || (fixKey == MaskKey && !CanMaskInJson(diagnostic, contract)))
                {
                    continue;
                }

                var member = await FindMemberAsync(solution, diagnostic, cancellationToken).ConfigureAwait(false);
                if (member is not { } found)
                {
                    continue;
                }

                if (!edits.TryGetValue(found.Document.Id, out var byNode))
                {
                    edits[found.Document.Id] = byNode = new Dictionary<SyntaxNode, MemberEdit>();
                }

                diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.PiiKind, out var kind);
                var edit = fixKey == MaskKey
                    ? MemberEdit.Add("global::PrivacyAnalyzers.Annotations.JsonPiiMask", "global::PrivacyAnalyzers.Annotations.PiiKind." + kind)
                    : await IgnoreEditAsync(found, contract, cancellationToken).ConfigureAwait(false);
                byNode[found.Declaration] = edit;
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

        /// <summary>The attribute that makes this serializer skip the member, or removing the opt-in <c>[DataMember]</c>.</summary>
        private static async Task<MemberEdit> IgnoreEditAsync(FoundMember member, string contract, CancellationToken cancellationToken)
        {
            switch (contract)
            {
                case "NewtonsoftJson":
                    return MemberEdit.Add("global::Newtonsoft.Json.JsonIgnore");
                case "XmlSerializer":
                    return MemberEdit.Add("global::System.Xml.Serialization.XmlIgnore");
                case "DataContract":
                    var model = await member.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                    var symbol = model?.GetDeclaredSymbol(member.SymbolNode, cancellationToken);
                    var dataMember = symbol?.GetAttributes().FirstOrDefault(a =>
                        a.AttributeClass?.ToDisplayString() == "System.Runtime.Serialization.DataMemberAttribute");
                    return dataMember?.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax attribute
                        ? MemberEdit.Remove(attribute)
                        : MemberEdit.Add("global::System.Runtime.Serialization.IgnoreDataMember");
                default:
                    return MemberEdit.Add("global::System.Text.Json.Serialization.JsonIgnore");
            }
        }

        private static async Task<FoundMember?> FindMemberAsync(Solution solution, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (diagnostic.AdditionalLocations.Count == 0 || diagnostic.AdditionalLocations[0] is not { IsInSource: true } location)
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

        private static bool TryGetContract(Diagnostic diagnostic, out string contract)
        {
            return diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.Contract, out contract!) && contract is not null;
        }

        private static bool CanMaskInJson(Diagnostic diagnostic, string contract) =>
            contract == "SystemTextJson" && diagnostic.Properties.ContainsKey(DiagnosticPropertyNames.CanMaskInJson);

        private static string Display(string contract) => contract switch
        {
            "NewtonsoftJson" => "Newtonsoft.Json",
            "XmlSerializer" => "XmlSerializer",
            "DataContract" => "DataContractSerializer",
            _ => "System.Text.Json",
        };

        private readonly struct FoundMember
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
        private sealed class MemberEdit
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

        private sealed class ExposureFixAllProvider : FixAllProvider
        {
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

                var key = fixAllContext.CodeActionEquivalenceKey == MaskKey ? MaskKey : IgnoreKey;
                return CodeAction.Create(
                    key == MaskKey ? "Write every reported member masked in JSON" : "Ignore every reported member when serializing",
                    ct => ApplyAsync(fixAllContext.Solution, diagnostics, key, ct),
                    key);
            }
        }
    }
}
