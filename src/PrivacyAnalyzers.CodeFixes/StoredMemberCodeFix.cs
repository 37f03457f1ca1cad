using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using static PrivacyAnalyzers.CodeFixes.MemberDeclarationEditor;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// Fixes for the EF Core storage rules, applied to the member's declaration:
    /// PII3001 marks a string member <c>[Encrypted]</c> (the context then needs <c>UsePiiEncryption</c>, which PII3002
    /// points to); PII3004 stops mapping a card security code with <c>[NotMapped]</c>. Passwords (PII3003) and card
    /// numbers (PII3005) have no safe automatic fix: the rule pages say what to do.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StoredMemberCodeFix)), Shared]
    public sealed class StoredMemberCodeFix : CodeFixProvider
    {
        public const string EncryptKey = "PrivacyAnalyzers.EncryptMember";
        public const string NotMappedKey = "PrivacyAnalyzers.NotMappedMember";

        public override ImmutableArray<string> FixableDiagnosticIds =>
            ImmutableArray.Create(RuleIdentifiers.IdentityDataStoredUnencrypted, RuleIdentifiers.CardSecurityCodeStored);

        public override FixAllProvider GetFixAllProvider() => new FixAll(key => key == NotMappedKey
            ? ("Stop storing every reported card security code", NotMappedEditAsync)
            : ("Encrypt every reported member", EncryptEditAsync));

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var solution = context.Document.Project.Solution;
            foreach (var diagnostic in context.Diagnostics)
            {
                // The EF Core rules report one member per diagnostic.
                if ((await FindMembersAsync(solution, diagnostic, context.CancellationToken).ConfigureAwait(false)).FirstOrDefault() is not { Document: not null } member
                    || await EditAsync(diagnostic, member, context.CancellationToken).ConfigureAwait(false) is null)
                {
                    continue;
                }

                var encrypt = diagnostic.Id == RuleIdentifiers.IdentityDataStoredUnencrypted;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        encrypt ? $"Encrypt '{member.Name}' at rest ([Encrypted])" : $"Stop storing '{member.Name}' ([NotMapped])",
                        ct => ApplyAsync(solution, new[] { diagnostic }, EditAsync, ct),
                        encrypt ? EncryptKey : NotMappedKey),
                    diagnostic);
            }
        }

        private static Task<MemberEdit?> EditAsync(Diagnostic diagnostic, FoundMember member, CancellationToken cancellationToken) =>
            diagnostic.Id == RuleIdentifiers.IdentityDataStoredUnencrypted
                ? EncryptEditAsync(diagnostic, member, cancellationToken)
                : NotMappedEditAsync(diagnostic, member, cancellationToken);

        /// <summary>The runtime encrypts strings only, and needs the annotations' <c>[Encrypted]</c>.</summary>
        private static async Task<MemberEdit?> EncryptEditAsync(Diagnostic diagnostic, FoundMember member, CancellationToken cancellationToken)
        {
            if (diagnostic.Id != RuleIdentifiers.IdentityDataStoredUnencrypted)
            {
                return null;
            }

            var model = await member.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var symbol = model?.GetDeclaredSymbol(member.SymbolNode, cancellationToken);
            var isString = symbol is IPropertySymbol { Type.SpecialType: SpecialType.System_String };
            var hasMarker = model?.Compilation.GetTypeByMetadataName("PrivacyAnalyzers.Annotations.EncryptedAttribute") is not null;
            return isString && hasMarker ? MemberEdit.Add("global::PrivacyAnalyzers.Annotations.Encrypted") : null;
        }

        private static Task<MemberEdit?> NotMappedEditAsync(Diagnostic diagnostic, FoundMember member, CancellationToken cancellationToken) =>
            Task.FromResult(diagnostic.Id == RuleIdentifiers.CardSecurityCodeStored
                ? MemberEdit.Add("global::System.ComponentModel.DataAnnotations.Schema.NotMapped")
                : null);
    }
}
