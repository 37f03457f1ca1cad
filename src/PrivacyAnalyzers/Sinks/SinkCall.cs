using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Sinks
{
    /// <summary>An argument that reaches a sink; <see cref="Destructured"/> when the sink serializes its public properties.</summary>
    internal readonly struct SinkArgument
    {
        public SinkArgument(IOperation value, bool destructured)
        {
            Value = value;
            Destructured = destructured;
        }

        public IOperation Value { get; }

        public bool Destructured { get; }
    }

    /// <summary>A call of a sink API: its family, how messages name it, and the arguments that reach it.</summary>
    internal sealed class SinkCall
    {
        public SinkCall(SinkFamily family, string display, List<SinkArgument> arguments)
        {
            Family = family;
            Display = display;
            Arguments = arguments;
        }

        public SinkFamily Family { get; }

        public string Display { get; }

        public List<SinkArgument> Arguments { get; }
    }
}
