using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Sinks
{
    /// <summary>An argument that reaches a sink; <see cref="Destructured"/> when the sink serializes its public properties.</summary>
    internal readonly struct SinkArgument
    {
        public SinkArgument(IOperation value, bool destructured, SinkFamily family)
        {
            Value = value;
            Destructured = destructured;
            Family = family;
        }

        public IOperation Value { get; }

        public bool Destructured { get; }

        /// <summary>Where this argument goes; one call can feed several families (a URL and an http:// request).</summary>
        public SinkFamily Family { get; }
    }

    /// <summary>A call (or assignment) of a sink API: how messages name it, and the arguments that reach it.</summary>
    internal sealed class SinkCall
    {
        public SinkCall(string display, List<SinkArgument> arguments)
        {
            Display = display;
            Arguments = arguments;
        }

        public string Display { get; }

        public List<SinkArgument> Arguments { get; }
    }
}
