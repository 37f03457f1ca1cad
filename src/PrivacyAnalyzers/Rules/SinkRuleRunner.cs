using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Classification;
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
        public static void Register(AnalysisContext context, DiagnosticDescriptor rule, SinkFamily family)
        {
            context.RegisterCompilationStartAction(start =>
            {
                var state = PrivacyCompilation.For(start.Compilation);
                start.RegisterOperationAction(
                    operation => Analyze(operation, state, rule, family, state.Sinks.Match((IInvocationOperation)operation.Operation)),
                    OperationKind.Invocation);
                if (family == SinkFamily.ExceptionMessage)
                {
                    start.RegisterOperationAction(
                        operation => Analyze(operation, state, rule, family, state.Sinks.Match((IObjectCreationOperation)operation.Operation)),
                        OperationKind.ObjectCreation);
                }
            });
        }

        private static void Analyze(OperationAnalysisContext context, PrivacyCompilation state, DiagnosticDescriptor rule, SinkFamily family, SinkCall? call)
        {
            if (call is null || call.Family != family)
            {
                return;
            }

            foreach (var argument in call.Arguments)
            {
                var walker = new PiiFlowWalker(state, context.Operation.SemanticModel!);
                walker.Walk(argument.Value, maskTarget: null, isText: true);
                if (argument.Destructured)
                {
                    walker.WalkDestructured(argument.Value);
                }

                Report(context, state, rule, call, argument.Value, walker.Hits);
            }
        }

        private static void Report(OperationAnalysisContext context, PrivacyCompilation state, DiagnosticDescriptor rule, SinkCall call, IOperation argument, List<PiiFlowHit> hits)
        {
            var reported = new HashSet<(SyntaxNode?, string)>();
            foreach (var hit in hits)
            {
                // One diagnostic per read: the same member reached twice through one local is one finding.
                if (!reported.Add((hit.MaskTarget, hit.Path)))
                {
                    continue;
                }

                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                properties[DiagnosticPropertyNames.PiiKind] = hit.Source.Kind;
                if (hit.MaskTarget is not null && state.CanMask && CanWrap(hit.MaskTarget, context.Operation.SemanticModel!))
                {
                    properties[DiagnosticPropertyNames.MaskTargetStart] = hit.MaskTarget.SpanStart.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    properties[DiagnosticPropertyNames.MaskTargetLength] = hit.MaskTarget.Span.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                var memberLocation = hit.Source.SourceLocation;
                context.ReportDiagnostic(Diagnostic.Create(
                    rule,
                    argument.Syntax.GetLocation(),
                    memberLocation is null ? null : new[] { memberLocation },
                    properties.ToImmutable(),
                    hit.Path,
                    PiiKindNames.Describe(hit.Source.Kind),
                    call.Display));
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
