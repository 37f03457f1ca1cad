using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Exposure;
using PrivacyAnalyzers.Flow;
using PrivacyAnalyzers.Reporting;
using PrivacyAnalyzers.Sinks;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>Shared by the serialization and response rules: finds the PII members a value's type exposes under a
    /// contract and reports them as one finding, unless the enclosing code has a justified approval.</summary>
    internal static class ExposureReporter
    {
        /// <param name="alreadyReported">Members reported for the same write (another arm of the same return): left out, and
        /// the members reported here are added.</param>
        /// <param name="issued">The credentials the endpoint hands out by design (PII2002): those members are left out.</param>
        /// <param name="onlyWrittenMembers">Leave out members no code in the compilation writes (PII2002: a response member
        /// nothing sets carries nothing).</param>
        public static void Report(
            OperationAnalysisContext context,
            PrivacyCompilation state,
            DiagnosticDescriptor rule,
            ITypeSymbol? type,
            ExposureContract contract,
            Location location,
            string where,
            HashSet<ISymbol>? alreadyReported = null,
            IssuedCredentials issued = IssuedCredentials.None,
            bool onlyWrittenMembers = false,
            IOperation? value = null)
        {
            if (Find(context.ContainingSymbol, state, rule, type, contract, location, where, alreadyReported, issued, onlyWrittenMembers, value) is { } finding)
            {
                context.ReportDiagnostic(FindingReporter.Create(finding, context.Compilation));
            }
        }

        /// <summary>The finding <see cref="Report"/> would report, for rules that report later (PII2002 groups the findings
        /// of every endpoint at the end of the compilation); null when there is nothing to report.</summary>
        /// <param name="containingSymbol">The code that writes the value: its approval (<c>[PiiExposureAllowed]</c>) counts.</param>
        /// <param name="value">The value written, when the caller has it: an anonymous object is also judged by what its
        /// members hold (<c>new { Doc = customer.Cnic }</c>), not only by their names.</param>
        public static Finding? Find(
            ISymbol? containingSymbol,
            PrivacyCompilation state,
            DiagnosticDescriptor rule,
            ITypeSymbol? type,
            ExposureContract contract,
            Location location,
            string where,
            HashSet<ISymbol>? alreadyReported = null,
            IssuedCredentials issued = IssuedCredentials.None,
            bool onlyWrittenMembers = false,
            IOperation? value = null)
        {
            var members = state.Exposure.FindAll(type, contract);
            if (value?.WithoutConversions() is IAnonymousObjectCreationOperation anonymous)
            {
                members = members.AddRange(HeldByAnonymousMembers(state, anonymous, members));
            }

            if (issued != IssuedCredentials.None)
            {
                members = members.RemoveAll(member => CredentialEndpoints.MayReturn(issued, member.Source));
            }

            if (onlyWrittenMembers && !members.IsEmpty)
            {
                members = members.RemoveAll(member => state.Written.IsNeverWritten(member.Source.Symbol));
            }

            if (alreadyReported is not null)
            {
                members = members.RemoveAll(member => !alreadyReported.Add(member.Source.Symbol));
            }

            if (members.IsEmpty || IsApprovedHere(containingSymbol, state.SerializationAttributes))
            {
                return null;
            }

            // One finding for the object, naming every PII member it writes: one design decision, one diagnostic.
            var canMaskInJson = contract == ExposureContract.SystemTextJson && state.SerializationAttributes.JsonPiiMask is not null;
            return new Finding(rule, location, members, where, contract: contract, canMaskInJson: canMaskInJson);
        }

        /// <summary>The members of an anonymous object that hold PII under a name that does not say so
        /// (<c>new { Doc = customer.Cnic }</c>): each carries the kind of what it is given. Names that count only in leaks
        /// (a weak name in context) do not count here, as for named members.</summary>
        private static List<FoundPii> HeldByAnonymousMembers(PrivacyCompilation state, IAnonymousObjectCreationOperation anonymous, ImmutableArray<FoundPii> named)
        {
            var found = new List<FoundPii>();
            foreach (var initializer in anonymous.Initializers)
            {
                if (initializer is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } property } } assignment
                    || named.Any(member => SymbolEqualityComparer.Default.Equals(member.Source.Symbol, property)))
                {
                    continue;
                }

                var walker = new PiiFlowWalker(state);
                walker.Walk(assignment.Value, maskTarget: null, isText: false);
                foreach (var hit in walker.Hits)
                {
                    var source = hit.Members[0].Source;
                    if (!hit.IsWholeObject && !source.CountsOnlyInLeaks)
                    {
                        found.Add(new FoundPii(PiiClassification.Assigned(property, source, assignment.Syntax.GetLocation()), SymbolNames.AnonymousObject + "." + property.Name));
                        break;
                    }
                }
            }

            return found;
        }

        /// <summary>The static type of what is serialized, before any conversion to <c>object</c>.</summary>
        public static ITypeSymbol? ValueType(IOperation value)
        {
            var type = value.WithoutConversions().Type;
            return type is { SpecialType: SpecialType.System_Object } ? null : type;
        }

        /// <summary>The method (or a lambda's enclosing methods) carries a justified <c>[PiiExposureAllowed]</c>.</summary>
        private static bool IsApprovedHere(ISymbol? symbol, SerializationAttributes attributes)
        {
            for (var current = symbol; current is IMethodSymbol method; current = method.ContainingSymbol)
            {
                if (attributes.IsExposureAllowed(method))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
