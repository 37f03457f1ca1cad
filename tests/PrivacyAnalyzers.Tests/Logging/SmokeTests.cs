using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using VerifyLog = PrivacyAnalyzers.Tests.Infrastructure.Verify<PrivacyAnalyzers.Rules.PiiLoggedAnalyzer>;

namespace PrivacyAnalyzers.Tests.Logging;

public class SmokeTests
{
    [Fact]
    public async Task Interpolated_cnic_is_flagged_and_masked()
    {
        const string source = """
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers.Annotations;

            class Customer { [Pii(PiiKind.Cnic)] public string {|#1:Cnic|} { get; set; } = ""; public int Id { get; set; } }

            class Service
            {
                void Register(ILogger logger, Customer customer)
                {
                    logger.LogInformation({|#0:$"Registered {customer.Cnic} as {customer.Id}"|});
                }
            }
            """;
        const string fixedSource = """
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers.Annotations;

            class Customer { [Pii(PiiKind.Cnic)] public string Cnic { get; set; } = ""; public int Id { get; set; } }

            class Service
            {
                void Register(ILogger logger, Customer customer)
                {
                    logger.LogInformation($"Registered {Pii.Mask(customer.Cnic, PiiKind.Cnic)} as {customer.Id}");
                }
            }
            """;
        await VerifyLog.FixAsync(source, fixedSource,
            VerifyLog.Diagnostic().WithLocation(0).WithLocation(1).WithArguments("Customer.Cnic", "CNIC number", "ILogger.LogInformation"));
    }
}
