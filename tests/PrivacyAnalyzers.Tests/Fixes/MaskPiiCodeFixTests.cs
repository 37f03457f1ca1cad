using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Infrastructure.Verify<PrivacyAnalyzers.Rules.PiiLoggedAnalyzer>;

namespace PrivacyAnalyzers.Tests.Fixes;

/// <summary>The masking fix: what it wraps, the using it adds, Fix All, and where it is (rightly) not offered.
/// Every fixed source is compiled by the test; a compiler error fails it.</summary>
public class MaskPiiCodeFixTests
{
    private const string Info = "ILogger.LogInformation";

    [Fact]
    public async Task Wraps_each_read_adds_the_using_once_inside_a_file_scoped_namespace()
    {
        await Verify.FixAsync("""
            using Microsoft.Extensions.Logging;

            namespace Shop.Services;

            class Service
            {
                void Run(ILogger logger, Customer c)
                {
                    logger.LogInformation("Registered {Cnic} with {Card}", {|#0:c.Cnic|}, {|#1:c.CardNumber|});
                    logger.LogInformation({|#2:$"Aadhaar {c.AadhaarNumber:D12} for {c.Id}"|});
                    logger.LogInformation({|#3:"Pan " + c.Pan.Trim()|});
                }
            }
            """, """
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers.Annotations;

            namespace Shop.Services;

            class Service
            {
                void Run(ILogger logger, Customer c)
                {
                    logger.LogInformation("Registered {Cnic} with {Card}", Pii.Mask(c.Cnic, PiiKind.Cnic), Pii.Mask(c.CardNumber, PiiKind.PaymentCard));
                    logger.LogInformation($"Aadhaar {Pii.Mask(c.AadhaarNumber, PiiKind.Aadhaar):D12} for {c.Id}");
                    logger.LogInformation("Pan " + Pii.Mask(c.Pan.Trim(), PiiKind.Pan));
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", "CNIC number", Info),
            Verify.Diagnostic(1, "Customer.CardNumber", "payment card number", Info),
            Verify.Diagnostic(2, "Customer.AadhaarNumber", "Aadhaar number", Info),
            Verify.Diagnostic(3, "Customer.Pan", "PAN", Info));
    }

    [Fact]
    public async Task Wraps_at_the_sink_when_the_value_came_through_a_local_or_a_helper()
    {
        await Verify.FixAsync("""
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                void Run(ILogger logger, Customer c)
                {
                    var cnic = c.Cnic;
                    Save(cnic);
                    logger.LogInformation("Cnic {Cnic}", {|#0:cnic|});
                    logger.LogInformation({|#1:Describe(c)|});
                }

                static void Save(string value) { }

                static string Describe(Customer customer) => "card " + customer.CardNumber;
            }
            """, """
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers.Annotations;
            using Shop;

            class Service
            {
                void Run(ILogger logger, Customer c)
                {
                    var cnic = c.Cnic;
                    Save(cnic);
                    logger.LogInformation("Cnic {Cnic}", Pii.Mask(cnic, PiiKind.Cnic));
                    logger.LogInformation(Pii.Mask(Describe(c), PiiKind.PaymentCard));
                }

                static void Save(string value) { }

                static string Describe(Customer customer) => "card " + customer.CardNumber;
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", "CNIC number", Info),
            Verify.Diagnostic(1, "Customer.CardNumber", "payment card number", Info));
    }

    [Fact]
    public async Task Wraps_the_hole_of_an_interpolated_string_handler()
    {
        // ZLogger takes `$"..."` as a handler; the masked hole still compiles as AppendFormatted(...).
        await Verify.FixAsync("""
            using Microsoft.Extensions.Logging;
            using Shop;
            using ZLogger;

            class Service
            {
                void Run(ILogger logger, Customer c)
                {
                    logger.ZLogInformation({|#0:$"Registered {c.Cnic} as {c.Id}"|});
                    logger.ZLogDebug({|#1:$"Checked {c.Cnic.Trim()}"|});
                }
            }
            """, """
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers.Annotations;
            using Shop;
            using ZLogger;

            class Service
            {
                void Run(ILogger logger, Customer c)
                {
                    logger.ZLogInformation($"Registered {Pii.Mask(c.Cnic, PiiKind.Cnic)} as {c.Id}");
                    logger.ZLogDebug($"Checked {Pii.Mask(c.Cnic.Trim(), PiiKind.Cnic)}");
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", "CNIC number", "ILogger.ZLogInformation"),
            Verify.Diagnostic(1, "Customer.Cnic", "CNIC number", "ILogger.ZLogDebug"));
    }

    [Fact]
    public async Task A_conditional_access_is_followed_and_wrapped_whole()
    {
        await Verify.FixAsync("""
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                void Run(ILogger logger, Customer? c, Order? o)
                {
                    logger.LogInformation("Registered {Cnic}", {|#0:c?.Cnic|});
                    logger.LogInformation("Passport {No}", {|#1:c?.Kyc?.PassportNo|});
                    logger.LogInformation("Registered {Id} {Verified}", c?.Id, c?.CnicVerified);
                }
            }
            """, """
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers.Annotations;
            using Shop;

            class Service
            {
                void Run(ILogger logger, Customer? c, Order? o)
                {
                    logger.LogInformation("Registered {Cnic}", Pii.Mask(c?.Cnic, PiiKind.Cnic));
                    logger.LogInformation("Passport {No}", Pii.Mask(c?.Kyc?.PassportNo, PiiKind.Passport));
                    logger.LogInformation("Registered {Id} {Verified}", c?.Id, c?.CnicVerified);
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", "CNIC number", Info),
            Verify.Diagnostic(1, "Kyc.PassportNo", "passport number", Info));
    }

    [Fact]
    public async Task Fix_all_fixes_every_document_of_the_project()
    {
        await Verify.FixAllAsync(
            new[]
            {
                """
                using Microsoft.Extensions.Logging;
                using Shop;

                class First
                {
                    void Run(ILogger logger, Customer c)
                    {
                        logger.LogInformation({|#0:$"{c.Cnic} {c.Password}"|});
                        logger.LogWarning("Card {Card}", {|#1:c.CardNumber|});
                    }
                }
                """,
                """
                using Shop;

                class Second
                {
                    void Run(Serilog.ILogger logger, Customer c) => logger.Information("Pan {Pan}", {|#2:c.Pan|});
                }
                """,
            },
            new[]
            {
                """
                using Microsoft.Extensions.Logging;
                using PrivacyAnalyzers.Annotations;
                using Shop;

                class First
                {
                    void Run(ILogger logger, Customer c)
                    {
                        logger.LogInformation($"{Pii.Mask(c.Cnic, PiiKind.Cnic)} {Pii.Mask(c.Password, PiiKind.Password)}");
                        logger.LogWarning("Card {Card}", Pii.Mask(c.CardNumber, PiiKind.PaymentCard));
                    }
                }
                """,
                """
                using PrivacyAnalyzers.Annotations;
                using Shop;

                class Second
                {
                    void Run(Serilog.ILogger logger, Customer c) => logger.Information("Pan {Pan}", Pii.Mask(c.Pan, PiiKind.Pan));
                }
                """,
            },
            Verify.Diagnostic(0, "Customer.Cnic", "CNIC number", Info),
            Verify.Diagnostic(0, "Customer.Password", "password", Info),
            Verify.Diagnostic(1, "Customer.CardNumber", "payment card number", "ILogger.LogWarning"),
            Verify.Diagnostic(2, "Customer.Pan", "PAN", "Serilog.ILogger.Information"));
    }

    [Fact]
    public async Task No_fix_for_whole_objects_records_or_anonymous_members()
    {
        const string source = """
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                void Run(ILogger logger, Serilog.ILogger serilog, CustomerRecord record, Customer c)
                {
                    logger.LogInformation("Saved {Record}", {|#0:record|});
                    serilog.Information("Saved {@Customer}", {|#1:c|});
                    serilog.Information("Saved {@Who}", {|#2:new { c.Cnic }|});
                }
            }
            """;
        // Masking a whole object would hide all of it: the page for PII1001 explains what to do instead.
        await Verify.FixAsync(source, source,
            Verify.Diagnostic(0, "CustomerRecord.Cnic", "CNIC number", Info),
            Verify.Diagnostic(1, "Customer", TestModel.CustomerPii, "Serilog.ILogger.Information"),
            Verify.Diagnostic(2, "Customer.Cnic", "CNIC number", "Serilog.ILogger.Information"));
    }

    [Fact]
    public async Task Without_the_annotations_package_the_rule_reports_but_offers_no_fix()
    {
        await Verify.AnalyzerWithoutAnnotationsAsync("""
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                void Run(ILogger logger, Customer c) => logger.LogInformation("{Cnic}", {|#0:c.Cnic|});
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", "CNIC number", Info));

        var test = new Infrastructure.Verify<PrivacyAnalyzers.Rules.PiiLoggedAnalyzer>.Test();
        const string source = """
            using Microsoft.Extensions.Logging;

            class Customer { public string Cnic { get; set; } = ""; }

            class Service
            {
                void Run(ILogger logger, Customer c) => logger.LogInformation("{Cnic}", {|#0:c.Cnic|});
            }
            """;
        test.TestState.Sources.Add(source);
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(Infrastructure.TestReferences.PackagesWithoutAnnotations);
        test.FixedState.Sources.Add(source);
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(0, "Customer.Cnic", "CNIC number", Info));
        await test.RunAsync();
    }
}
