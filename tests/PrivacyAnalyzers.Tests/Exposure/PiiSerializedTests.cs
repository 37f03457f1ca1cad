using Xunit;
using static PrivacyAnalyzers.Tests.Exposure.ExposureModel;
using Verify = PrivacyAnalyzers.Tests.Infrastructure.VerifyProject<PrivacyAnalyzers.Rules.PiiSerializedAnalyzer, PrivacyAnalyzers.CodeFixes.PiiExposureCodeFix>;

namespace PrivacyAnalyzers.Tests.Exposure;

/// <summary>PII2001 for every serializer, with nested, collection and generic paths, and the look-alikes.</summary>
public class PiiSerializedTests
{
    private const string Stj = "System.Text.Json (JsonSerializer.Serialize)";

    [Fact]
    public async Task System_text_json_entry_points_with_nested_paths()
    {
        await Verify.RunAsync(new[] { """
            using System.IO;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Text.Json;
            using System.Text.Json.Serialization.Metadata;
            using System.Threading.Tasks;
            using Shop;

            class Export
            {
                async Task Run(Customer c, CustomerDto dto, Stream stream, HttpClient http, JsonTypeInfo<Customer> generated)
                {
                    var json = {|#0:JsonSerializer.Serialize(c)|};
                    await {|#1:JsonSerializer.SerializeAsync(stream, c)|};
                    var bytes = {|#2:JsonSerializer.SerializeToUtf8Bytes(c.Kyc)|};
                    var fromContext = {|#5:JsonSerializer.Serialize(c, generated)|};
                    var clean = JsonSerializer.Serialize(dto);
                    var cleanNode = JsonSerializer.SerializeToNode(new { c.Id, c.DisplayName });
                }
            }
            """, ExposureModel.Source }, null, null,
            Verify.Diagnostic(0, "Customer", CustomerPii, Stj),
            Verify.Diagnostic(1, "Customer", CustomerPii, "System.Text.Json (JsonSerializer.SerializeAsync)"),
            Verify.Diagnostic(2, "Kyc.PassportNo", Passport, "System.Text.Json (JsonSerializer.SerializeToUtf8Bytes)"),
            Verify.Diagnostic(5, "Customer", CustomerPii, Stj));
    }

    [Fact]
    public async Task Request_bodies_and_values_protected_at_once_are_not_exposures()
    {
        // A JSON body over https is a sharing decision (PII4001 covers http://); a payload encrypted or hashed as soon as it
        // is serialized is never readable. Serialized and then logged or kept as it is, it still is.
        await Verify.RunAsync(new[] { """
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Text;
            using System.Text.Json;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.DataProtection;
            using Shop;

            class Export
            {
                async Task<string> Run(Customer c, HttpClient http, IDataProtector protector)
                {
                    await http.PostAsJsonAsync("https://kyc.example.pk/verify", c);
                    var content = JsonContent.Create(c);
                    var sealedPayload = protector.Protect(JsonSerializer.Serialize(c));
                    var sealedBytes = protector.Protect(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(c)));
                    var json = JsonSerializer.Serialize(c);
                    var stored = protector.Protect(json);
                    var kept = {|#0:JsonSerializer.Serialize(c)|};
                    var alsoProtected = protector.Protect(kept);
                    return kept;
                }
            }
            """, ExposureModel.Source }, null, null,
            Verify.Diagnostic(0, "Customer", CustomerPii, Stj));
    }

    [Fact]
    public async Task Collections_dictionaries_generics_and_anonymous_objects()
    {
        await Verify.RunAsync(new[] { """
            using System.Collections.Generic;
            using System.Text.Json;
            using Shop;

            class Export
            {
                void Run(List<Customer> list, Dictionary<string, Kyc> byId, Customer[] array, Page<Customer> page, Page<CustomerDto> dtos, Customer c)
                {
                    {|#0:JsonSerializer.Serialize(byId)|};
                    {|#1:JsonSerializer.Serialize(page)|};
                    {|#2:JsonSerializer.Serialize(new { c.Id, Document = c.Kyc })|};
                    JsonSerializer.Serialize(dtos);
                    JsonSerializer.Serialize(new Dictionary<string, int>());
                }
            }
            """, ExposureModel.Source }, null, null,
            Verify.Diagnostic(0, "Kyc.PassportNo", Passport, Stj),
            Verify.Diagnostic(1, "Page", "Items.Cnic: CNIC number and Items.Kyc.PassportNo: passport number", Stj),
            Verify.Diagnostic(2, "anonymous object.Document.PassportNo", Passport, Stj));
    }

    [Fact]
    public async Task System_text_json_ignore_include_and_approval_forms()
    {
        await Verify.RunAsync(new[] { """
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using PrivacyAnalyzers.Annotations;

            class Ignored { public int Id { get; set; } [JsonIgnore] public string Cnic { get; set; } = ""; }
            class IgnoredWhenNull { [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Cnic { get; set; } }
            class NotPublic { public int Id { get; set; } private string Cnic { get; set; } = ""; internal string Pan { get; set; } = ""; }
            class Included { [JsonInclude] internal string Pan { get; set; } = ""; }
            class Fields { public string Cnic = ""; }
            class Masked { [JsonPiiMask(PiiKind.Cnic)] public string Cnic { get; set; } = ""; }
            class Approved { [PiiExposureAllowed("The customer downloads their own KYC record.")] public string Cnic { get; set; } = ""; }
            [PiiExposureAllowed("Sent only to the regulator's KYC API over mTLS.")]
            class ApprovedType { public string Cnic { get; set; } = ""; }

            class Export
            {
                void Run(Ignored a, IgnoredWhenNull b, NotPublic c, Included d, Fields e, Masked f, Approved g, ApprovedType h)
                {
                    JsonSerializer.Serialize(a);
                    {|#0:JsonSerializer.Serialize(b)|};
                    JsonSerializer.Serialize(c);
                    {|#1:JsonSerializer.Serialize(d)|};
                    JsonSerializer.Serialize(e);
                    JsonSerializer.Serialize(f);
                    JsonSerializer.Serialize(g);
                    JsonSerializer.Serialize(h);
                }

                [PiiExposureAllowed("Backup of the KYC store, written to the encrypted vault.")]
                void Backup(IgnoredWhenNull b) => JsonSerializer.Serialize(b);
            }
            """ }, null, null,
            Verify.Diagnostic(0, "IgnoredWhenNull.Cnic", Cnic, Stj),
            Verify.Diagnostic(1, "Included.Pan", "PAN", Stj));
    }

    [Fact]
    public async Task Newtonsoft_opt_out_opt_in_and_data_contract_forms()
    {
        const string newtonsoft = "Newtonsoft.Json (JsonConvert.SerializeObject)";
        await Verify.RunAsync(new[] { """
            using System.Runtime.Serialization;
            using Newtonsoft.Json;
            using Newtonsoft.Json.Linq;
            using Shop;

            class PublicField { public string Cnic = ""; }
            class Ignored { [JsonIgnore] public string Cnic { get; set; } = ""; [IgnoreDataMember] public string Pan { get; set; } = ""; [System.NonSerialized] public string Iban = ""; }
            [JsonObject(MemberSerialization.OptIn)]
            class OptIn { [JsonProperty] public int Id { get; set; } public string Cnic { get; set; } = ""; }
            [JsonObject(MemberSerialization.OptIn)]
            class OptInWithPii { [JsonProperty] private string Cnic { get; set; } = ""; }
            [DataContract]
            class Contract { [DataMember] public int Id { get; set; } public string Cnic { get; set; } = ""; }

            class Export
            {
                void Run(Customer c, PublicField f, Ignored i, OptIn o, OptInWithPii p, Contract k, JsonSerializer serializer, System.IO.TextWriter writer)
                {
                    {|#0:JsonConvert.SerializeObject(f)|};
                    {|#1:JObject.FromObject(c.Kyc)|};
                    {|#2:serializer.Serialize(writer, c.Kyc)|};
                    {|#3:JsonConvert.SerializeObject(p)|};
                    {|#4:JToken.FromObject(f)|};
                    {|#5:JArray.FromObject(new[] { f })|};
                    JsonConvert.SerializeObject(i);
                    JsonConvert.SerializeObject(o);
                    JsonConvert.SerializeObject(k);
                }
            }
            """, ExposureModel.Source }, null, null,
            Verify.Diagnostic(0, "PublicField.Cnic", Cnic, newtonsoft),
            Verify.Diagnostic(1, "Kyc.PassportNo", Passport, "Newtonsoft.Json (JObject.FromObject)"),
            Verify.Diagnostic(2, "Kyc.PassportNo", Passport, "Newtonsoft.Json (JsonSerializer.Serialize)"),
            Verify.Diagnostic(3, "OptInWithPii.Cnic", Cnic, newtonsoft),
            Verify.Diagnostic(4, "PublicField.Cnic", Cnic, "Newtonsoft.Json (JToken.FromObject)"),
            Verify.Diagnostic(5, "PublicField.Cnic", Cnic, "Newtonsoft.Json (JArray.FromObject)"));
    }

    [Fact]
    public async Task Xml_and_data_contract_serializers()
    {
        await Verify.RunAsync(new[] { """
            using System.IO;
            using System.Runtime.Serialization;
            using System.Runtime.Serialization.Json;
            using System.Xml.Serialization;
            using Shop;

            public class XmlIgnored { public int Id { get; set; } [XmlIgnore] public string Cnic { get; set; } = ""; }
            public class ReadOnly { public string Cnic { get; } = ""; }
            [DataContract]
            public class Contract { [DataMember] public string Cnic { get; set; } = ""; public string Pan { get; set; } = ""; }
            public class Poco { [IgnoreDataMember] public string Cnic { get; set; } = ""; public string Pan { get; set; } = ""; }

            class Export
            {
                void Run(Stream stream, Customer c, XmlIgnored x, ReadOnly r, Contract k, Poco p)
                {
                    {|#0:new XmlSerializer(typeof(Kyc)).Serialize(stream, c.Kyc)|};
                    new XmlSerializer(typeof(XmlIgnored)).Serialize(stream, x);
                    new XmlSerializer(typeof(ReadOnly)).Serialize(stream, r);
                    {|#1:new DataContractSerializer(typeof(Contract)).WriteObject(stream, k)|};
                    {|#2:new DataContractJsonSerializer(typeof(Poco)).WriteObject(stream, p)|};
                }
            }
            """, ExposureModel.Source }, null, null,
            Verify.Diagnostic(0, "Kyc.PassportNo", Passport, "XmlSerializer (XmlSerializer.Serialize)"),
            Verify.Diagnostic(1, "Contract.Cnic", Cnic, "DataContractSerializer (XmlObjectSerializer.WriteObject)"),
            Verify.Diagnostic(2, "Poco.Pan", "PAN", "DataContractSerializer (DataContractJsonSerializer.WriteObject)"));
    }

    [Fact]
    public async Task Self_referencing_and_mutually_recursive_types_terminate()
    {
        await Verify.RunAsync(new[] { """
            using System.Collections.Generic;
            using System.Text.Json;
            using Shop;

            class Node { public List<Node> Children { get; set; } = new(); public Other? Other { get; set; } public int Id { get; set; } }
            class Other { public Node? Back { get; set; } public Dictionary<string, Other> Map { get; set; } = new(); }

            class Export
            {
                void Run(Node n, Customer c)
                {
                    JsonSerializer.Serialize(n);
                    {|#0:JsonSerializer.Serialize(c.ReferredBy)|};
                }
            }
            """, ExposureModel.Source }, null, null,
            Verify.Diagnostic(0, "Customer", CustomerPii, Stj));
    }
}
