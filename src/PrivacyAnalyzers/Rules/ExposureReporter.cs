using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Exposure;
using PrivacyAnalyzers.Flow;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>Shared by the serialization and response rules: finds the PII members a value's type exposes under a
    /// contract and reports one diagnostic per member, unless the enclosing code has a justified approval.</summary>
    internal static class ExposureReporter
    {
        public static void Report(
            OperationAnalysisContext context,
            PrivacyCompilation state,
            DiagnosticDescriptor rule,
            ITypeSymbol? type,
            ExposureContract contract,
            Location location,
            string where)
        {
            var exposures = state.Exposure.FindAll(type, contract);
            if (exposures.IsEmpty || IsApprovedHere(context.ContainingSymbol, state.SerializationAttributes))
            {
                return;
            }

            foreach (var exposure in exposures)
            {
                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                properties[DiagnosticPropertyNames.PiiKind] = exposure.Source.Kind;
                properties[DiagnosticPropertyNames.Contract] = contract.ToString();
                if (contract == ExposureContract.SystemTextJson && state.SerializationAttributes.JsonPiiMask is not null)
                {
                    properties[DiagnosticPropertyNames.CanMaskInJson] = "true";
                }

                exposure.Source.AddMemberId(properties);
                context.ReportDiagnostic(Diagnostic.Create(
                    rule,
                    location,
                    exposure.Source.AdditionalLocationsIn(context.Compilation),
                    properties.ToImmutable(),
                    exposure.Path,
                    PiiKinds.Describe(exposure.Source.Kind),
                    where));
            }
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
