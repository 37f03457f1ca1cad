using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Reporting
{
    /// <summary>That a rule reports a kind at a sink, with what more its message says (who receives it, why not) and, when
    /// it differs from the rule's, at which severity. Equal judgements share one finding for an object written whole.</summary>
    internal sealed class Judgement
    {
        public static readonly Judgement Report = new Judgement(ImmutableArray<string>.Empty, null);

        public Judgement(ImmutableArray<string> moreArguments, DiagnosticSeverity? severity)
        {
            MoreArguments = moreArguments;
            Severity = severity;
        }

        public ImmutableArray<string> MoreArguments { get; }

        public DiagnosticSeverity? Severity { get; }

        public override bool Equals(object? obj) =>
            obj is Judgement other && other.Severity == Severity && other.MoreArguments.SequenceEqual(MoreArguments);

        public override int GetHashCode()
        {
            var hash = Severity.GetHashCode();
            foreach (var argument in MoreArguments)
            {
                hash = (hash * 31) + argument.GetHashCode();
            }

            return hash;
        }
    }
}
