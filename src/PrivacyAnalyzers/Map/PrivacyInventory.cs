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
        public InventoryElement(string member, string documentationId, string kind, string classifiedBy, string file, int line,
            string? retention = null, string? retentionDeclaredBy = null, IReadOnlyList<string>? purposes = null)
        {
            Member = member;
            DocumentationId = documentationId;
            Kind = kind;
            ClassifiedBy = classifiedBy;
            File = file;
            Line = line;
            Retention = retention;
            RetentionDeclaredBy = retentionDeclaredBy;
            Purposes = purposes ?? System.Array.Empty<string>();
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

        /// <summary>How long it is kept, an ISO 8601 duration (<c>P30D</c>); null when no valid retention is declared.</summary>
        public string? Retention { get; }

        /// <summary>Where the retention is declared: <c>member</c>, <c>type</c> or <c>policy</c>; null with no retention.</summary>
        public string? RetentionDeclaredBy { get; }

        /// <summary>Why it is processed (<c>[Purpose]</c> on it or its type, or its kind's purposes in the policy); empty when
        /// none is declared.</summary>
        public IReadOnlyList<string> Purposes { get; }

        /// <summary>The same element declared at <paramref name="file"/> (the map writes paths relative to the solution).</summary>
        public InventoryElement WithFile(string file) =>
            new InventoryElement(Member, DocumentationId, Kind, ClassifiedBy, file, Line, Retention, RetentionDeclaredBy, Purposes);
    }

    /// <summary>
    /// The personal data a compilation holds, classified by the rules' own classifier (the same options, tags and names):
    /// every field and property declared in source that is personal data, in a stable order (file, line, member), with
    /// the retention and purposes declared for it (<see cref="Retention.RetentionDeclarations"/>).
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
                                var retention = state.Retention.RetentionOf(member, classification.Kind) is { IsValid: true } declared ? declared : null;
                                elements.Add(new InventoryElement(
                                    classification.DisplayName, DocumentationCommentId.CreateDeclarationId(member) ?? member.Name, classification.Kind,
                                    Describe(classification.Evidence), line.Path, line.StartLinePosition.Line + 1,
                                    retention?.Duration, retention?.Source, state.Retention.PurposesOf(member, classification.Kind)));
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
