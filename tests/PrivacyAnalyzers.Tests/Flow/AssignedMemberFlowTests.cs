using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Infrastructure.Verify<PrivacyAnalyzers.Rules.PiiLoggedAnalyzer>;

namespace PrivacyAnalyzers.Tests.Flow;

/// <summary>An untagged field or property that the code assigns PII to carries that kind wherever it is read, with the
/// assignment as an additional location (issue 13).</summary>
public class AssignedMemberFlowTests
{
    private const string Cnic = "CNIC number";
    private const string Info = "ILogger.LogInformation";

    private const string Model = """
        public class Callback
        {
            public string Target { get; set; } = "";
            public string Label { get; set; } = "";
            public string Masked { get; set; } = "";
            public string EncryptedTarget { get; set; } = "";
            public int Length { get; set; }
            public bool Verified { get; set; }
        }

        public class KycDto
        {
            public string NationalIdentifier;
            public KycDto(string id) { NationalIdentifier = id; }
        }
        """;

    [Fact]
    public async Task A_member_assigned_pii_in_one_method_is_pii_where_another_reads_it()
    {
        await Verify.AnalyzerAsync("""
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers.Annotations;
            using Shop;

            class Service
            {
                Callback Make(Customer c) => new Callback
                {
                    Target = c.Cnic,
                    Label = c.DisplayName,
                    Masked = Pii.Mask(c.Pan, PiiKind.Pan),
                    EncryptedTarget = c.Cnic,
                    Length = c.Cnic.Length,
                    Verified = c.CnicVerified,
                };

                void Send(ILogger logger, Callback callback)
                {
                    logger.LogInformation("Calling {Target}", {|#0:callback.Target|});
                    logger.LogInformation("Label {Label}, masked {Masked}, {Length} chars, verified {Verified}",
                        callback.Label, callback.Masked, callback.Length, callback.Verified);
                    // Its own name says it is protected: it is judged by that name, as any member is.
                    logger.LogInformation("Sealed {Sealed}", callback.EncryptedTarget);
                }
            }
            """ + "\n" + Model,
            Verify.Diagnostic(0, "Callback.Target", Cnic, Info));
    }

    [Fact]
    public async Task The_assignment_is_an_additional_location()
    {
        await Verify.AnalyzerAsync("""
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                void Fill(Callback callback, Customer c)
                {
                    {|#1:callback.Target = c.Pan|};
                }

                void Send(ILogger logger, Callback callback) => logger.LogInformation("Calling {Target}", {|#0:callback.Target|});
            }
            """ + "\n" + Model,
            Verify.Diagnostic().WithLocation(0).WithLocation(15, 19).WithLocation(1).WithArguments("Callback.Target", "PAN", Info));
    }

    [Fact]
    public async Task A_constructor_parameter_stored_in_a_field_is_not_followed_to_its_callers()
    {
        // One level: the field is given a parameter, and parameters are judged by their names.
        await Verify.AnalyzerAsync("""
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                void Send(ILogger logger, Customer c)
                {
                    var dto = new KycDto(c.Cnic);
                    logger.LogInformation("Id {Id}", dto.NationalIdentifier);
                }
            }
            """ + "\n" + Model);
    }

    [Fact]
    public async Task Fix_masks_the_read_of_the_assigned_member()
    {
        await Verify.FixAsync("""
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                Callback Make(Customer c) => new Callback { Target = c.Cnic };

                void Send(ILogger logger, Callback callback) => logger.LogInformation("Calling {Target}", {|#0:callback.Target|});
            }
            """ + "\n" + Model, """
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers.Annotations;
            using Shop;

            class Service
            {
                Callback Make(Customer c) => new Callback { Target = c.Cnic };

                void Send(ILogger logger, Callback callback) => logger.LogInformation("Calling {Target}", Pii.Mask(callback.Target, PiiKind.Cnic));
            }
            """ + "\n" + Model,
            Verify.Diagnostic(0, "Callback.Target", Cnic, Info));
    }
}
