using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Flow;
using PrivacyAnalyzers.Storage;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>The shared body of the EF Core storage rules: for each DbContext, the PII members it persists
    /// (<see cref="EfCoreModel"/>, computed once per context and shared by the rules); each rule says which it reports.
    /// The diagnostic sits on the DbSet or mapping call that persists the member; the member is the additional location.</summary>
    internal static class EfCoreRuleRunner
    {
        public static void Register(AnalysisContext context, DiagnosticDescriptor rule, Func<PersistedPii, AnalyzerConfigOptions, bool> reports)
        {
            context.RegisterCompilationStartAction(start =>
            {
                var state = PrivacyCompilation.For(start.Compilation, start.Options);
                if (!state.EfCore.IsAvailable)
                {
                    return;
                }

                start.RegisterSymbolAction(
                    symbol =>
                    {
                        var type = (INamedTypeSymbol)symbol.Symbol;
                        if (!state.EfCore.IsDbContext(type))
                        {
                            return;
                        }

                        var options = Options.For(symbol.Options, type.Locations.Length > 0 ? type.Locations[0].SourceTree : null);
                        foreach (var persisted in state.EfCore.Persisted(type, Options.List(options, Options.EncryptingValueConverters)))
                        {
                            if (!reports(persisted, options))
                            {
                                continue;
                            }

                            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                            properties[DiagnosticPropertyNames.PiiKind] = persisted.Source.Kind;
                            persisted.Source.AddMemberId(properties);
                            symbol.ReportDiagnostic(Diagnostic.Create(
                                rule,
                                persisted.Mapping,
                                persisted.Source.AdditionalLocationsIn(symbol.Compilation),
                                properties.ToImmutable(),
                                persisted.Path,
                                PiiKindNames.Describe(persisted.Source.Kind),
                                persisted.MappingName));
                        }
                    },
                    SymbolKind.NamedType);
            });
        }
    }
}
