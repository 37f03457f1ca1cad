using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Flow;
using PrivacyAnalyzers.Policy;
using PrivacyAnalyzers.Reporting;
using PrivacyAnalyzers.Sharing;
using PrivacyAnalyzers.Sinks;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// The shared body of the sink rules: find the calls, constructions and assignments whose catalog rows feed the rule's
    /// families, walk each argument that goes there for PII, and report one finding per PII member per argument (an object
    /// written whole is one finding) through <see cref="FindingReporter"/>. Each rule only says which families, which
    /// descriptor, and what counts as protection.
    /// </summary>
    internal static class SinkRuleRunner
    {
        /// <param name="families">The families the rule reports.</param>
        /// <param name="policy">What counts as protection; any sanitizer unless given.</param>
        /// <param name="reportsKind">Which kinds the rule reports; all unless given.</param>
        /// <param name="onlyOverPlainHttp">Report only calls whose request address is http:// (PII4001).</param>
        /// <param name="judge">For rules about who receives the data: given the privacy policy, whether a kind sent to a
        /// recipient (null when the call shows none) is reported, and with what; every kind is, plainly, unless given.</param>
        /// <param name="contextNamesCount">Where names that are personal data only in a person's context (an e-mail address,
        /// a tax ID) count, given the privacy policy and the sink's family; at the leak families unless given.</param>
        public static void Register(AnalysisContext context, DiagnosticDescriptor rule, SinkFamily families, FlowPolicy? policy = null,
            Func<string, bool>? reportsKind = null, bool onlyOverPlainHttp = false, Func<PrivacyPolicy?, Recipient?, string, Judgement?>? judge = null,
            Func<PrivacyPolicy?, SinkFamily, bool>? contextNamesCount = null)
        {
            context.RegisterCompilationStartAction(start =>
            {
                var state = PrivacyCompilation.For(start.Compilation, start.Options);
                var reportsLogs = (families & SinkFamily.Log) != 0;
                if ((state.Sinks.Families & families) == 0 && !reportsLogs)
                {
                    return;
                }

                var rules = new RuleSettings(rule, families, policy ?? FlowPolicy.AnySanitizer, reportsKind ?? (_ => true), onlyOverPlainHttp, judge,
                    contextNamesCount ?? ((_, family) => (family & SinkFamilies.Leaks) != 0));
                var sinks = state.Sinks;

                // Every invocation: a sink API (constructors are invoked too, `: base(message)`), a team log sink, or a
                // method of this compilation whose parameters reach a sink of any family.
                start.RegisterOperationAction(
                    operation =>
                    {
                        var invocation = (IInvocationOperation)operation.Operation;
                        AnalyzeRows(operation, state, rules, invocation.TargetMethod);
                        if (reportsLogs && sinks.TeamLogSink(invocation, state.Options.For(invocation.Syntax.SyntaxTree).LogSinks) is { } teamSink)
                        {
                            Analyze(operation, state, rules, teamSink);
                        }

                        AnalyzeCallee(operation, state, rules, invocation);
                    },
                    OperationKind.Invocation);

                if ((sinks.FamiliesOf(SinkMember.Constructor) & families) != 0)
                {
                    start.RegisterOperationAction(
                        operation =>
                        {
                            if (((IObjectCreationOperation)operation.Operation).Constructor is { } constructor)
                            {
                                AnalyzeRows(operation, state, rules, constructor);
                            }
                        },
                        OperationKind.ObjectCreation);
                }

                if (((sinks.FamiliesOf(SinkMember.PropertySetter) | sinks.FamiliesOf(SinkMember.IndexerSetter)) & families) != 0)
                {
                    start.RegisterOperationAction(
                        operation =>
                        {
                            if (((IAssignmentOperation)operation.Operation).Target is IPropertyReferenceOperation { Property: { } property })
                            {
                                AnalyzeRows(operation, state, rules, property);
                            }
                        },
                        OperationKind.SimpleAssignment);
                }
            });
        }

        /// <summary>One catalog lookup (shared by every rule, computed once per member); only a row of one of the rule's
        /// families is looked at further.</summary>
        private static void AnalyzeRows(OperationAnalysisContext context, PrivacyCompilation state, RuleSettings rules, ISymbol member)
        {
            var calls = state.Sinks.CallsAt(context.Operation, member, rules.Families);
            for (var i = 0; i < calls.Count; i++)
            {
                Analyze(context, state, rules, calls[i]);
            }
        }

        private static void Analyze(OperationAnalysisContext context, PrivacyCompilation state, RuleSettings rules, SinkCall call)
        {
            if (rules.OnlyOverPlainHttp && !call.IsPlainHttp)
            {
                return;
            }

            Func<string, Judgement?>? judgeKind = null;
            foreach (var argument in call.Arguments)
            {
                if ((argument.Family & rules.Families) == 0)
                {
                    continue;
                }

                var walker = new PiiFlowWalker(state, policy: rules.Policy);
                walker.Walk(argument.Value, maskTarget: null, isText: true);
                if (argument.Destructured)
                {
                    walker.WalkDestructured(argument.Value);
                }

                if (walker.Hits.Count > 0)
                {
                    judgeKind ??= rules.JudgeFor(state, () => state.Recipients.Of(call, state.Policy));
                    var countsContextNames = rules.ContextNamesCount(state.Policy, argument.Family);
                    foreach (var finding in Findings(rules, judgeKind, call.Display, argument.Value, walker.Hits, countsContextNames, context.Operation.SemanticModel!))
                    {
                        context.ReportDiagnostic(FindingReporter.Create(finding, context.Compilation));
                    }
                }
            }
        }

        /// <summary>A call of a method of this compilation whose parameter reaches one of the rule's sinks inside it
        /// (<c>AuditLog.Write(logger, "kyc", customer.Cnic)</c>): the argument that brings PII is reported here, with the
        /// sink inside the method as an additional location. A parameter that is PII by its own name is already reported
        /// at the sink inside.</summary>
        private static void AnalyzeCallee(OperationAnalysisContext context, PrivacyCompilation state, RuleSettings rules, IInvocationOperation invocation)
        {
            var method = ParameterSinks.Callee(invocation);
            if (method is null || !state.ParameterSinks.IsCandidate(method))
            {
                return;
            }

            // The arguments first: a method is summarised only once some call passes it PII, so most are never bound.
            ImmutableArray<ParameterSink> parameterSinks = default;
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is not { } invoked || invoked.Ordinal >= method.Parameters.Length
                    || method.Parameters[invoked.Ordinal] is not { } parameter || parameter.Type.TypeKind == TypeKind.Enum
                    || parameter.Type.SpecialType is SpecialType.System_Boolean or SpecialType.System_Int32 or SpecialType.System_Double)
                {
                    continue;
                }

                var walker = new PiiFlowWalker(state, policy: rules.Policy);
                walker.Walk(argument.Value, maskTarget: null, isText: true);
                if (walker.Hits.Count == 0)
                {
                    continue;
                }

                if (parameterSinks.IsDefault)
                {
                    parameterSinks = state.ParameterSinks.For(method);
                }

                ReportPassedToSink(context, rules, state, CalleeName(invocation, method), parameter, argument.Value, walker.Hits, parameterSinks);
            }
        }

        /// <summary>How a message names the method a call runs: <c>AuditLog.Write</c>, a local function's or a delegate
        /// local's own name.</summary>
        private static string CalleeName(IInvocationOperation invocation, IMethodSymbol method) =>
            invocation.Instance?.WithoutConversions() is ILocalReferenceOperation { Local: { } local } && method.MethodKind == MethodKind.AnonymousFunction
                ? local.Name
                : method.MethodKind == MethodKind.LocalFunction ? method.Name : method.ContainingType.Name + "." + method.Name;

        /// <summary>PII passed as <paramref name="parameter"/>, reported when the parameter reaches one of the rule's sinks
        /// inside the method; the sinks are the additional locations.</summary>
        private static void ReportPassedToSink(OperationAnalysisContext context, RuleSettings rules, PrivacyCompilation state, string callee,
            IParameterSymbol parameter, IOperation argument, List<PiiFlowHit> hits, ImmutableArray<ParameterSink> parameterSinks)
        {
            ParameterSink? first = null;
            var sites = ImmutableArray.CreateBuilder<Location>();
            foreach (var sink in parameterSinks)
            {
                if (sink.Ordinal == parameter.Ordinal && (sink.Family & rules.Families) != 0 && (!rules.OnlyOverPlainHttp || sink.IsPlainHttp))
                {
                    first ??= sink;
                    if (!sites.Contains(sink.Location))
                    {
                        sites.Add(sink.Location);
                    }
                }
            }

            if (first is null || state.Classifier.Classify(parameter) is not null)
            {
                return;
            }

            // An object of the parameter's own type written whole is already reported at the sink inside, which sees that
            // type; only an object passed as something less (object, an interface) is reported here.
            var insideSeesType = SymbolEqualityComparer.Default.Equals(parameter.Type, argument.WithoutConversions().Type);
            var reported = hits.FindAll(hit => !(hit.IsWholeObject && insideSeesType));

            // Pii.Mask returns text: only a text or object parameter can take it.
            if (parameter.Type.SpecialType is not (SpecialType.System_String or SpecialType.System_Object))
            {
                reported = reported.ConvertAll(hit => hit.WithMaskTarget(null));
            }

            if (reported.Count == 0)
            {
                return;
            }

            var display = first.Sink + " in " + callee;
            var countsContextNames = rules.ContextNamesCount(state.Policy, first.Family);
            var judgeKind = rules.JudgeFor(state, () => first.Recipient);
            foreach (var finding in Findings(rules, judgeKind, display, argument, reported, countsContextNames, context.Operation.SemanticModel!, sites.ToImmutable()))
            {
                context.ReportDiagnostic(FindingReporter.Create(finding, context.Compilation));
            }
        }

        /// <summary>One finding per PII member per sink argument, however the argument reaches it (twice through a local,
        /// in both arms of a conditional): the fix wraps every read of it there. An object written whole is one finding for
        /// its PII members that no read at the same argument already names.</summary>
        private static List<Finding> Findings(RuleSettings rules, Func<string, Judgement?> judge, string sink, IOperation argument, List<PiiFlowHit> hits,
            bool countsContextNames, SemanticModel model, ImmutableArray<Location> moreSites = default)
        {
            bool Reports(PiiClassification source) =>
                rules.ReportsKind(source.Kind) && (countsContextNames || !source.CountsOnlyInLeaks) && judge(source.Kind) is not null;

            var reads = new List<(FoundPii Member, List<SyntaxNode> Targets)>();
            var named = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var hit in hits)
            {
                if (hit.IsWholeObject || !Reports(hit.Members[0].Source))
                {
                    continue;
                }

                var member = hit.Members[0];
                var index = named.Add(member.Source.Symbol) ? -1 : reads.FindIndex(r => SymbolEqualityComparer.Default.Equals(r.Member.Source.Symbol, member.Source.Symbol));
                if (index < 0)
                {
                    reads.Add((member, new List<SyntaxNode>()));
                    index = reads.Count - 1;
                }

                if (hit.MaskTarget is { } target && CanWrap(target, model) && !reads[index].Targets.Contains(target))
                {
                    reads[index].Targets.Add(target);
                }
            }

            var findings = new List<Finding>();
            var location = argument.Syntax.GetLocation();
            foreach (var (member, targets) in reads)
            {
                var judgement = judge(member.Source.Kind)!;
                findings.Add(new Finding(rules.Rule, location, ImmutableArray.Create(member), sink, targets.ToImmutableArray(), moreArguments: judgement.MoreArguments,
                    moreSites: moreSites, severity: judgement.Severity));
            }

            foreach (var hit in hits)
            {
                if (!hit.IsWholeObject)
                {
                    continue;
                }

                var members = hit.Members.RemoveAll(m => !Reports(m.Source) || !named.Add(m.Source.Symbol));
                // One finding per judgement: members sent to the same recipient for different reasons read differently.
                foreach (var group in members.GroupBy(m => judge(m.Source.Kind)!))
                {
                    findings.Add(new Finding(rules.Rule, location, group.ToImmutableArray(), sink, moreArguments: group.Key.MoreArguments, moreSites: moreSites,
                        severity: group.Key.Severity));
                }
            }

            return findings;
        }

        private sealed class RuleSettings
        {
            public RuleSettings(DiagnosticDescriptor rule, SinkFamily families, FlowPolicy policy, Func<string, bool> reportsKind, bool onlyOverPlainHttp,
                Func<PrivacyPolicy?, Recipient?, string, Judgement?>? judge, Func<PrivacyPolicy?, SinkFamily, bool> contextNamesCount)
            {
                Judge = judge;
                ContextNamesCount = contextNamesCount;
                Rule = rule;
                Families = families;
                Policy = policy;
                ReportsKind = reportsKind;
                OnlyOverPlainHttp = onlyOverPlainHttp;
            }

            public DiagnosticDescriptor Rule { get; }

            public SinkFamily Families { get; }

            public bool OnlyOverPlainHttp { get; }

            public FlowPolicy Policy { get; }

            public Func<string, bool> ReportsKind { get; }

            public Func<PrivacyPolicy?, Recipient?, string, Judgement?>? Judge { get; }

            public Func<PrivacyPolicy?, SinkFamily, bool> ContextNamesCount { get; }

            /// <summary>The judgement per kind at one call; the recipient is worked out only when a kind is judged, once.</summary>
            public Func<string, Judgement?> JudgeFor(PrivacyCompilation state, Func<Recipient?> recipient)
            {
                if (Judge is not { } judge)
                {
                    return _ => Judgement.Report;
                }

                var known = false;
                Recipient? found = null;
                var byKind = new Dictionary<string, Judgement?>(StringComparer.Ordinal);
                return kind =>
                {
                    if (!byKind.TryGetValue(kind, out var judgement))
                    {
                        if (!known)
                        {
                            found = recipient();
                            known = true;
                        }

                        byKind[kind] = judgement = judge(state.Policy, found, kind);
                    }

                    return judgement;
                };
            }
        }

        /// <summary><c>Pii.Mask(object?, PiiKind)</c> takes anything but ref structs and pointers.</summary>
        private static bool CanWrap(SyntaxNode target, SemanticModel model)
        {
            if (target.SyntaxTree != model.SyntaxTree)
            {
                return false;
            }

            var type = model.GetTypeInfo(target).Type;
            return type is not null && !type.IsRefLikeType && type.TypeKind != TypeKind.Pointer && type.SpecialType != SpecialType.System_Void;
        }
    }
}
