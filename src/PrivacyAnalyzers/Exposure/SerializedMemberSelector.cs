using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Exposure
{
    /// <summary>
    /// The members each contract writes, as the libraries document it:
    /// <list type="bullet">
    /// <item>ToString of records: public fields and readable properties (<c>PrintMembers</c>);</item>
    /// <item>destructuring: public readable properties;</item>
    /// <item>System.Text.Json: public readable properties and <c>[JsonInclude]</c> members, minus <c>[JsonIgnore]</c>
    /// (unless its condition lets values through);</item>
    /// <item>Newtonsoft.Json: opt-out (public fields and properties, plus <c>[JsonProperty]</c>, minus <c>[JsonIgnore]</c>,
    /// <c>[IgnoreDataMember]</c>, <c>[NonSerialized]</c>) or opt-in (<c>MemberSerialization.OptIn</c> or
    /// <c>[DataContract]</c>: only <c>[JsonProperty]</c>/<c>[DataMember]</c>);</item>
    /// <item>XmlSerializer: public read-write properties and public fields, minus <c>[XmlIgnore]</c>;</item>
    /// <item>DataContract: <c>[DataMember]</c> members of a <c>[DataContract]</c> type; otherwise public read-write
    /// properties and fields minus <c>[IgnoreDataMember]</c>.</item>
    /// </list>
    /// </summary>
    internal sealed class SerializedMemberSelector
    {
        // Newtonsoft's MemberSerialization: OptOut = 0, OptIn = 1, Fields = 2.
        private const int NewtonsoftOptIn = 1;
        private const int NewtonsoftFields = 2;

        private readonly SerializationAttributes _attributes;

        public SerializedMemberSelector(SerializationAttributes attributes)
        {
            _attributes = attributes;
        }

        public IEnumerable<(ISymbol Member, ITypeSymbol Type)> Written(ITypeSymbol type, ExposureContract contract)
        {
            var newtonsoftMode = contract == ExposureContract.NewtonsoftJson ? NewtonsoftMode(type) : 0;
            var dataContract = contract == ExposureContract.DataContract && SerializationAttributes.Has(type, _attributes.DataContract);
            var seen = new HashSet<string>();
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                if (contract == ExposureContract.TextForm && !(current.IsRecord || current.IsAnonymousType))
                {
                    break;
                }

                foreach (var member in current.GetMembers())
                {
                    if (member.IsStatic || !seen.Add(member.Name))
                    {
                        continue;
                    }

                    var memberType = member switch
                    {
                        IPropertySymbol { IsIndexer: false, GetMethod: not null } property => property.Type,
                        IFieldSymbol field when !field.IsImplicitlyDeclared || contract == ExposureContract.NewtonsoftJson => field.Type,
                        _ => null,
                    };
                    if (memberType is not null && IsWritten(member, contract, newtonsoftMode, dataContract))
                    {
                        yield return (member, memberType);
                    }
                }
            }
        }

        private bool IsWritten(ISymbol member, ExposureContract contract, int newtonsoftMode, bool dataContract)
        {
            var isPublic = member.DeclaredAccessibility == Accessibility.Public;
            var isField = member is IFieldSymbol;
            switch (contract)
            {
                case ExposureContract.TextForm:
                    return isPublic && !(isField && member.IsImplicitlyDeclared);
                case ExposureContract.Destructuring:
                    return isPublic && !isField;
                case ExposureContract.SystemTextJson:
                    if (SerializationAttributes.Has(member, _attributes.StjExtensionData) || IsAlwaysIgnoredByStj(member))
                    {
                        return false;
                    }

                    return SerializationAttributes.Has(member, _attributes.StjInclude) || (isPublic && !isField);
                case ExposureContract.NewtonsoftJson:
                    if (newtonsoftMode == NewtonsoftFields)
                    {
                        // Every instance field, auto-property backing fields included.
                        return isField && !Has(member, _attributes.NonSerialized);
                    }

                    if (newtonsoftMode == NewtonsoftOptIn)
                    {
                        // [JsonIgnore] wins over [JsonProperty]/[DataMember].
                        return (Has(member, _attributes.NewtonsoftProperty) || Has(member, _attributes.DataMember))
                            && !Has(member, _attributes.NewtonsoftIgnore);
                    }

                    if (member.IsImplicitlyDeclared
                        || Has(member, _attributes.NewtonsoftIgnore)
                        || Has(member, _attributes.IgnoreDataMember)
                        || Has(member, _attributes.NonSerialized))
                    {
                        return false;
                    }

                    return isPublic || Has(member, _attributes.NewtonsoftProperty);
                case ExposureContract.XmlSerializer:
                    return isPublic && IsReadWrite(member) && !Has(member, _attributes.XmlIgnore);
                case ExposureContract.DataContract:
                    return dataContract
                        ? Has(member, _attributes.DataMember)
                        : isPublic && IsReadWrite(member) && !Has(member, _attributes.IgnoreDataMember);
                default:
                    return false;
            }
        }

        private int NewtonsoftMode(ITypeSymbol type)
        {
            if (SerializationAttributes.Find(type.GetAttributes(), _attributes.NewtonsoftObject) is { } jsonObject)
            {
                foreach (var argument in jsonObject.ConstructorArguments)
                {
                    if (argument.Kind == TypedConstantKind.Enum && argument.Value is int mode)
                    {
                        return mode;
                    }
                }

                foreach (var named in jsonObject.NamedArguments)
                {
                    if (named.Key == "MemberSerialization" && named.Value.Value is int mode)
                    {
                        return mode;
                    }
                }
            }

            return SerializationAttributes.Has(type, _attributes.DataContract) ? NewtonsoftOptIn : 0;
        }

        /// <summary><c>[JsonIgnore]</c> skips always unless its <c>Condition</c> says Never (0) or WhenWritingDefault/Null,
        /// which still write real values.</summary>
        private bool IsAlwaysIgnoredByStj(ISymbol member)
        {
            if (SerializationAttributes.Find(member.GetAttributes(), _attributes.StjIgnore) is not { } ignore)
            {
                return false;
            }

            foreach (var named in ignore.NamedArguments)
            {
                // JsonIgnoreCondition.Always = 1.
                if (named.Key == "Condition" && named.Value.Value is int condition)
                {
                    return condition == 1;
                }
            }

            return true;
        }

        private static bool IsReadWrite(ISymbol member) => member switch
        {
            IPropertySymbol property => property.GetMethod is not null && property.SetMethod is not null,
            IFieldSymbol field => !field.IsReadOnly && !field.IsConst,
            _ => false,
        };

        private static bool Has(ISymbol member, INamedTypeSymbol? attribute) => SerializationAttributes.Has(member, attribute);
    }
}
