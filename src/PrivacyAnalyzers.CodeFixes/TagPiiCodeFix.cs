using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using static PrivacyAnalyzers.CodeFixes.MemberDeclarationEditor;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>Fix for PII5001: tags the member with <c>[Pii(PiiKind.X)]</c> (adding the using); Fix All tags every
    /// reported member of a document, project or solution in one step.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TagPiiCodeFix)), Shared]
    public sealed class TagPiiCodeFix : CodeFixProvider
    {
        public const string EquivalenceKey = "PrivacyAnalyzers.TagPii";

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.UntaggedPii);

        public override FixAllProvider GetFixAllProvider() => new FixAll(_ => ("Tag every reported member with [Pii]", TagAsync));

        // PII5001 reports one member per diagnostic.
        public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
            RegisterForEachMemberAsync(context, "PrivacyAnalyzers.Annotations.PiiAttribute", member => $"Tag '{member.Name}' with [Pii(PiiKind.{member.Kind})]", TagAsync, EquivalenceKey);

        private static Task<MemberEdit?> TagAsync(Diagnostic diagnostic, FoundMember member, CancellationToken cancellationToken)
        {
            return Task.FromResult(
                Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(member.Kind)
                    ? MemberEdit.Add("global::PrivacyAnalyzers.Annotations.Pii", "global::PrivacyAnalyzers.Annotations.PiiKind." + member.Kind)
                    : null);
        }
    }
}
