#if NET8_0_OR_GREATER
using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PrivacyAnalyzers.Annotations
{
    /// <summary>
    /// Makes System.Text.Json write the member masked with <see cref="Pii.Mask(object, PiiKind)"/>: the member stays in
    /// the JSON (clients keep their shape) but shows no more than its kind allows. Masking is one-way: reading JSON back
    /// accepts the original (unmasked) form only, so use it on what leaves the process, not on data that round-trips.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false)]
    public sealed class JsonPiiMaskAttribute : JsonConverterAttribute
    {
        /// <summary>Masks the member as <paramref name="kind"/> when it is written.</summary>
        public JsonPiiMaskAttribute(PiiKind kind)
        {
            Kind = kind;
        }

        /// <summary>The kind that decides how the value is masked.</summary>
        public PiiKind Kind { get; }

        /// <inheritdoc />
        public override JsonConverter? CreateConverter(Type typeToConvert)
        {
            return (JsonConverter?)Activator.CreateInstance(typeof(MaskingConverter<>).MakeGenericType(typeToConvert), Kind);
        }

        private sealed class MaskingConverter<T> : JsonConverter<T>
        {
            private readonly PiiKind _kind;

            public MaskingConverter(PiiKind kind)
            {
                _kind = kind;
            }

            public override bool HandleNull => true;

            public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            {
                return reader.TokenType == JsonTokenType.Null ? default : JsonSerializer.Deserialize<T>(ref reader);
            }

            public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
            {
                var masked = Pii.Mask(value, _kind);
                if (masked is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    writer.WriteStringValue(masked);
                }
            }
        }
    }
}
#endif
