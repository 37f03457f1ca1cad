using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Infrastructure.Verify<PrivacyAnalyzers.Rules.PiiLoggedAnalyzer>;
using VerifyException = PrivacyAnalyzers.Tests.Infrastructure.Verify<PrivacyAnalyzers.Rules.PiiInExceptionMessageAnalyzer>;

namespace PrivacyAnalyzers.Tests.Flow;

/// <summary>Sink arguments judged by what they hold: scope dictionaries and key-value pairs, tuples, values read from a
/// string-keyed collection under a PII name, and an exception's Data (issue 13).</summary>
public class SinkArgumentShapeTests
{
    private const string Cnic = "CNIC number";

    [Fact]
    public async Task Scopes_made_of_dictionaries_and_key_value_pairs()
    {
        await Verify.AnalyzerAsync("""
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                void Run(ILogger logger, Customer c)
                {
                    using var a = logger.BeginScope({|#0:new Dictionary<string, object> { ["Cnic"] = c.Cnic, ["Id"] = c.Id }|});
                    using var b = logger.BeginScope({|#1:new[] { new KeyValuePair<string, object>("Pan", c.Pan) }|});
                    using var d = logger.BeginScope({|#2:new List<KeyValuePair<string, object>> { KeyValuePair.Create<string, object>("Card", c.CardNumber) }|});
                    using var e = logger.BeginScope(new Dictionary<string, object> { ["CustomerId"] = c.Id, ["Verified"] = c.CnicVerified });
                    logger.LogInformation("Pair {Pair}", {|#3:(c.Id, c.Cnic)|});
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", Cnic, "ILogger.BeginScope"),
            Verify.Diagnostic(1, "Customer.Pan", "PAN", "ILogger.BeginScope"),
            Verify.Diagnostic(2, "Customer.CardNumber", "payment card number", "ILogger.BeginScope"),
            Verify.Diagnostic(3, "Customer.Cnic", Cnic, "ILogger.LogInformation"));
    }

    [Fact]
    public async Task Values_read_under_a_pii_key_are_that_data()
    {
        await Verify.AnalyzerAsync("""
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;

            class Service
            {
                void Run(ILogger logger, Dictionary<string, string> form, IReadOnlyDictionary<string, object> fields)
                {
                    logger.LogInformation("Card {Card}", {|#0:form["cardNumber"]|});
                    logger.LogInformation("Cnic {Cnic}", {|#1:fields["cnic"]|});
                    logger.LogInformation("Plan {Plan} for {Id}", form["plan"], fields["customerId"]);
                }
            }
            """,
            Verify.Diagnostic(0, "form[\"cardNumber\"]", "payment card number", "ILogger.LogInformation"),
            Verify.Diagnostic(1, "fields[\"cnic\"]", Cnic, "ILogger.LogInformation"));
    }

    [Fact]
    public async Task Exception_data_is_printed_with_the_exception()
    {
        await VerifyException.AnalyzerAsync("""
            using System;
            using System.Collections.Generic;
            using Shop;

            class Service
            {
                void Run(Customer c, Dictionary<string, object> context)
                {
                    var failure = new InvalidOperationException("KYC rejected");
                    failure.Data["cnic"] = {|#0:c.Cnic|};
                    failure.Data.Add("pan", {|#1:c.Pan|});
                    failure.Data["customerId"] = c.Id;
                    context["cnic"] = c.Cnic;
                    throw failure;
                }
            }
            """,
            VerifyException.Diagnostic(0, "Customer.Cnic", Cnic, "failure.Data[...]"),
            VerifyException.Diagnostic(1, "Customer.Pan", "PAN", "Exception.Data.Add"));
    }
}
