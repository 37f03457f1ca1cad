using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Reporting;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Storage;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII3009: an EF Core query compares, orders, groups or joins by a member stored as randomised ciphertext
    /// ([Encrypted], or an encrypting converter). The database sees ciphertext, so the query matches nothing (or sorts by
    /// noise); reading the member back (a projection) and null checks work and are not reported.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EncryptedColumnQueriedAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.EncryptedColumnQueried,
            title: "A query looks at the value of an encrypted column",
            messageFormat: "'{0}' ({1}) is stored encrypted, so '{2}' compares ciphertext in the database and matches nothing; query a keyed-hash column (PiiLookupHasher) instead, or filter after loading",
            description: "Every encryption of a value gives a different ciphertext, so the database cannot compare, order, group or "
                + "join by an encrypted column: the query runs and silently finds nothing. Keep a keyed hash of the value in a "
                + "separate column (PiiLookupHasher) and query that.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var queryable = start.Compilation.GetTypeByMetadataName("System.Linq.Queryable");
                var efQueryable = start.Compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions");
                var state = PrivacyCompilation.For(start.Compilation, start.Options);
                if (queryable is null || !state.EfCore.IsAvailable)
                {
                    return;
                }

                start.RegisterOperationAction(
                    operation =>
                    {
                        var invocation = (IInvocationOperation)operation.Operation;
                        if (!IsQueryOperator(invocation, queryable, efQueryable))
                        {
                            return;
                        }

                        var operatorName = invocation.TargetMethod.Name;
                        foreach (var argument in invocation.Arguments)
                        {
                            foreach (var node in argument.Value.DescendantsAndSelf())
                            {
                                if (node is IPropertyReferenceOperation reference
                                    && EncryptedColumnUse.LooksAtValue(reference, operatorName)
                                    && NearestQueryOperator(reference, queryable, efQueryable) == invocation
                                    && state.EfCore.IsEncryptedColumn(reference.Property))
                                {
                                    var classification = state.Classifier.Classify(reference.Property);
                                    var kind = classification?.Kind;
                                    operation.ReportDiagnostic(Diagnostic.Create(
                                        Rule,
                                        reference.Syntax.GetLocation(),
                                        Properties(classification),
                                        reference.Property.ContainingType.Name + "." + reference.Property.Name,
                                        kind is null ? "encrypted value" : PiiKinds.Describe(kind),
                                        operatorName.EndsWith("Async", System.StringComparison.Ordinal) ? operatorName.Substring(0, operatorName.Length - 5) : operatorName));
                                }
                            }
                        }
                    },
                    OperationKind.Invocation);
            });
        }

        private static bool IsQueryOperator(IInvocationOperation invocation, INamedTypeSymbol queryable, INamedTypeSymbol? efQueryable)
        {
            var owner = invocation.TargetMethod.ContainingType;
            return SymbolEqualityComparer.Default.Equals(owner, queryable) || SymbolEqualityComparer.Default.Equals(owner, efQueryable);
        }

        /// <summary>The member's kind and documentation ID, as every finding carries them (the privacy map reads them).</summary>
        private static ImmutableDictionary<string, string?> Properties(PiiClassification? classification)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            if (classification is not null)
            {
                properties[DiagnosticPropertyNames.PiiKind] = classification.Kind;
                if (FindingReporter.MemberList(ImmutableArray.Create(new FoundPii(classification, classification.DisplayName))) is { } members)
                {
                    properties[DiagnosticPropertyNames.Members] = members;
                }
            }

            return properties.ToImmutable();
        }

        /// <summary>The query operator whose lambda holds <paramref name="reference"/>: a subquery's member is reported by the
        /// subquery's operator only, not again by the outer one.</summary>
        private static IInvocationOperation? NearestQueryOperator(IOperation reference, INamedTypeSymbol queryable, INamedTypeSymbol? efQueryable)
        {
            for (var parent = reference.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IInvocationOperation invocation && IsQueryOperator(invocation, queryable, efQueryable))
                {
                    return invocation;
                }
            }

            return null;
        }
    }
}
