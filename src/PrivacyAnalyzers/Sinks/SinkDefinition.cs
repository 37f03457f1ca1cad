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

        public string TypeMetadataName { get; }

        public SinkFamily Family { get; }

        /// <summary>Message-template libraries (Serilog, NLog) serialize the public properties of a <c>{@Hole}</c> argument.</summary>
        public bool AtDestructures { get; }

        public ImmutableHashSet<string> MethodNames { get; }
    }
}
