using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Exposure;
using PrivacyAnalyzers.Flow;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII2001: an object whose serialized form contains personal data is passed to a serializer
    /// (System.Text.Json, Newtonsoft.Json, XmlSerializer, DataContractSerializer).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PiiSerializedAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.PiiSerialized,
            title: "Personal data is serialized",
            messageFormat: "'{0}' ({1}) is written by {2}; ignore the member, write it masked, or serialize a type without it",
            description: "Serializing a whole entity copies every member the serializer sees into exports, caches, messages "
                + "and files. Members classified as personal data must be left out, masked, or explicitly approved with a "
                + "justification ([PiiExposureAllowed]).");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var state = PrivacyCompilation.For(start.Compilation, start.Options);
                if ((state.Sinks.Families & SinkFamily.Serializer) == 0)
                {
                    return;
                }

                start.RegisterOperationAction(
                    operation =>
                    {
                        var invocation = (IInvocationOperation)operation.Operation;
                        foreach (var row in state.Sinks.RowsFor(invocation.TargetMethod))
                        {
                            if ((row.Families & SinkFamily.Serializer) == 0 || row.Contract is not { } contract || state.Sinks.CallFor(row, invocation) is not { } call)
                            {
                                continue;
                            }

                            // Serialized to be encrypted or hashed at once: nothing readable leaves.
                            if (state.Sanitizers.ProtectsAtOnce(invocation, state.Options))
                            {
                                return;
                            }

                            var where = ExposureContractNames.Display(contract) + " (" + invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name + ")";
                            foreach (var argument in call.Arguments)
                            {
                                if (argument.Family == SinkFamily.Serializer)
                                {
                                    ExposureReporter.Report(operation, state, Rule, ExposureReporter.ValueType(argument.Value), contract, invocation.Syntax.GetLocation(), where, value: argument.Value);
                                }
                            }
                        }
                    },
                    OperationKind.Invocation);
            });
        }
    }
}
