using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Exposure;
using PrivacyAnalyzers.Sinks;
using PrivacyAnalyzers.Storage;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>
    /// Everything the rules share for one compilation: classifier, sinks, sanitizers and the flow caches. Created once per
    /// compilation and shared by every rule, so classification happens once however many rules run.
    /// </summary>
    internal sealed class PrivacyCompilation
    {
        // Weak keys: a compilation that the host drops takes its state with it.
        private static readonly ConditionalWeakTable<Compilation, PrivacyCompilation> Instances =
            new ConditionalWeakTable<Compilation, PrivacyCompilation>();

        private PrivacyCompilation(Compilation compilation, AnalyzerConfigOptionsProvider? options)
        {
            Compilation = compilation;
            Classifier = new PiiClassifier(compilation, options);
            Sinks = new SinkResolver(compilation);
            SerializationSinks = new SerializationSinkResolver(compilation);
            Sanitizers = new SanitizerSet(compilation);
            SerializationAttributes = new SerializationAttributes(compilation);
            Exposure = new ExposureWalker(Classifier, SerializationAttributes);
            Helpers = new HelperSummaries(this);
            EfCore = new EfCoreModel(compilation, Classifier);
        }

        public Compilation Compilation { get; }

        public PiiClassifier Classifier { get; }

        public SinkResolver Sinks { get; }

        public SerializationSinkResolver SerializationSinks { get; }

        public SanitizerSet Sanitizers { get; }

        public SerializationAttributes SerializationAttributes { get; }

        public ExposureWalker Exposure { get; }

        public HelperSummaries Helpers { get; }

        public EfCoreModel EfCore { get; }

        /// <summary>The shared state; <paramref name="options"/> (the same for every analyzer of a compilation) carry the
        /// team's vocabulary.</summary>
        public static PrivacyCompilation For(Compilation compilation, AnalyzerOptions? options = null)
        {
            return Instances.GetValue(compilation, c => new PrivacyCompilation(c, options?.AnalyzerConfigOptionsProvider));
        }
    }
}
