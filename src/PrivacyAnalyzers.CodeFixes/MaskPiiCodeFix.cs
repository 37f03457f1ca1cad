using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>
    /// Fix for the logging rules (PII1001-PII1003): wraps the PII read inside the sink argument with
    /// <c>Pii.Mask(value, PiiKind.X)</c> and adds <c>using PrivacyAnalyzers.Annotations;</c> when it is missing.
    /// Offered only where the analyzer recorded a mask target (not for whole records or destructured objects).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MaskPiiCodeFix)), Shared]
    public sealed class MaskPiiCodeFix : CodeFixProvider
    {
        private const string EquivalenceKey = "PrivacyAnalyzers.MaskPii";

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(
            RuleIdentifiers.PiiLogged,
            RuleIdentifiers.PiiWrittenToConsole,
            RuleIdentifiers.PiiInExceptionMessage,
            RuleIdentifiers.PiiInTelemetry);

        // One pass per document so Fix All adds the using once and wraps every read, including nested ones.
        public override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create((context, document, diagnostics) => MaskAsync(document, diagnostics, context.CancellationToken));

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            // Pii.Mask comes with the annotations package; without it there is nothing to insert.
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (model?.Compilation.GetTypeByMetadataName("PrivacyAnalyzers.Annotations.Pii") is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (TargetExpression.TryGetTargets(diagnostic, out _, out var kind))
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            $"Mask with Pii.Mask(..., PiiKind.{kind})",
                            cancellationToken => MaskAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken)!,
                            EquivalenceKey),
                        diagnostic);
                }
            }
        }

        private static async Task<Document?> MaskAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var kinds = new Dictionary<ExpressionSyntax, string>();
            foreach (var diagnostic in diagnostics)
            {
                if (!TargetExpression.TryGetTargets(diagnostic, out var spans, out var kind))
                {
                    continue;
                }

                foreach (var span in spans)
                {
                    if (TargetExpression.Find(root, span) is { } expression)
                    {
                        kinds[expression] = kind;
                    }
                }
            }

            if (kinds.Count == 0)
            {
                return document;
            }

            var newRoot = root.ReplaceNodes(kinds.Keys, (original, rewritten) => Wrap((ExpressionSyntax)rewritten, kinds[original]));
            return await FixedDocument.FinishAsync(document.WithSyntaxRoot(newRoot), cancellationToken).ConfigureAwait(false);
        }

        private static ExpressionSyntax Wrap(ExpressionSyntax value, string kind)
        {
            var call = SyntaxFactory.InvocationExpression(
                SyntaxFactory.ParseExpression("global::PrivacyAnalyzers.Annotations.Pii.Mask"),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
                {
                    SyntaxFactory.Argument(value.WithoutTrivia()),
                    SyntaxFactory.Argument(SyntaxFactory.ParseExpression("global::PrivacyAnalyzers.Annotations.PiiKind." + kind)),
                })));
            return call
                .WithTriviaFrom(value)
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation, Formatter.Annotation);
        }
    }
}
