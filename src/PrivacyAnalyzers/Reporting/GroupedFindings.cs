using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Reporting
{
    /// <summary>
    /// Findings that are one design decision however many sites show it (PII2002: every endpoint that sends the same
    /// members of the same type), collected while the compilation is analyzed and reported once at its end: at the first
    /// site in a stable order (file path, then position), with the other sites as additional locations. Sites are added from
    /// any thread; what is reported depends only on the set of sites, never on the order in which they arrived.
    /// </summary>
    internal sealed class GroupedFindings
    {
        private const int MaxSitesListed = 20;

        private readonly ConcurrentBag<Site> _sites = new ConcurrentBag<Site>();

        /// <param name="owner">The declaration the site belongs to (the endpoint): messages count owners, not sites, so two
        /// returns of one action are one endpoint.</param>
        public void Add(Finding finding, Location owner) => _sites.Add(new Site(finding, owner));

        /// <param name="describeMore">The message's fourth argument, from how many other owners share the decision (0 when
        /// none does).</param>
        public void ReportAll(CompilationAnalysisContext context, Func<int, string> describeMore)
        {
            if (_sites.IsEmpty)
            {
                return;
            }

            var compilation = context.Compilation;
            var treeOrder = new Dictionary<SyntaxTree, int>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                treeOrder[tree] = treeOrder.Count;
            }

            var groups = new Dictionary<Finding, List<Site>>(DecisionComparer.Instance);
            foreach (var site in _sites)
            {
                // A site where the rule is turned off was never reported on its own; it must neither hide the decision (by
                // being first) nor be counted.
                if (IsTurnedOffAt(site.Finding, compilation, context.CancellationToken))
                {
                    continue;
                }

                if (!groups.TryGetValue(site.Finding, out var group))
                {
                    groups.Add(site.Finding, group = new List<Site>());
                }

                group.Add(site);
            }

            var ordered = new List<List<Site>>(groups.Count);
            foreach (var group in groups.Values)
            {
                group.Sort((x, y) => Compare(x, y, treeOrder));
                ordered.Add(group);
            }

            ordered.Sort((x, y) => Compare(x[0], y[0], treeOrder));
            foreach (var group in ordered)
            {
                var first = group[0];
                var moreSites = ImmutableArray.CreateBuilder<Location>();
                var listed = new HashSet<Location> { first.Finding.Location };
                var otherOwners = new HashSet<Location>();
                foreach (var site in group)
                {
                    // The message counts every endpoint; the additional locations list the first ones only: a type returned
                    // by a thousand endpoints would otherwise make one diagnostic cost more than the rule.
                    if (moreSites.Count < MaxSitesListed && listed.Add(site.Finding.Location))
                    {
                        moreSites.Add(site.Finding.Location);
                    }

                    if (!site.Owner.Equals(first.Owner))
                    {
                        otherOwners.Add(site.Owner);
                    }
                }

                var finding = first.Finding.WithMoreSites(moreSites.ToImmutable(), ImmutableArray.Create(describeMore(otherOwners.Count)));
                context.ReportDiagnostic(FindingReporter.Create(finding, compilation));
            }
        }

        /// <summary>File path (ordinal), then the file's place in the compilation (paths can repeat or be empty), then the
        /// span; ties (one place, two findings) by what the message says, so no tie is left to arrival order.</summary>
        private static int Compare(Site x, Site y, Dictionary<SyntaxTree, int> treeOrder)
        {
            var a = x.Finding.Location;
            var b = y.Finding.Location;
            var result = string.CompareOrdinal(a.SourceTree?.FilePath, b.SourceTree?.FilePath);
            if (result == 0)
            {
                result = Order(a, treeOrder).CompareTo(Order(b, treeOrder));
            }

            if (result == 0)
            {
                result = a.SourceSpan.Start.CompareTo(b.SourceSpan.Start);
            }

            if (result == 0)
            {
                result = a.SourceSpan.End.CompareTo(b.SourceSpan.End);
            }

            if (result == 0)
            {
                result = string.CompareOrdinal(x.Finding.Sink, y.Finding.Sink);
            }

            for (var i = 0; result == 0 && i < Math.Min(x.Finding.Members.Length, y.Finding.Members.Length); i++)
            {
                result = string.CompareOrdinal(x.Finding.Members[i].Path, y.Finding.Members[i].Path);
            }

            return result != 0 ? result : x.Finding.Members.Length.CompareTo(y.Finding.Members.Length);
        }

        private static int Order(Location location, Dictionary<SyntaxTree, int> treeOrder) =>
            location.SourceTree is { } tree && treeOrder.TryGetValue(tree, out var order) ? order : -1;

        /// <summary>The file's options set the rule to none, or a <c>#pragma warning disable</c> covers the site.</summary>
        private static bool IsTurnedOffAt(Finding finding, Compilation compilation, CancellationToken cancellationToken)
        {
            if (finding.Location.SourceTree is not { } tree)
            {
                return false;
            }

            if (compilation.Options.SyntaxTreeOptionsProvider is { } provider
                && provider.TryGetDiagnosticValue(tree, finding.Rule.Id, cancellationToken, out var severity)
                && severity == ReportDiagnostic.Suppress)
            {
                return true;
            }

            if (tree.GetRoot(cancellationToken) is not CSharpSyntaxNode root || !root.ContainsDirectives)
            {
                return false;
            }

            // The last pragma before the site that names the rule (or names none: every warning) decides.
            var disabled = false;
            var position = finding.Location.SourceSpan.Start;
            for (var directive = root.GetFirstDirective(); directive is not null && directive.SpanStart <= position; directive = directive.GetNextDirective())
            {
                if (directive is PragmaWarningDirectiveTriviaSyntax pragma && (pragma.ErrorCodes.Count == 0 || Names(pragma, finding.Rule.Id)))
                {
                    disabled = pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword);
                }
            }

            return disabled;
        }

        private static bool Names(PragmaWarningDirectiveTriviaSyntax pragma, string id)
        {
            foreach (var code in pragma.ErrorCodes)
            {
                if (code is IdentifierNameSyntax name && string.Equals(name.Identifier.ValueText, id, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private readonly struct Site
        {
            public Site(Finding finding, Location owner)
            {
                Finding = finding;
                Owner = owner;
            }

            public Finding Finding { get; }

            public Location Owner { get; }
        }

        /// <summary>One decision: the same rule, serializer and members (each the same symbol, path and kind), so the same
        /// fix. Where the data goes and where it is written do not count.</summary>
        private sealed class DecisionComparer : IEqualityComparer<Finding>
        {
            public static readonly DecisionComparer Instance = new DecisionComparer();

            public bool Equals(Finding? x, Finding? y)
            {
                if (ReferenceEquals(x, y))
                {
                    return true;
                }

                if (x is null || y is null || x.Rule.Id != y.Rule.Id || x.Contract != y.Contract
                    || x.CanMaskInJson != y.CanMaskInJson || x.Members.Length != y.Members.Length)
                {
                    return false;
                }

                for (var i = 0; i < x.Members.Length; i++)
                {
                    var a = x.Members[i];
                    var b = y.Members[i];
                    if (!string.Equals(a.Path, b.Path, StringComparison.Ordinal)
                        || !string.Equals(a.Source.Kind, b.Source.Kind, StringComparison.Ordinal)
                        || !SymbolEqualityComparer.Default.Equals(a.Source.Symbol, b.Source.Symbol))
                    {
                        return false;
                    }
                }

                return true;
            }

            public int GetHashCode(Finding obj)
            {
                var hash = StringComparer.Ordinal.GetHashCode(obj.Rule.Id);
                foreach (var member in obj.Members)
                {
                    hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(member.Path);
                }

                return hash;
            }
        }
    }
}
