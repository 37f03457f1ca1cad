using System.Collections.Generic;
using System.Collections.Immutable;

namespace PrivacyAnalyzers.Sinks
{
    /// <summary>One row of a sink table: methods of a type whose formattable arguments leave the process.</summary>
    internal sealed class SinkDefinition
    {
        public SinkDefinition(string typeMetadataName, SinkFamily family, bool atDestructures, params string[] methodNames)
        {
            TypeMetadataName = typeMetadataName;
            Family = family;
            AtDestructures = atDestructures;
            MethodNames = ImmutableHashSet.Create(methodNames);
        }

        /// <summary>A row whose parameters go to different families (Dapper: <c>sql</c> is SQL text, <c>param</c> a
        /// database parameter); only the named parameters are sinks.</summary>
        public SinkDefinition(string typeMetadataName, IReadOnlyDictionary<string, SinkFamily> parameterFamilies, params string[] methodNames)
            : this(typeMetadataName, SinkFamily.Log, atDestructures: false, methodNames)
        {
            ParameterFamilies = parameterFamilies;
        }

        public string TypeMetadataName { get; }

        public IReadOnlyDictionary<string, SinkFamily>? ParameterFamilies { get; }

        public SinkFamily Family { get; }

        /// <summary>Message-template libraries (Serilog, NLog) serialize the public properties of a <c>{@Hole}</c> argument.</summary>
        public bool AtDestructures { get; }

        public ImmutableHashSet<string> MethodNames { get; }
    }
}
