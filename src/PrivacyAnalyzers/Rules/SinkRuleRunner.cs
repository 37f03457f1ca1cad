using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Flow;
using PrivacyAnalyzers.Sinks;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// The shared body of the sink rules: find calls of the rule's sink family, walk each argument for PII, report one
    /// diagnostic per PII read on the argument, with the member as additional location and what the fix needs in
    /// the properties. Each rule only says which family and which descriptor.
    /// </summary>
    internal static class SinkRuleRunner
    {
        /// <param name="families">The families the rule reports.</param>
        /// <param name="policy">What counts as protection; any sanitizer unless given.</param>
        /// <param name="reportsKind">Which kinds the rule reports; all unless given.</param>
        /// <param name="onlyOverPlainHttp">Report only calls whose request address is http:// (PII4001).</param>
        public static void Register(AnalysisContext context, DiagnosticDescriptor rule, SinkFamily families, FlowPolicy? policy = null,
            Func<string, bool>? reportsKind = null, bool onlyOverPlainHttp = false)
        {
            context.RegisterCompilationStartAction(start =>
            {
                var state = PrivacyCompilation.For(start.Compilation, start.Options);
                var reportsLogs = (families & SinkFamily.Log) != 0;
                if ((state.Sinks.Families & families) == 0 && !reportsLogs)
                {
                    return;
                }

                var rules = new RuleSettings(rule, families, policy ?? FlowPolicy.AnySanitizer, reportsKind ?? (_ => true), onlyOverPlainHttp);
                start.RegisterOperationAction(
                    operation =>
                    {
                        var invocation = (IInvocationOperation)operation.Operation;
                        AnalyzeRows(operation, state, rules, invocation.TargetMethod);
                        if (reportsLogs && state.Sinks.TeamLogSink(invocation, state.Options.For(invocation.Syntax.SyntaxTree).LogSinks) is { } teamSink)
                        {
                            Analyze(operation, state, rules, teamSink);
                        }
                    },
                    OperationKind.Invocation);
                start.RegisterOperationAction(
                    operation =>
                    {
                        if (((IObjectCreationOperation)operation.Operation).Constructor is { } constructor)
                        {
                            AnalyzeRows(operation, state, rules, constructor);
                        }
                    },
                    OperationKind.ObjectCreation);
                start.RegisterOperationAction(
                    operation =>
                    {
                        if (((IAssignmentOperation)operation.Operation).Target is IPropertyReferenceOperation { Property: { } property })
                        {
                            AnalyzeRows(operation, state, rules, property);
                        }
                    },
                    OperationKind.SimpleAssignment);
            });
        }

        /// <summary>One catalog lookup (shared by every rule, computed once per member); only a row of one of the rule's
        /// families is looked at further.</summary>
        private static void AnalyzeRows(OperationAnalysisContext context, PrivacyCompilation state, RuleSettings rules, ISymbol member)
        {
            foreach (var row in state.Sinks.RowsFor(member))
            {
                if ((row.Families & rules.Families) != 0 && state.Sinks.CallFor(row, context.Operation) is { } call)
                {
                    Analyze(context, state, rules, call);
                }
            }
        }

        private static void Analyze(OperationAnalysisContext context, PrivacyCompilation state, RuleSettings rules, SinkCall call)
        {
            if (rules.OnlyOverPlainHttp && !call.IsPlainHttp)
            {
                return;
            }

            foreach (var argument in call.Arguments)
            {
                if ((argument.Family & rules.Families) == 0)
                {
                    continue;
                }

                var walker = new PiiFlowWalker(state, context.Operation.SemanticModel!, policy: rules.Policy);
                walker.Walk(argument.Value, maskTarget: null, isText: true);
                if (argument.Destructured)
                {
                    walker.WalkDestructured(argument.Value);
                }

                Report(context, state, rules, call, argument.Value, walker.Hits);
            }
        }

        private static void Report(OperationAnalysisContext context, PrivacyCompilation state, RuleSettings rules, SinkCall call, IOperation argument, List<PiiFlowHit> hits)
        {
            if (hits.Count == 0)
            {
                return;
            }

            var rule = rules.Rule;
            var reported = new HashSet<(SyntaxNode?, string)>();
            foreach (var hit in hits)
            {
                if (!rules.ReportsKind(hit.Source.Kind))
                {
                    continue;
                }

                // One diagnostic per read: the same member reached twice through one local is one finding.
                if (!reported.Add((hit.MaskTarget, hit.Path)))
                {
                    continue;
                }

                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                properties[DiagnosticPropertyNames.PiiKind] = hit.Source.Kind;
                if (hit.MaskTarget is not null && CanWrap(hit.MaskTarget, context.Operation.SemanticModel!))
                {
                    properties[DiagnosticPropertyNames.MaskTargetStart] = hit.MaskTarget.SpanStart.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    properties[DiagnosticPropertyNames.MaskTargetLength] = hit.MaskTarget.Span.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                hit.Source.AddMemberId(properties);
                context.ReportDiagnostic(Diagnostic.Create(
                    rule,
                    argument.Syntax.GetLocation(),
                    hit.Source.AdditionalLocationsIn(context.Compilation),
                    properties.ToImmutable(),
                    hit.Path,
                    PiiKinds.Describe(hit.Source.Kind),
                    call.Display));
            }
        }

        private sealed class RuleSettings
        {
            public RuleSettings(DiagnosticDescriptor rule, SinkFamily families, FlowPolicy policy, Func<string, bool> reportsKind, bool onlyOverPlainHttp)
            {
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
