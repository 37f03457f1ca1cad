using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Exposure
{
    /// <summary>The attributes that decide what each serializer writes, resolved once per compilation (absent ones are null).</summary>
    internal sealed class SerializationAttributes
    {
        public SerializationAttributes(Compilation compilation)
        {
            StjIgnore = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonIgnoreAttribute");
            StjInclude = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonIncludeAttribute");
            StjExtensionData = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonExtensionDataAttribute");
            NewtonsoftIgnore = compilation.GetTypeByMetadataName("Newtonsoft.Json.JsonIgnoreAttribute");
            NewtonsoftProperty = compilation.GetTypeByMetadataName("Newtonsoft.Json.JsonPropertyAttribute");
            NewtonsoftObject = compilation.GetTypeByMetadataName("Newtonsoft.Json.JsonObjectAttribute");
            XmlIgnore = compilation.GetTypeByMetadataName("System.Xml.Serialization.XmlIgnoreAttribute");
            DataContract = compilation.GetTypeByMetadataName("System.Runtime.Serialization.DataContractAttribute");
            DataMember = compilation.GetTypeByMetadataName("System.Runtime.Serialization.DataMemberAttribute");
            IgnoreDataMember = compilation.GetTypeByMetadataName("System.Runtime.Serialization.IgnoreDataMemberAttribute");
            NonSerialized = compilation.GetTypeByMetadataName("System.NonSerializedAttribute");
            JsonPiiMask = compilation.GetTypeByMetadataName("PrivacyAnalyzers.Annotations.JsonPiiMaskAttribute");
            ExposureAllowed = compilation.GetTypeByMetadataName("PrivacyAnalyzers.Annotations.PiiExposureAllowedAttribute");
        }

        public INamedTypeSymbol? StjIgnore { get; }
        public INamedTypeSymbol? StjInclude { get; }
        public INamedTypeSymbol? StjExtensionData { get; }
        public INamedTypeSymbol? NewtonsoftIgnore { get; }
        public INamedTypeSymbol? NewtonsoftProperty { get; }
        public INamedTypeSymbol? NewtonsoftObject { get; }
        public INamedTypeSymbol? XmlIgnore { get; }
        public INamedTypeSymbol? DataContract { get; }
        public INamedTypeSymbol? DataMember { get; }
        public INamedTypeSymbol? IgnoreDataMember { get; }
        public INamedTypeSymbol? NonSerialized { get; }
        public INamedTypeSymbol? JsonPiiMask { get; }
        public INamedTypeSymbol? ExposureAllowed { get; }

        public static AttributeData? Find(ImmutableArray<AttributeData> attributes, INamedTypeSymbol? attributeType)
        {
            if (attributeType is null)
            {
                return null;
            }

            foreach (var attribute in attributes)
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
                {
                    return attribute;
                }
            }

            return null;
        }

        public static bool Has(ISymbol symbol, INamedTypeSymbol? attributeType) => Find(symbol.GetAttributes(), attributeType) is not null;

        /// <summary>A <c>[PiiExposureAllowed]</c> with a non-empty justification.</summary>
        public bool IsExposureAllowed(ISymbol symbol)
        {
            return Find(symbol.GetAttributes(), ExposureAllowed) is { } attribute
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string justification
                && !string.IsNullOrWhiteSpace(justification);
        }
    }
}
