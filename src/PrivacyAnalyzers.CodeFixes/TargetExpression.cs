using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAnalyzers.CodeFixes
{
    /// <summary>The expressions a flow diagnostic asks to wrap (every read of its member inside the sink argument), and
    /// their kind.</summary>
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

        /// <summary>The spans of the <c>MaskTargets</c> property (<c>start:length;...</c>) and the <c>PiiKind</c>; false when
        /// either is missing or malformed.</summary>
        public static bool TryGetTargets(Diagnostic diagnostic, out List<TextSpan> spans, out string kind)
        {
            spans = new List<TextSpan>();
            kind = string.Empty;
            var properties = diagnostic.Properties;
            if (!properties.TryGetValue(DiagnosticPropertyNames.MaskTargets, out var targets)
                || !properties.TryGetValue(DiagnosticPropertyNames.PiiKind, out var kindText)
                || targets is null
                || !SyntaxFacts.IsValidIdentifier(kindText))
            {
                return false;
            }

            foreach (var target in targets.Split(';'))
            {
                var colon = target.IndexOf(':');
                if (colon <= 0
                    || !int.TryParse(target.Substring(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                    || !int.TryParse(target.Substring(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
                {
                    return false;
                }

                spans.Add(new TextSpan(start, length));
            }

            kind = kindText!;
            return spans.Count > 0;
        }
    }
}
