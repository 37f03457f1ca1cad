using System.Collections.Immutable;
using PrivacyAnalyzers.Exposure;

namespace PrivacyAnalyzers.Sinks
{
    /// <summary>One row: methods (or constructors, <c>.ctor</c>) of a type that serialize the argument named in
    /// <see cref="ValueParameters"/>, under a serializer's contract; <see cref="IsResponse"/> for ASP.NET Core results.</summary>
    internal sealed class SerializationSinkDefinition
    {
        public SerializationSinkDefinition(string typeMetadataName, ExposureContract contract, bool isResponse, string[] valueParameters, params string[] methodNames)
        {
            TypeMetadataName = typeMetadataName;
            Contract = contract;
            IsResponse = isResponse;
            ValueParameters = ImmutableHashSet.Create(valueParameters);
            MethodNames = ImmutableHashSet.Create(methodNames);
        }

        public string TypeMetadataName { get; }

        public ExposureContract Contract { get; }

        public bool IsResponse { get; }

        public ImmutableHashSet<string> ValueParameters { get; }

        public ImmutableHashSet<string> MethodNames { get; }
    }

    /// <summary>The serialization and response APIs, as data.</summary>
    internal static class SerializationSinkTable
    {
        public const string Constructor = ".ctor";

        private static readonly string[] Value = { "value" };
        private static readonly string[] ValueOrData = { "value", "data" };
        private static readonly string[] ResultMethods = { "Ok", "Json", "Created", "CreatedAtRoute", "Accepted", "AcceptedAtRoute" };

        public static readonly ImmutableArray<SerializationSinkDefinition> Definitions = ImmutableArray.Create(
            // Serializers (PII2001).
            new SerializationSinkDefinition(
                "System.Text.Json.JsonSerializer", ExposureContract.SystemTextJson, false, Value,
                "Serialize", "SerializeAsync", "SerializeToUtf8Bytes", "SerializeToDocument", "SerializeToElement", "SerializeToNode"),
            new SerializationSinkDefinition("System.Net.Http.Json.JsonContent", ExposureContract.SystemTextJson, false, new[] { "inputValue" }, "Create"),
            new SerializationSinkDefinition(
                "System.Net.Http.Json.HttpClientJsonExtensions", ExposureContract.SystemTextJson, false, Value,
                "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync"),
            new SerializationSinkDefinition("Newtonsoft.Json.JsonConvert", ExposureContract.NewtonsoftJson, false, Value, "SerializeObject"),
            new SerializationSinkDefinition("Newtonsoft.Json.JsonSerializer", ExposureContract.NewtonsoftJson, false, Value, "Serialize"),
            new SerializationSinkDefinition("Newtonsoft.Json.Linq.JToken", ExposureContract.NewtonsoftJson, false, new[] { "o" }, "FromObject"),
            new SerializationSinkDefinition("Newtonsoft.Json.Linq.JObject", ExposureContract.NewtonsoftJson, false, new[] { "o" }, "FromObject"),
            new SerializationSinkDefinition("Newtonsoft.Json.Linq.JArray", ExposureContract.NewtonsoftJson, false, new[] { "o" }, "FromObject"),
            new SerializationSinkDefinition("System.Xml.Serialization.XmlSerializer", ExposureContract.XmlSerializer, false, new[] { "o" }, "Serialize"),
            new SerializationSinkDefinition(
                "System.Runtime.Serialization.XmlObjectSerializer", ExposureContract.DataContract, false, new[] { "graph" },
                "WriteObject", "WriteObjectContent"),

            // ASP.NET Core responses (PII2002); System.Text.Json is ASP.NET Core's serializer.
            new SerializationSinkDefinition(
                "Microsoft.AspNetCore.Mvc.ControllerBase", ExposureContract.SystemTextJson, true, Value,
                "Ok", "Created", "CreatedAtAction", "CreatedAtRoute", "Accepted", "AcceptedAtAction", "AcceptedAtRoute"),
            new SerializationSinkDefinition("Microsoft.AspNetCore.Mvc.Controller", ExposureContract.SystemTextJson, true, new[] { "data" }, "Json"),
            new SerializationSinkDefinition("Microsoft.AspNetCore.Http.Results", ExposureContract.SystemTextJson, true, ValueOrData, ResultMethods),
            new SerializationSinkDefinition("Microsoft.AspNetCore.Http.TypedResults", ExposureContract.SystemTextJson, true, ValueOrData, ResultMethods),
            new SerializationSinkDefinition("Microsoft.AspNetCore.Mvc.ObjectResult", ExposureContract.SystemTextJson, true, Value, Constructor),
            new SerializationSinkDefinition("Microsoft.AspNetCore.Mvc.OkObjectResult", ExposureContract.SystemTextJson, true, Value, Constructor),
            new SerializationSinkDefinition("Microsoft.AspNetCore.Mvc.JsonResult", ExposureContract.SystemTextJson, true, Value, Constructor));
    }
}
