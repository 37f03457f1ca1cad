using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Flow;
using PrivacyAnalyzers.Reporting;
using PrivacyAnalyzers.Sharing;
using PrivacyAnalyzers.Sinks;

namespace PrivacyAnalyzers.Map
{
    /// <summary>
    /// The privacy map's other half: every sink argument whose PII arrives protected (masked, hashed, encrypted, a member
    /// that only ever holds ciphertext, or sent where the privacy policy allows it), and every column a DbContext keeps
    /// encrypted or one-way, as a hidden diagnostic with the member, its kind, the destination and the protection. It walks the
    /// same sink calls with the same flow walk as the rules. Not exported (no <c>[DiagnosticAnalyzer]</c>): builds never
    /// run it; <c>dotnet privacy map</c> does.
    /// </summary>
#pragma warning disable RS1001 // Deliberately not exported: the map tool creates it, no build loads it.
    internal sealed class ProtectedFlowRecorder : DiagnosticAnalyzer
#pragma warning restore RS1001
    {
        public const string Id = "PIIMAP";
        public const string ProtectionProperty = "Protection";
        public const string DestinationProperty = "Destination";

        /// <summary>The protection of a share the privacy policy allows.</summary>
        public const string PolicyApproval = "allowed by the privacy policy";

#pragma warning disable RS2000, RS2008 // Never part of a build: the map tool reads it and nothing else.
        internal static readonly DiagnosticDescriptor Flow = new DiagnosticDescriptor(
            Id, "Protected flow", "'{0}' ({1}) reaches '{2}': {3}", RuleDescriptors.Category, DiagnosticSeverity.Hidden, isEnabledByDefault: true);
#pragma warning restore RS2000, RS2008

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Flow);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var state = PrivacyCompilation.For(start.Compilation, start.Options);
                start.RegisterOperationAction(
                    operation =>
                    {
                        var member = operation.Operation switch
                        {
                            IInvocationOperation invocation => (ISymbol)invocation.TargetMethod,
                            IObjectCreationOperation { Constructor: { } constructor } => constructor,
                            IAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } property } } => property,
                            _ => null,
                        };
                        if (member is not null)
                        {
                            Record(operation, state, member);
                        }
                    },
                    OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);
                if (state.EfCore.IsAvailable)
                {
                    start.RegisterSymbolAction(symbol => RecordStoredColumns(symbol, state), SymbolKind.NamedType);
                }
            });
        }

        /// <summary>PII a DbContext keeps encrypted or only as a one-way value: protected flows to the database, at the mapping.</summary>
        private static void RecordStoredColumns(SymbolAnalysisContext context, PrivacyCompilation state)
        {
            if (context.Symbol is not INamedTypeSymbol { IsAbstract: false } type || !state.EfCore.IsDbContext(type))
            {
                return;
            }

            foreach (var persisted in state.EfCore.Persisted(type))
            {
                var protection = persisted.Protection switch
                {
                    Storage.AtRestProtection.Encrypted => "encrypted",
                    Storage.AtRestProtection.OneWay => "hashed",
                    _ => null,
                };
                if (protection is not null)
                {
                    Report(context.ReportDiagnostic, persisted.Mapping, new FoundPii(persisted.Source, persisted.Path), "database", persisted.MappingName, protection);
                }
            }
        }

        private static void Record(OperationAnalysisContext context, PrivacyCompilation state, ISymbol member)
        {
            foreach (var call in state.Sinks.CallsAt(context.Operation, member, SinkFamilies.All))
            {
                foreach (var argument in call.Arguments)
                {
                    var policy = (argument.Family & SinkFamilies.AtRest) != 0 ? FlowPolicy.Storage : FlowPolicy.AnySanitizer;
                    var walker = new PiiFlowWalker(state, policy: policy, recordsProtection: true);
                    walker.Walk(argument.Value, maskTarget: null, isText: true);
                    var protectedHere = walker.Protected.ConvertAll(p => (p.Member, Protection: Describe(p.Protection)));
                    if ((argument.Family & SinkFamilies.Shared) != 0 && walker.Hits.Count > 0)
                    {
                        protectedHere.AddRange(ApprovedShares(state, call, walker));
                    }

                    foreach (var (found, protection) in protectedHere)
                    {
                        // A share the policy allows goes to a third party, whatever carries it (an SDK, an HTTP request).
                        var destination = protection == PolicyApproval ? "third party" : RuleDestinations.OfFamily(argument.Family);
                        Report(context.ReportDiagnostic, argument.Value.Syntax.GetLocation(), found, destination, call.Display, protection);
                    }
                }
            }
        }

        private static void Report(System.Action<Diagnostic> report, Location location, FoundPii found, string destination, string sink, string protection)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticPropertyNames.PiiKind] = found.Source.Kind;
            properties[ProtectionProperty] = protection;
            properties[DestinationProperty] = destination;
            if (FindingReporter.MemberList(ImmutableArray.Create(found)) is { } members)
            {
                properties[DiagnosticPropertyNames.Members] = members;
            }

            report(Diagnostic.Create(Flow, location, properties.ToImmutable(), found.Path, PiiKinds.Describe(found.Source.Kind), sink, protection));
        }

        private static string Describe(SanitizerKind protection) => protection switch
        {
            SanitizerKind.Masking => "masked",
            SanitizerKind.Hashing => "hashed",
            _ => "encrypted",
        };

        /// <summary>PII sent to a processor that the team's privacy policy allows the kind, in one of the kind's regions.</summary>
        private static IEnumerable<(FoundPii Member, string Protection)> ApprovedShares(PrivacyCompilation state, SinkCall call, PiiFlowWalker walker)
        {
            if (state.Policy is not { IsUsable: true } policy || state.Recipients.Of(call, policy) is not { } recipient)
            {
                yield break;
            }

            foreach (var hit in walker.Hits)
            {
                foreach (var member in hit.Members)
                {
                    if (SharingJudge.Judge(policy, recipient, member.Source.Kind) is null)
                    {
                        yield return (member, PolicyApproval);
                    }
                }
            }
        }
    }
}
