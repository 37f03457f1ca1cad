using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Sinks
{
    /// <summary>An argument that reaches a sink; <see cref="Destructured"/> when the sink writes its members.</summary>
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

        /// <summary>Where this argument goes; one call can feed several families (a URL and a request body).</summary>
        public SinkFamily Family { get; }
    }

    /// <summary>A call (or assignment) of a sink API: its catalog row, how messages name it, and the arguments that reach it.</summary>
    internal sealed class SinkCall
    {
        public SinkCall(SinkRow row, IOperation operation, string display, List<SinkArgument> arguments, bool isPlainHttp, string? sdk)
        {
            Row = row;
            Operation = operation;
            Sdk = sdk;
            Display = display;
            Arguments = arguments;
            IsPlainHttp = isPlainHttp;
        }

        public SinkRow Row { get; }

        /// <summary>The invocation, object creation or assignment.</summary>
        public IOperation Operation { get; }

        /// <summary>The SDK whose service receives the arguments (<see cref="SinkRow.Sdk"/>, as this compilation uses it).</summary>
        public string? Sdk { get; }

        public string Display { get; }

        public List<SinkArgument> Arguments { get; }

        /// <summary>A request whose address is written as http:// (not loopback): everything it carries goes in clear.</summary>
        public bool IsPlainHttp { get; }
    }
}
