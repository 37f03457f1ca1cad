using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Reporting
{
    /// <summary>
    /// The one way from a <see cref="Finding"/> to a diagnostic, for every rule: the message arguments, the properties the
    /// fixes read, and the members' declarations as additional locations. A finding about one member reads
    /// <c>'Customer.Cnic' (CNIC number)</c>; one about an object written whole names the object and each of its PII members,
    /// up to <see cref="NamedMembers"/>, then how many more: <c>'Customer' (Cnic: CNIC number, Msisdn: phone number and 3 more)</c>.
    /// </summary>
    internal static class FindingReporter
    {
        /// <summary>How many members a message names before it says "and N more".</summary>
        public const int NamedMembers = 5;

        public static Diagnostic Create(Finding finding, Compilation compilation)
        {
            var members = finding.Members;
            var first = members[0];
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticPropertyNames.PiiKind] = first.Source.Kind;
            var memberList = MemberList(members);
            if (memberList is not null)
            {
                properties[DiagnosticPropertyNames.Members] = memberList;
            }

            if (!finding.MaskTargets.IsEmpty)
            {
                properties[DiagnosticPropertyNames.MaskTargets] = Spans(finding.MaskTargets);
            }

            if (finding.Contract is { } contract)
            {
                properties[DiagnosticPropertyNames.Contract] = contract.ToString();
                if (finding.CanMaskInJson)
                {
                    properties[DiagnosticPropertyNames.CanMaskInJson] = "true";
                }
            }

            string subject;
            string description;
            if (members.Length == 1)
            {
                subject = first.Path;
                description = PiiKinds.Describe(first.Source.Kind);
            }
            else
            {
                (subject, description) = Several(members);
            }

            var arguments = new object[3 + finding.MoreArguments.Length];
            arguments[0] = subject;
            arguments[1] = description;
            arguments[2] = finding.Sink;
            for (var i = 0; i < finding.MoreArguments.Length; i++)
            {
                arguments[3 + i] = finding.MoreArguments[i];
            }

            var additional = AdditionalLocations(members, finding.MoreSites, compilation);
            return finding.Severity is { } severity
                ? Diagnostic.Create(finding.Rule, finding.Location, severity, additional, properties.ToImmutable(), arguments)
                : Diagnostic.Create(finding.Rule, finding.Location, additional, properties.ToImmutable(), arguments);
        }

        /// <summary>The object's name (what the paths start with) and <c>Cnic: CNIC number, Msisdn: phone number and 3 more</c>.</summary>
        private static (string Subject, string Description) Several(ImmutableArray<FoundPii> members)
        {
            var firstPath = members[0].Path;
            var dot = firstPath.IndexOf('.');
            var holder = dot > 0 ? firstPath.Substring(0, dot) : firstPath;
            var sharedPrefix = holder + ".";
            foreach (var member in members)
            {
                if (!member.Path.StartsWith(sharedPrefix, System.StringComparison.Ordinal))
                {
                    sharedPrefix = null;
                    break;
                }
            }

            var description = new StringBuilder();
            for (var i = 0; i < members.Length && i < NamedMembers; i++)
            {
                if (i > 0)
                {
                    description.Append(i == members.Length - 1 ? " and " : ", ");
                }

                var path = members[i].Path;
                description.Append(sharedPrefix is null ? path : path.Substring(sharedPrefix.Length))
                    .Append(": ")
                    .Append(PiiKinds.Describe(members[i].Source.Kind));
            }

            if (members.Length > NamedMembers)
            {
                description.Append(" and ").Append((members.Length - NamedMembers).ToString(CultureInfo.InvariantCulture)).Append(" more");
            }

            return (sharedPrefix is null ? "object" : holder, description.ToString());
        }

        /// <summary><c>Kind DocumentationId</c> per line, for each member a fix can find by ID (fields and properties):
        /// how member fixes find declarations in whichever project of the solution they are.</summary>
        public static string? MemberList(ImmutableArray<FoundPii> members)
        {
            StringBuilder? list = null;
            foreach (var member in members)
            {
                var symbol = member.Source.Symbol;
                // An anonymous type's member has no declaration a fix could edit.
                if (symbol is IFieldSymbol or IPropertySymbol && symbol.ContainingType is not { IsAnonymousType: true }
                    && DocumentationCommentId.CreateDeclarationId(symbol) is { } id)
                {
                    list = list is null ? new StringBuilder() : list.Append('\n');
                    list.Append(member.Source.Kind).Append(' ').Append(id);
                }
            }

            return list?.ToString();
        }

        private static string Spans(ImmutableArray<SyntaxNode> targets)
        {
            var text = new StringBuilder();
            foreach (var target in targets)
            {
                if (text.Length > 0)
                {
                    text.Append(';');
                }

                text.Append(target.SpanStart.ToString(CultureInfo.InvariantCulture)).Append(':').Append(target.Span.Length.ToString(CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }

        /// <summary>The members' declarations inside the analyzed compilation (and where PII was assigned to a member that
        /// carries it only by assignment), then the finding's other sites. Roslyn rejects
        /// locations outside the compilation, which is where an IDE's project references put a member of another project;
        /// fixes find those by ID instead.</summary>
        private static IEnumerable<Location>? AdditionalLocations(ImmutableArray<FoundPii> members, ImmutableArray<Location> moreSites, Compilation compilation)
        {
            List<Location>? locations = null;
            foreach (var member in members)
            {
                foreach (var location in member.Source.Symbol.Locations)
                {
                    if (location.IsInSource && compilation.ContainsSyntaxTree(location.SourceTree) && (locations is null || !locations.Contains(location)))
                    {
                        (locations ??= new List<Location>()).Add(location);
                        break;
                    }
                }

                if (member.Source.AssignedAt is { SourceTree: { } assignedTree } assigned && compilation.ContainsSyntaxTree(assignedTree) && (locations is null || !locations.Contains(assigned)))
                {
                    (locations ??= new List<Location>()).Add(assigned);
                }
            }

            foreach (var site in moreSites)
            {
                (locations ??= new List<Location>()).Add(site);
            }

            return locations;
        }
    }
}
