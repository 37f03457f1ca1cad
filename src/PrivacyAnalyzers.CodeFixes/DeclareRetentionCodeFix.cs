using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static PrivacyAnalyzers.CodeFixes.MemberDeclarationEditor;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// Fix for PII3010: adds <c>[Retention("TODO: ...")]</c> to the member (<c>[property: Retention(...)]</c> on a record
    /// parameter), with the using. The placeholder compiles but is no duration, so PII9004 reports it until the team writes
    /// the period its policy promises: only the team knows it. Offered when the project references the annotations.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclareRetentionCodeFix)), Shared]
    public sealed class DeclareRetentionCodeFix : CodeFixProvider
    {
        public const string EquivalenceKey = "PrivacyAnalyzers.DeclareRetention";

        /// <summary>What the fix writes: obviously unfinished, and not an ISO 8601 duration.</summary>
        public const string Placeholder = "TODO: ISO 8601 period, e.g. P30D";

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.NoDeclaredRetention);

        public override FixAllProvider GetFixAllProvider() => new FixAll(_ => ("Declare a retention period for every reported member", DeclareAsync));

        // PII3010 reports one member per diagnostic.
        public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
            RegisterForEachMemberAsync(context, "PrivacyAnalyzers.Annotations.RetentionAttribute", member => $"Declare a retention period for '{Qualified(member)}'", DeclareAsync, EquivalenceKey);

        private static Task<MemberEdit?> DeclareAsync(Diagnostic diagnostic, FoundMember member, CancellationToken cancellationToken) =>
            Task.FromResult<MemberEdit?>(MemberEdit.Add("global::PrivacyAnalyzers.Annotations.Retention", "\"" + Placeholder + "\""));

        /// <summary><c>Customer.Cnic</c>: the member's name, after its type's when it is declared in one.</summary>
        private static string Qualified(FoundMember member) =>
            member.Declaration.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>() is { } type ? type.Identifier.ValueText + "." + member.Name : member.Name;
    }
}
