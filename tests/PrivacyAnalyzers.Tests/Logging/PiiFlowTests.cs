using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Infrastructure.Verify<PrivacyAnalyzers.Rules.PiiLoggedAnalyzer>;

namespace PrivacyAnalyzers.Tests.Logging;

/// <summary>Each way a PII value reaches a log call: the diagnostic sits on the sink argument.</summary>
public class PiiFlowTests
{
    private const string Cnic = "CNIC number";
    private const string Info = "ILogger.LogInformation";

    [Fact]
    public async Task Direct_interpolation_concatenation_and_string_format()
    {
        await Verify.AnalyzerAsync("""
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                void Run(ILogger logger, Customer c)
                {
                    logger.LogInformation({|#0:c.Cnic|});
                    logger.LogInformation({|#1:$"Customer {c.Id}: {c.Cnic}"|});
                    logger.LogInformation({|#2:"Customer " + c.Id + ": " + c.Cnic|});
                    logger.LogInformation({|#3:string.Format("Customer {0}: {1}", c.Id, c.Cnic)|});
                    logger.LogInformation({|#4:string.Concat("Card ", c.CardNumber)|});
                    logger.LogInformation({|#5:c.Cnic.Trim().Substring(0, 5)|});
                    logger.LogInformation({|#6:c.AadhaarNumber.ToString()|});
                    logger.LogInformation({|#7:c.Kyc.PassportNo|});
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", Cnic, Info),
            Verify.Diagnostic(1, "Customer.Cnic", Cnic, Info),
            Verify.Diagnostic(2, "Customer.Cnic", Cnic, Info),
            Verify.Diagnostic(3, "Customer.Cnic", Cnic, Info),
            Verify.Diagnostic(4, "Customer.CardNumber", "payment card number", Info),
            Verify.Diagnostic(5, "Customer.Cnic", Cnic, Info),
            Verify.Diagnostic(6, "Customer.AadhaarNumber", "Aadhaar number", Info),
            Verify.Diagnostic(7, "Kyc.PassportNo", "passport number", Info));
    }

    [Fact]
    public async Task Two_reads_in_one_argument_are_two_findings()
    {
        await Verify.AnalyzerAsync("""
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                void Run(ILogger logger, Customer c) => logger.LogInformation({|#0:$"{c.Cnic} / {c.CardNumber}"|});
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", Cnic, Info),
            Verify.Diagnostic(0, "Customer.CardNumber", "payment card number", Info));
    }

    [Fact]
    public async Task Locals_assigned_in_the_same_method()
    {
        await Verify.AnalyzerAsync("""
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                void Run(ILogger logger, Customer c, bool verbose)
                {
                    var cnic = c.Cnic;
                    var message = $"Registered {cnic}";
                    string card;
                    card = verbose ? c.CardNumber : "";
                    var text = "Customer ";
                    text += c.Pan;
                    logger.LogInformation({|#0:message|});
                    logger.LogInformation("Card {Card}", {|#1:card|});
                    logger.LogInformation({|#2:text|});
                    var id = c.Id;
                    logger.LogInformation("Id {Id}", id);
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", Cnic, Info),
            Verify.Diagnostic(1, "Customer.CardNumber", "payment card number", Info),
            Verify.Diagnostic(2, "Customer.Pan", "PAN", Info));
    }

    [Fact]
    public async Task Records_whose_generated_ToString_prints_pii()
    {
        await Verify.AnalyzerAsync("""
            using Microsoft.Extensions.Logging;
            using Shop;

            record Envelope(string Channel, CustomerRecord Customer);

            class Service
            {
                void Run(ILogger logger, CustomerRecord record, Envelope envelope, CustomerSummary summary, AuditedCustomer audited)
                {
                    logger.LogInformation("Saved {Record}", {|#0:record|});
                    logger.LogInformation({|#1:$"Saved {record}"|});
                    logger.LogInformation({|#2:record.ToString()|});
                    logger.LogInformation("Sent {Envelope}", {|#3:envelope|});
                    logger.LogInformation("Saved {Summary}", summary);
                    logger.LogInformation("Saved {Audited}", audited);
                }
            }
            """,
            Verify.Diagnostic(0, "CustomerRecord.Cnic", Cnic, Info),
            Verify.Diagnostic(1, "CustomerRecord.Cnic", Cnic, Info),
            Verify.Diagnostic(2, "CustomerRecord.Cnic", Cnic, Info),
            Verify.Diagnostic(3, "Envelope.Customer.Cnic", Cnic, Info));
    }

    [Fact]
    public async Task Message_template_destructuring_with_at()
    {
        await Verify.AnalyzerAsync("""
            using Shop;

            class Service
            {
                void Run(Serilog.ILogger serilog, NLog.ILogger nlog, Customer c, Order order)
                {
                    serilog.Information("Registered {@Customer}", {|#0:c|});
                    serilog.Information("Registered {Customer}", c);
                    serilog.Information("Paid {@Order} by {@Who}", order, {|#1:new { c.Id, c.Cnic }|});
                    serilog.ForContext("Customer", {|#2:c|}, destructureObjects: true).Information("Registered");
                    serilog.ForContext("Customer", c).Information("Registered");
                    serilog.Information("Kyc {@Kyc}", {|#3:c.Kyc|});
                    nlog.Info("Registered {@Customer}", {|#4:c|});
                    serilog.Information("Paid {@Order}", order);
                }
            }
            """,
            Verify.Diagnostic(0, "Customer", TestModel.CustomerPii, "Serilog.ILogger.Information"),
            Verify.Diagnostic(1, "Customer.Cnic", Cnic, "Serilog.ILogger.Information"),
            Verify.Diagnostic(2, "Customer", TestModel.CustomerPii, "Serilog.ILogger.ForContext"),
            Verify.Diagnostic(3, "Kyc.PassportNo", "passport number", "Serilog.ILogger.Information"),
            Verify.Diagnostic(4, "Customer", TestModel.CustomerPii, "NLog.ILogger.Info"));
    }

    [Fact]
    public async Task Small_helpers_of_the_same_compilation_in_this_and_another_file()
    {
        const string source = """
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                void Run(ILogger logger, Customer c)
                {
                    logger.LogInformation({|#0:Describe(c)|});
                    logger.LogInformation({|#1:Formatting.Label(c.Cardnumber())|});
                    logger.LogInformation(Formatting.Label(c.DisplayName));
                    logger.LogInformation(Formatting.Safe(c));
                    logger.LogInformation(Formatting.Label(c.DisplayName) + " ok");
                }

                private static string Describe(Customer customer) => $"{customer.Id} ({customer.Cnic})";
            }
            """;
        // Label's result is built from its argument: only arguments carrying PII are reported.
        const string helpers = """
            using Shop;
            using PrivacyAnalyzers.Annotations;

            static class Formatting
            {
                public static string Label(string value)
                {
                    var trimmed = value.Trim();
                    return "[" + trimmed + "]";
                }

                public static string Safe(Customer customer) => "customer " + customer.Id;

                [return: Pii(PiiKind.PaymentCard)]
                public static string Cardnumber(this Customer customer) => customer.CardNumber;
            }
            """;
        var test = new Infrastructure.Verify<PrivacyAnalyzers.Rules.PiiLoggedAnalyzer>.Test();
        test.TestState.Sources.Add(("/0/Test0.cs", source));
        test.TestState.Sources.Add(("/0/Helpers.cs", helpers));
        test.TestState.Sources.Add(("/0/Model.cs", Infrastructure.TestModel.Source));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(0, "Customer.Cnic", Cnic, Info));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(1, "Formatting.Cardnumber()", "payment card number", Info));
        await test.RunAsync();
    }
}
