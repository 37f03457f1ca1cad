using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Flow;
using PrivacyAnalyzers.Reporting;
using PrivacyAnalyzers.Storage;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>The shared body of the EF Core storage rules: for each DbContext, the PII members it persists
    /// (<see cref="EfCoreModel"/>, computed once per context and shared by the rules); each rule says which it reports.
    /// The diagnostic sits on the DbSet or mapping call that persists the member; the member is the additional location.</summary>
    internal static class EfCoreRuleRunner
    {
        /// <param name="namesTheContext">The message names the DbContext (what must call something), not the DbSet or mapping
        /// that persists the member.</param>
        public static void Register(AnalysisContext context, DiagnosticDescriptor rule, Func<PersistedPii, PrivacyOptions, bool> reports, bool namesTheContext = false) =>
            Register(context, rule, _ => reports, namesTheContext);

        /// <param name="reportsIn">Which persisted members the rule reports, given what the compilation shares (PII3010 asks
        /// it what retention each member declares).</param>
        /// <param name="contextNamesCount">Whether members that are personal data only by a name in a person's context
        /// (<c>User.Email</c>) count: not for the at-rest rules (storage keeps contact details on purpose), but for how long
        /// they are kept (PII3010).</param>
        public static void Register(AnalysisContext context, DiagnosticDescriptor rule, Func<PrivacyCompilation, Func<PersistedPii, PrivacyOptions, bool>> reportsIn,
            bool namesTheContext = false, bool contextNamesCount = false)
        {
            context.RegisterCompilationStartAction(start =>
            {
                var state = PrivacyCompilation.For(start.Compilation, start.Options);
                if (!state.EfCore.IsAvailable)
                {
                    return;
                }

                var reportsAny = reportsIn(state);
                Func<PersistedPii, PrivacyOptions, bool> reports = contextNamesCount
                    ? reportsAny
                    : (persisted, options) => !persisted.Source.CountsOnlyInLeaks && reportsAny(persisted, options);

                // Per file, once the compiler has finished the file: by then the driver has bound OnModelCreating for the
                // operation rules, so reading it here reuses that work instead of binding it again early (a symbol action
                // runs as soon as the type is declared, and paid for the binding itself). Reporting from the file keeps
                // the diagnostics local to it, which code fixes need.
                start.RegisterSemanticModelAction(model => ReportContextsIn(model, state, rule, reports, namesTheContext));
            });
        }

        private static void ReportContextsIn(SemanticModelAnalysisContext context, PrivacyCompilation state, DiagnosticDescriptor rule,
            Func<PersistedPii, PrivacyOptions, bool> reports, bool namesTheContext)
        {
            var tree = context.SemanticModel.SyntaxTree;
            // Five rules visit every file: the first one finds its contexts, the others reuse them.
            var contexts = state.EfCore.ContextsMappedIn(tree, _ => DbContextsDeclaredIn(context.SemanticModel, state.EfCore, context.CancellationToken));
            foreach (var type in contexts)
            {
                // An abstract context is stored through the contexts derived from it, which report its mappings as theirs
                // (and each registers encryption or not): reporting the base too would repeat them, or be wrong.
                if (type.IsAbstract && state.EfCore.ContextsDerivedFrom(type).Count > 0)
                {
                    continue;
                }

                var options = state.Options.For(type);
                foreach (var persisted in state.EfCore.Persisted(type))
                {
                    // Each finding is reported once, in the file of its mapping, so that it is local to that file.
                    if (persisted.Mapping.SourceTree != tree || !reports(persisted, options))
                    {
                        continue;
                    }

                    context.ReportDiagnostic(FindingReporter.Create(
                        new Finding(rule, persisted.Mapping, ImmutableArray.Create(new FoundPii(persisted.Source, persisted.Path)), namesTheContext ? type.Name : persisted.MappingName),
                        context.SemanticModel.Compilation));
                }
            }
        }

        /// <summary>The DbContext classes whose mappings can be in this file, each once: those with a declaration in it, and
        /// those deriving from them (a DbSet inherited from a base context maps for the derived context too).</summary>
        private static IReadOnlyList<INamedTypeSymbol> DbContextsDeclaredIn(SemanticModel model, EfCoreModel efCore, System.Threading.CancellationToken cancellation)
        {
            var found = new List<INamedTypeSymbol>();
            var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            var pending = new Stack<SyntaxNode>();
            pending.Push(model.SyntaxTree.GetRoot(cancellation));
            while (pending.Count > 0)
            {
                foreach (var child in pending.Pop().ChildNodes())
                {
                    switch (child)
                    {
                        case BaseNamespaceDeclarationSyntax:
                            pending.Push(child);
                            break;
                        case TypeDeclarationSyntax declaration:
                            pending.Push(child);

                            // Without a base list a class derives from DbContext only through another part of a partial.
                            if (declaration is ClassDeclarationSyntax or RecordDeclarationSyntax
                                && (declaration.BaseList is not null || declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                                && model.GetDeclaredSymbol(declaration, cancellation) is { } type
                                && efCore.IsDbContext(type)
                                && seen.Add(type))
                            {
                                found.Add(type);
                            }

                            break;
                    }
                }
            }

            foreach (var declared in found.ToArray())
            {
                foreach (var derived in efCore.ContextsDerivedFrom(declared))
                {
                    if (seen.Add(derived))
                    {
                        found.Add(derived);
                    }
                }
            }

            return found.Count == 0 ? Array.Empty<INamedTypeSymbol>() : found;
        }
    }
}
