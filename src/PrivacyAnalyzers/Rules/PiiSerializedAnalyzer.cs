using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Exposure;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Flow;
using PrivacyAnalyzers.Sinks;

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
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var state = PrivacyCompilation.For(start.Compilation, start.Options);
                if (state.SerializationSinks.IsEmpty)
                {
                    return;
                }

                start.RegisterOperationAction(
                    operation =>
                    {
                        var invocation = (IInvocationOperation)operation.Operation;
                        if (state.SerializationSinks.Match(invocation.TargetMethod, invocation.Arguments) is { Definition.IsResponse: false } call)
                        {
                            var contract = call.Definition.Contract;
                            var where = ExposureContractNames.Display(contract) + " (" + invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name + ")";
                            ExposureReporter.Report(operation, state, Rule, SerializationSinkResolver.ValueType(call.Value.Value), contract, invocation.Syntax.GetLocation(), where);
                        }
                    },
                    OperationKind.Invocation);
            });
        }
    }
}
