using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Engine;

namespace PrivacyAnalyzers.Map
{
    /// <summary>A member of the code classified as personal data: what the privacy map lists as an element.</summary>
    internal sealed class InventoryElement
    {
        public InventoryElement(string member, string documentationId, string kind, string classifiedBy, string file, int line)
        {
            Member = member;
            DocumentationId = documentationId;
            Kind = kind;
            ClassifiedBy = classifiedBy;
            File = file;
            Line = line;
        }

        /// <summary><c>Customer.Cnic</c>.</summary>
        public string Member { get; }

        public string DocumentationId { get; }

        public string Kind { get; }

        /// <summary>How it was classified: <c>attribute</c>, <c>ecosystem attribute</c>, <c>framework source</c>,
        /// <c>name</c>, <c>name in a person's context</c>.</summary>
        public string ClassifiedBy { get; }

        public string File { get; }

        /// <summary>One-based.</summary>
        public int Line { get; }
    }

    /// <summary>
    /// The personal data a compilation holds, classified by the rules' own classifier (the same options, tags and names):
    /// every field and property declared in source that is personal data, in a stable order (file, line, member).
    /// </summary>
    internal static class PrivacyInventory
    {
        public static List<InventoryElement> Elements(Compilation compilation, AnalyzerOptions options, CancellationToken cancellation)
        {
            var state = PrivacyCompilation.For(compilation, options);
            var elements = new List<InventoryElement>();
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(compilation.Assembly.GlobalNamespace);
            while (pending.Count > 0)
            {
                cancellation.ThrowIfCancellationRequested();
                var container = pending.Pop();
                foreach (var member in container.GetMembers())
                {
                    switch (member)
                    {
                        case INamespaceOrTypeSymbol nested:
                            pending.Push(nested);
                            break;
                        case IFieldSymbol or IPropertySymbol when !member.IsImplicitlyDeclared && member.Locations.FirstOrDefault() is { IsInSource: true } location:
                            if (state.Classifier.Classify(member) is { } classification)
                            {
                                var line = location.GetLineSpan();
                                elements.Add(new InventoryElement(
                                    classification.DisplayName, DocumentationCommentId.CreateDeclarationId(member) ?? member.Name, classification.Kind,
                                    Describe(classification.Evidence), line.Path, line.StartLinePosition.Line + 1));
                            }

                            break;
                    }
                }
            }

            return elements.OrderBy(e => e.File, System.StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Member, System.StringComparer.Ordinal).ToList();
        }

        private static string Describe(Classification.PiiEvidence evidence) => evidence switch
        {
            Classification.PiiEvidence.PiiAttribute => "attribute",
            Classification.PiiEvidence.EcosystemAttribute => "ecosystem attribute",
            Classification.PiiEvidence.FrameworkSource => "framework source",
            Classification.PiiEvidence.Name => "name",
            _ => "name in a person's context",
        };
    }
}
