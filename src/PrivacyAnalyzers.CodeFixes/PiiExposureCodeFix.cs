using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.Exposure;
using static PrivacyAnalyzers.CodeFixes.MemberDeclarationEditor;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// Fixes for the exposure rules (PII2001, PII2002), applied to the PII member's declaration:
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

        public override FixAllProvider GetFixAllProvider() => new FixAll(key => key == MaskKey
            ? ("Write every reported member masked in JSON", MaskEditAsync)
            : ("Ignore every reported member when serializing", IgnoreEditAsync));

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var solution = context.Document.Project.Solution;
            foreach (var diagnostic in context.Diagnostics)
            {
                var members = await FindMembersAsync(solution, diagnostic, context.CancellationToken).ConfigureAwait(false);
                if (members.Count == 0 || !TryGetContract(diagnostic, out var contract))
                {
                    continue;
                }

                var names = Names(members);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Ignore {names} when serializing ({ExposureContractNames.Display(contract)})",
                        ct => ApplyAsync(solution, new[] { diagnostic }, IgnoreEditAsync, ct),
                        IgnoreKey),
                    diagnostic);
                if (CanMaskInJson(diagnostic, contract))
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            $"Write {names} masked in JSON ([JsonPiiMask])",
                            ct => ApplyAsync(solution, new[] { diagnostic }, MaskEditAsync, ct),
                            MaskKey),
                        diagnostic);
                }
            }
        }

        private static Task<MemberEdit?> MaskEditAsync(Diagnostic diagnostic, FoundMember member, CancellationToken cancellationToken)
        {
            if (!TryGetContract(diagnostic, out var contract) || !CanMaskInJson(diagnostic, contract))
            {
                return Task.FromResult<MemberEdit?>(null);
            }

            return Task.FromResult<MemberEdit?>(Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(member.Kind)
                ? MemberEdit.Add("global::PrivacyAnalyzers.Annotations.JsonPiiMask", "global::PrivacyAnalyzers.Annotations.PiiKind." + member.Kind)
                : null);
        }

        /// <summary>The attribute that makes this serializer skip the member, or removing the opt-in <c>[DataMember]</c>.</summary>
        private static async Task<MemberEdit?> IgnoreEditAsync(Diagnostic diagnostic, FoundMember member, CancellationToken cancellationToken)
        {
            if (!TryGetContract(diagnostic, out var contract))
            {
                return null;
            }

            switch (contract)
            {
                case ExposureContract.NewtonsoftJson:
                    return MemberEdit.Add("global::Newtonsoft.Json.JsonIgnore");
                case ExposureContract.XmlSerializer:
                    return MemberEdit.Add("global::System.Xml.Serialization.XmlIgnore");
                case ExposureContract.DataContract:
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

        /// <summary>The serializer the analyzer recorded (an <see cref="ExposureContract"/> name).</summary>
        private static bool TryGetContract(Diagnostic diagnostic, out ExposureContract contract)
        {
            contract = default;
            return diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.Contract, out var name)
                && System.Enum.TryParse(name, out contract);
        }

        private static bool CanMaskInJson(Diagnostic diagnostic, ExposureContract contract) =>
            contract == ExposureContract.SystemTextJson && diagnostic.Properties.ContainsKey(DiagnosticPropertyNames.CanMaskInJson);
    }
}
