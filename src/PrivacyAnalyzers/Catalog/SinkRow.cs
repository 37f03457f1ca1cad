using System.Collections.Immutable;
using PrivacyAnalyzers.Exposure;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>Which member of a type a sink row stands for.</summary>
    internal enum SinkMember
    {
        /// <summary>Methods of the type with one of the row's names (extension methods included).</summary>
        Method,

        /// <summary>The type's constructors (<c>new X(...)</c> and <c>: base(...)</c>).</summary>
        Constructor,

        /// <summary>The setter of the type's property with the row's name (<c>x.Value = ...</c>, object initializers); of any
        /// of its properties when the row names none (an SDK's request options).</summary>
        PropertySetter,

        /// <summary>The setter of the type's indexer (<c>x["key"] = ...</c>): the assigned value.</summary>
        IndexerSetter,

        /// <summary>Methods that carry the row's type as an attribute (<c>[LoggerMessage]</c> partial methods).</summary>
        AttributedMethod,

        /// <summary>Invoking an <c>Action&lt;T, ...&gt;</c> whose first type argument is the row's type
        /// (the delegates <c>LoggerMessage.Define</c> returns).</summary>
        DelegateFirstArgument,
    }

    /// <summary>What a row needs checked at each call, beyond the method it calls; code, behind the row lookup.</summary>
    internal enum SinkCondition
    {
        None,

        /// <summary>The receiver is <c>Console.Out</c> or <c>Console.Error</c>.</summary>
        ReceiverIsConsoleOutOrError,

        /// <summary>The receiver is a <c>StreamWriter</c> that is not built over a <c>CryptoStream</c> in the same method.</summary>
        ReceiverIsPlainStreamWriter,

        /// <summary>The delegate argument is a minimal API handler: what it returns is the response.</summary>
        RouteHandler,

        /// <summary>The receiver is an exception's <c>Data</c> dictionary.</summary>
        ReceiverIsExceptionData,

        /// <summary>The receiver is the <c>Properties</c> of an Application Insights telemetry item (an <c>EventTelemetry</c>
        /// filled before <c>TrackEvent(telemetry)</c>) or a context's <c>GlobalProperties</c>.</summary>
        ReceiverIsTelemetryProperties,
    }

    /// <summary>A parameter of a sink that receives data, and where that data goes.</summary>
    internal sealed class SinkParameter
    {
        public SinkParameter(string name, SinkFamily family, bool destructures = false)
        {
            Name = name;
            Family = family;
            Destructures = destructures;
        }

        public string Name { get; }

        public SinkFamily Family { get; }

        /// <summary>An object passed here is written member by member (Dapper's <c>param</c>, a JSON request body).</summary>
        public bool Destructures { get; }
    }

    /// <summary>
    /// One row of the sink catalog: a member of a type (methods by name, constructors, a property setter, ...) and which of
    /// its arguments carry data where. Either every argument that can carry text goes to <see cref="Family"/> (loggers,
    /// consoles: <see cref="Parameters"/> empty), or only the named <see cref="Parameters"/>, each to its own family.
    /// Types are matched by metadata name, so a project that does not reference a library pays nothing for its rows.
    /// </summary>
    internal sealed class SinkRow
    {
        private SinkRow(
            string type, SinkMember member, ImmutableArray<string> names, SinkFamily family, ImmutableArray<SinkParameter> parameters,
            bool includesDerivedTypes = false, bool templatesDestructure = false, ExposureContract? contract = null, SinkCondition condition = SinkCondition.None,
            string? sdk = null)
        {
            Sdk = sdk;
            Type = type;
            Member = member;
            Names = names;
            Family = family;
            Parameters = parameters;
            IncludesDerivedTypes = includesDerivedTypes;
            TemplatesDestructure = templatesDestructure;
            Contract = contract;
            Condition = condition;
            var families = family;
            foreach (var parameter in parameters)
            {
                families |= parameter.Family;
            }

            Families = families;
        }

        /// <summary>The metadata name of the declaring type (or attribute, or delegate's first type argument).</summary>
        public string Type { get; }

        public SinkMember Member { get; }

        /// <summary>Method or property names; empty for constructors, indexers, attributed methods and delegates.</summary>
        public ImmutableArray<string> Names { get; }

        /// <summary>Where every formattable argument goes, for rows without <see cref="Parameters"/>.</summary>
        public SinkFamily Family { get; }

        /// <summary>When not empty, only these parameters are sinks.</summary>
        public ImmutableArray<SinkParameter> Parameters { get; }

        /// <summary>Every family any argument of the row goes to.</summary>
        public SinkFamily Families { get; }

        /// <summary>The row also covers types that derive from (or implement) <see cref="Type"/>.</summary>
        public bool IncludesDerivedTypes { get; }

        /// <summary>Message templates with <c>{@Hole}</c> serialize the hole's argument (Serilog, NLog).</summary>
        public bool TemplatesDestructure { get; }

        /// <summary>For serializers and responses: under which serializer's rules the value is written.</summary>
        public ExposureContract? Contract { get; }

        public SinkCondition Condition { get; }

        /// <summary>The SDK that sends what the row receives to its service (<c>Twilio</c>, <c>Sentry</c>): the name a
        /// processor of the privacy policy lists in its <c>sdks</c>. Null for rows that send to no one outside.</summary>
        public string? Sdk { get; }

        /// <summary>Whether both rows send the same arguments to the same places, naming the API by different types (a class and
        /// the interface it implements: <c>DbParameter.Value</c>, <c>IDataParameter.Value</c>). A member matching both is one sink.</summary>
        public bool SendsLike(SinkRow other)
        {
            if (Member != other.Member || Family != other.Family || Condition != other.Condition || !Equals(Contract, other.Contract) || Sdk != other.Sdk
                || TemplatesDestructure != other.TemplatesDestructure || Parameters.Length != other.Parameters.Length)
            {
                return false;
            }

            for (var i = 0; i < Parameters.Length; i++)
            {
                if (Parameters[i].Name != other.Parameters[i].Name || Parameters[i].Family != other.Parameters[i].Family
                    || Parameters[i].Destructures != other.Parameters[i].Destructures)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Methods whose every argument that can carry text goes to <paramref name="family"/> (loggers, consoles).</summary>
        public static SinkRow Formatted(string type, SinkFamily family, params string[] methods) =>
            new SinkRow(type, SinkMember.Method, ImmutableArray.Create(methods), family, ImmutableArray<SinkParameter>.Empty);

        /// <summary>Methods whose named parameters are sinks, each into its family.</summary>
        public static SinkRow Methods(string type, SinkParameter[] parameters, params string[] methods) =>
            new SinkRow(type, SinkMember.Method, ImmutableArray.Create(methods), SinkFamily.None, ImmutableArray.Create(parameters));

        /// <summary>Constructors whose named parameters are sinks.</summary>
        public static SinkRow Constructors(string type, params SinkParameter[] parameters) =>
            new SinkRow(type, SinkMember.Constructor, ImmutableArray<string>.Empty, SinkFamily.None, ImmutableArray.Create(parameters));

        /// <summary>The setter of <paramref name="property"/>: the assigned value goes to <paramref name="family"/>.</summary>
        public static SinkRow Setter(string type, string property, SinkFamily family) =>
            new SinkRow(type, SinkMember.PropertySetter, ImmutableArray.Create(property), family, ImmutableArray<SinkParameter>.Empty);

        /// <summary>The setters of every property of the type: whatever is assigned goes to <paramref name="family"/> (the
        /// request options of an SDK, which exist only to be sent).</summary>
        public static SinkRow AnySetter(string type, SinkFamily family) =>
            new SinkRow(type, SinkMember.PropertySetter, ImmutableArray<string>.Empty, family, ImmutableArray<SinkParameter>.Empty);

        /// <summary>The setter of the type's indexer: the assigned value goes to <paramref name="family"/>.</summary>
        public static SinkRow IndexerSetter(string type, SinkFamily family) =>
            new SinkRow(type, SinkMember.IndexerSetter, ImmutableArray<string>.Empty, family, ImmutableArray<SinkParameter>.Empty);

        /// <summary>Methods carrying the attribute <paramref name="attributeType"/>: every formattable argument.</summary>
        public static SinkRow AttributedMethods(string attributeType, SinkFamily family) =>
            new SinkRow(attributeType, SinkMember.AttributedMethod, ImmutableArray<string>.Empty, family, ImmutableArray<SinkParameter>.Empty);

        /// <summary>Invoking a delegate whose first type argument is <paramref name="type"/>: every formattable argument.</summary>
        public static SinkRow Delegates(string type, SinkFamily family) =>
            new SinkRow(type, SinkMember.DelegateFirstArgument, ImmutableArray<string>.Empty, family, ImmutableArray<SinkParameter>.Empty);

        /// <summary>The same row, also for types deriving from or implementing <see cref="Type"/>.</summary>
        public SinkRow AndDerivedTypes() => With(includesDerivedTypes: true);

        /// <summary>The same row, for message-template libraries whose <c>{@Hole}</c> serializes the argument.</summary>
        public SinkRow WithDestructuringTemplates() => With(templatesDestructure: true);

        /// <summary>The same row, writing its values under <paramref name="contract"/>.</summary>
        public SinkRow WrittenAs(ExposureContract contract) => With(contract: contract);

        /// <summary>The same row, only where <paramref name="condition"/> holds at the call.</summary>
        public SinkRow When(SinkCondition condition) => With(condition: condition);

        /// <summary>The same row, sending to the service of <paramref name="sdk"/> (one of <c>PrivacyPolicy.KnownSdks</c>).</summary>
        public SinkRow SharedWith(string sdk) => With(sdk: sdk);

        private SinkRow With(bool? includesDerivedTypes = null, bool? templatesDestructure = null, ExposureContract? contract = null, SinkCondition? condition = null,
            string? sdk = null) =>
            new SinkRow(
                Type, Member, Names, Family, Parameters,
                includesDerivedTypes ?? IncludesDerivedTypes,
                templatesDestructure ?? TemplatesDestructure,
                contract ?? Contract,
                condition ?? Condition,
                sdk ?? Sdk);
    }
}
