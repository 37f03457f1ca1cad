using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>The expression a flow diagnostic asks to wrap (its PII read inside the sink argument), and its kind.</summary>
    internal static class TargetExpression
    {
        public static ExpressionSyntax? Find(SyntaxNode root, TextSpan span)
        {
            if (!root.FullSpan.Contains(span))
            {
                return null;
            }

            var node = root.FindNode(span, getInnermostNodeForTie: true);
            return node.AncestorsAndSelf().OfType<ExpressionSyntax>().FirstOrDefault(e => e.Span == span);
        }

        public static bool TryGetTarget(Diagnostic diagnostic, out TextSpan span, out string kind)
        {
            span = default;
            kind = string.Empty;
            var properties = diagnostic.Properties;
            if (!properties.TryGetValue(DiagnosticPropertyNames.MaskTargetStart, out var startText)
                || !properties.TryGetValue(DiagnosticPropertyNames.MaskTargetLength, out var lengthText)
                || !properties.TryGetValue(DiagnosticPropertyNames.PiiKind, out var kindText)
                || !int.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || !SyntaxFacts.IsValidIdentifier(kindText))
            {
                return false;
            }

            span = new TextSpan(start, length);
            kind = kindText!;
            return true;
        }
    }
}
