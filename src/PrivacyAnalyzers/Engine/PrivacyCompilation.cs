using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Exposure;
using PrivacyAnalyzers.Flow;
using PrivacyAnalyzers.Policy;
using PrivacyAnalyzers.Retention;
using PrivacyAnalyzers.Sharing;
using PrivacyAnalyzers.Sinks;
using PrivacyAnalyzers.Storage;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Everything the rules share for one compilation: options per file, the classifier, the catalog resolved against the
    /// compilation (sinks, sanitizers), and the caches of the flow, exposure and EF Core walks. Created once per compilation
    /// and shared by every rule, so classification and resolution happen once however many rules run. Every cache in it is
    /// compute-once (<see cref="ComputeOnceCache{TKey, TValue}"/>): safe to read from any thread at any moment of a build.
    /// </summary>
    internal sealed class PrivacyCompilation
    {
        // Weak keys: a compilation that the host drops takes its state with it.
        private static readonly ConditionalWeakTable<Compilation, PrivacyCompilation> Instances =
            new ConditionalWeakTable<Compilation, PrivacyCompilation>();

        private PrivacyCompilation(Compilation compilation, AnalyzerOptions? analyzerOptions)
        {
            var options = analyzerOptions?.AnalyzerConfigOptionsProvider;
            // Read on first use, once: most projects have no policy file, and most rules never ask.
            _policy = new Lazy<PrivacyPolicy?>(() => analyzerOptions is null ? null : PrivacyPolicy.Load(analyzerOptions, CancellationToken.None));
            Compilation = compilation;
            Options = new TreeOptions(options);
            Sources = new SourceMembers(compilation);
            Classifier = new PiiClassifier(compilation, Options, Sources);
            Sinks = new SinkResolver(compilation);
            Sanitizers = new SanitizerSet(compilation);
            FlowTypes = new FlowTypes(compilation);
            SerializationAttributes = new SerializationAttributes(compilation);
            Ciphertext = new CiphertextMembers(Options);
            Written = new WrittenMembers(compilation, Sanitizers, Ciphertext, Options);
            Exposure = new ExposureWalker(Classifier, SerializationAttributes, Written);
            Helpers = new HelperSummaries(this);
            ParameterSinks = new ParameterSinks(this);
            Assigned = new AssignedMembers(this);
            EfCore = new EfCoreModel(compilation, Classifier, Options, Written);
            Recipients = new Recipients(compilation);
            Retention = new RetentionDeclarations(compilation, () => Policy);
        }

        public Compilation Compilation { get; }

        /// <summary>The team's options per file.</summary>
        public TreeOptions Options { get; }

        public PiiClassifier Classifier { get; }

        public SinkResolver Sinks { get; }

        public SanitizerSet Sanitizers { get; }

        public FlowTypes FlowTypes { get; }

        /// <summary>The framework members that hand over personal data (<see cref="Catalog.SourceCatalog"/>).</summary>
        public SourceMembers Sources { get; }

        public SerializationAttributes SerializationAttributes { get; }

        /// <summary>Members whose value is ciphertext (the team's <c>privacy_analyzers.ciphertext_attributes</c>).</summary>
        public CiphertextMembers Ciphertext { get; }

        public ExposureWalker Exposure { get; }

        /// <summary>Which members code ever writes, and what it stores in them (PII2002 leaves out response members nothing
        /// writes; every rule treats a member only ever set to a hash or ciphertext as protected).</summary>
        public WrittenMembers Written { get; }

        public HelperSummaries Helpers { get; }

        /// <summary>Which parameters of this compilation's methods reach sinks (a helper that logs its argument).</summary>
        public ParameterSinks ParameterSinks { get; }

        /// <summary>Untagged members the code assigns PII to: they carry its kind wherever they are read.</summary>
        public AssignedMembers Assigned { get; }

        public EfCoreModel EfCore { get; }

        /// <summary>Who a sink call shares personal data with (an SDK's service, a request's host).</summary>
        public Recipients Recipients { get; }

        /// <summary>How long each member's data is kept and why it is processed, as the code and the policy file declare.</summary>
        public RetentionDeclarations Retention { get; }

        private readonly Lazy<PrivacyPolicy?> _policy;

        /// <summary>The team's <c>privacy-policy.json</c> (an AdditionalFile), or null when the project has none.</summary>
        public PrivacyPolicy? Policy => _policy.Value;

        /// <summary>The shared state; <paramref name="options"/> (the same for every analyzer of a compilation) carry the
        /// team's options.</summary>
        public static PrivacyCompilation For(Compilation compilation, AnalyzerOptions? options = null)
        {
            // GetValue publishes one instance per compilation; the constructor only resolves types and creates empty caches.
            return Instances.GetValue(compilation, c => new PrivacyCompilation(c, options));
        }
    }
}
