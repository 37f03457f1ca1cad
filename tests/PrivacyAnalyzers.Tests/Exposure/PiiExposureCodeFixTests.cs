using PrivacyAnalyzers.CodeFixes;
using Xunit;
using static PrivacyAnalyzers.Tests.Exposure.ExposureModel;
using VerifyResponse = PrivacyAnalyzers.Tests.Infrastructure.VerifyProject<PrivacyAnalyzers.Rules.PiiInApiResponseAnalyzer, PrivacyAnalyzers.CodeFixes.PiiExposureCodeFix>;
using VerifySerialized = PrivacyAnalyzers.Tests.Infrastructure.VerifyProject<PrivacyAnalyzers.Rules.PiiSerializedAnalyzer, PrivacyAnalyzers.CodeFixes.PiiExposureCodeFix>;

namespace PrivacyAnalyzers.Tests.Exposure;

/// <summary>The exposure fixes edit the member's declaration, in whatever document it is; every fixed solution is
/// compiled. Several diagnostics per test make the harness exercise Fix All in document, project and solution scope.</summary>
public class PiiExposureCodeFixTests
{
    private const string Stj = "System.Text.Json (JsonSerializer.Serialize)";

    // A whole Subscriber is one finding that names both its PII members; its fix edits both declarations.
    private const string SubscriberPii = "Cnic: CNIC number and CardNumber: payment card number";

    private const string Entities = """
        using PrivacyAnalyzers.Annotations;

        namespace Crm;

        public class Subscriber
        {
            public int Id { get; set; }
            [Pii(PiiKind.Cnic)] public string Cnic { get; set; } = "";
            public string CardNumber { get; set; } = "";
        }

        public record Lead(int Id, [property: Pii(PiiKind.Pan)] string Pan);
        """;

    [Fact]
    public async Task Ignore_for_system_text_json_fixes_every_member_in_the_entity_file()
    {
        await VerifySerialized.RunAsync(
            new[]
            {
                """
                using System.Text.Json;
                using Crm;

                class Export
                {
                    string Run(Subscriber s, Lead l) => {|#0:JsonSerializer.Serialize(s)|} + {|#1:JsonSerializer.Serialize(l)|};
                    string Again(Subscriber s) => {|#2:JsonSerializer.Serialize(s)|};
                }
                """,
                Entities,
            },
            new[]
            {
                """
                using System.Text.Json;
                using Crm;

                class Export
                {
                    string Run(Subscriber s, Lead l) => JsonSerializer.Serialize(s) + JsonSerializer.Serialize(l);
                    string Again(Subscriber s) => JsonSerializer.Serialize(s);
                }
                """,
                """
                using System.Text.Json.Serialization;
                using PrivacyAnalyzers.Annotations;

                namespace Crm;

                public class Subscriber
                {
                    public int Id { get; set; }
                    [Pii(PiiKind.Cnic), JsonIgnore] public string Cnic { get; set; } = "";
                    [JsonIgnore]
                    public string CardNumber { get; set; } = "";
                }

                public record Lead(int Id, [property: Pii(PiiKind.Pan), JsonIgnore] string Pan);
                """,
            },
            PiiExposureCodeFix.IgnoreKey,
            VerifySerialized.Diagnostic(0, "Subscriber", SubscriberPii, Stj),
            VerifySerialized.Diagnostic(1, "Lead.Pan", "PAN", Stj),
            VerifySerialized.Diagnostic(2, "Subscriber", SubscriberPii, Stj));
    }

    [Fact]
    public async Task Mask_in_json_keeps_the_member_and_masks_it()
    {
        await VerifyResponse.RunAsync(
            new[]
            {
                """
                using Microsoft.AspNetCore.Mvc;
                using Crm;

                public class SubscribersController : ControllerBase
                {
                    // The members are written (a response member nothing writes is not reported).
                    public Subscriber Get() => {|#0:new Subscriber { Cnic = Request.Headers["cnic"]!, CardNumber = Request.Headers["card"]! }|};
                }
                """,
                Entities,
            },
            new[]
            {
                """
                using Microsoft.AspNetCore.Mvc;
                using Crm;

                public class SubscribersController : ControllerBase
                {
                    // The members are written (a response member nothing writes is not reported).
                    public Subscriber Get() => new Subscriber { Cnic = Request.Headers["cnic"]!, CardNumber = Request.Headers["card"]! };
                }
                """,
                """
                using PrivacyAnalyzers.Annotations;

                namespace Crm;

                public class Subscriber
                {
                    public int Id { get; set; }
                    [Pii(PiiKind.Cnic), JsonPiiMask(PiiKind.Cnic)] public string Cnic { get; set; } = "";
                    [JsonPiiMask(PiiKind.PaymentCard)]
                    public string CardNumber { get; set; } = "";
                }

                public record Lead(int Id, [property: Pii(PiiKind.Pan)] string Pan);
                """,
            },
            PiiExposureCodeFix.MaskKey,
            VerifyResponse.Diagnostic(0, "Subscriber", SubscriberPii, "SubscribersController.Get"));
    }

    [Fact]
    public async Task Ignore_matches_the_serializer_newtonsoft_xml_and_data_contract()
    {
        await VerifySerialized.RunAsync(
            new[]
            {
                """
                using System.IO;
                using System.Runtime.Serialization;
                using System.Xml.Serialization;

                public class ForNewtonsoft { public string Cnic { get; set; } = ""; }
                public class ForXml { public string Cnic { get; set; } = ""; }
                [DataContract]
                public class ForContract { [DataMember] public int Id { get; set; } [DataMember(Order = 2)] public string Cnic { get; set; } = ""; }
                public class ForPoco { public string Pan { get; set; } = ""; }

                class Export
                {
                    void Run(Stream stream, ForNewtonsoft n, ForXml x, ForContract c, ForPoco p)
                    {
                        {|#0:Newtonsoft.Json.JsonConvert.SerializeObject(n)|};
                        {|#1:new XmlSerializer(typeof(ForXml)).Serialize(stream, x)|};
                        {|#2:new DataContractSerializer(typeof(ForContract)).WriteObject(stream, c)|};
                        {|#3:new DataContractSerializer(typeof(ForPoco)).WriteObject(stream, p)|};
                    }
                }
                """,
            },
            new[]
            {
                """
                using System.IO;
                using System.Runtime.Serialization;
                using System.Xml.Serialization;
                using Newtonsoft.Json;

                public class ForNewtonsoft { [JsonIgnore] public string Cnic { get; set; } = ""; }
                public class ForXml { [XmlIgnore] public string Cnic { get; set; } = ""; }
                [DataContract]
                public class ForContract { [DataMember] public int Id { get; set; } public string Cnic { get; set; } = ""; }
                public class ForPoco { [IgnoreDataMember] public string Pan { get; set; } = ""; }

                class Export
                {
                    void Run(Stream stream, ForNewtonsoft n, ForXml x, ForContract c, ForPoco p)
                    {
                        Newtonsoft.Json.JsonConvert.SerializeObject(n);
                        new XmlSerializer(typeof(ForXml)).Serialize(stream, x);
                        new DataContractSerializer(typeof(ForContract)).WriteObject(stream, c);
                        new DataContractSerializer(typeof(ForPoco)).WriteObject(stream, p);
                    }
                }
                """,
            },
            PiiExposureCodeFix.IgnoreKey,
            VerifySerialized.Diagnostic(0, "ForNewtonsoft.Cnic", Cnic, "Newtonsoft.Json (JsonConvert.SerializeObject)"),
            VerifySerialized.Diagnostic(1, "ForXml.Cnic", Cnic, "XmlSerializer (XmlSerializer.Serialize)"),
            VerifySerialized.Diagnostic(2, "ForContract.Cnic", Cnic, "DataContractSerializer (XmlObjectSerializer.WriteObject)"),
            VerifySerialized.Diagnostic(3, "ForPoco.Pan", "PAN", "DataContractSerializer (XmlObjectSerializer.WriteObject)"));
    }

    [Fact]
    public async Task No_fix_when_the_member_is_one_of_several_fields_in_a_declaration()
    {
        const string source = """
            using Newtonsoft.Json;

            public class Pair { public string Cnic = "", Pan = ""; }

            class Export
            {
                string Run(Pair p) => {|#0:JsonConvert.SerializeObject(p)|};
            }
            """;
        await VerifySerialized.RunAsync(new[] { source }, new[] { source }, PiiExposureCodeFix.IgnoreKey,
            VerifySerialized.Diagnostic(0, "Pair", "Cnic: CNIC number and Pan: PAN", "Newtonsoft.Json (JsonConvert.SerializeObject)"));
    }
}
