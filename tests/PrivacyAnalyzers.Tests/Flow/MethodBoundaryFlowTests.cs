using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Infrastructure.Verify<PrivacyAnalyzers.Rules.PiiLoggedAnalyzer>;
using VerifyException = PrivacyAnalyzers.Tests.Infrastructure.Verify<PrivacyAnalyzers.Rules.PiiInExceptionMessageAnalyzer>;

namespace PrivacyAnalyzers.Tests.Flow;

/// <summary>PII passed into a method of the same compilation that writes its parameter to a sink, or returned from an
/// async helper: reported where the PII is passed, with the sink inside the method as an additional location (issue 13).</summary>
public class MethodBoundaryFlowTests
{
    private const string Cnic = "CNIC number";
    private const string InAuditLog = "ILogger.LogInformation in AuditLog.Write";

    private const string AuditLog = """
        static class AuditLog
        {
            public static void Write(ILogger logger, string area, string value) => logger.LogInformation("{Area}: {Value}", area, {|#9:value|});

            public static void WriteMasked(ILogger logger, string value) => logger.LogInformation("{Value}", Pii.Mask(value, PiiKind.Cnic));

            public static void WriteCount(ILogger logger, string value) => logger.LogInformation("{Length}", value.Length);

            public static void Record(ILogger logger, object entry) => Write(logger, "record", entry.ToString() ?? "");
        }
        """;

    [Fact]
    public async Task A_helper_that_logs_its_parameter_is_reported_where_pii_is_passed_with_the_log_call_as_additional_location()
    {
        await Verify.AnalyzerAsync("""
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers.Annotations;
            using Shop;

            class Service
            {
                void Run(ILogger logger, Customer customer)
                {
                    AuditLog.Write(logger, "kyc", {|#0:customer.Cnic|});
                    AuditLog.Write(logger, "kyc", customer.Id.ToString());
                    AuditLog.Write(logger, customer.DisplayName, "ok");
                    AuditLog.WriteMasked(logger, customer.Cnic);
                    AuditLog.WriteCount(logger, customer.Cnic);
                    AuditLog.Record(logger, {|#1:customer.Pan|});
                }
            }
            """ + "\n" + AuditLog,
            Verify.Diagnostic().WithLocation(0).WithLocation("/0/Model.cs", 10, 39).WithLocation(9)
                .WithArguments("Customer.Cnic", Cnic, InAuditLog),
            Verify.Diagnostic(1, "Customer.Pan", "PAN", "ILogger.LogInformation in AuditLog.Record"));
    }

    [Fact]
    public async Task A_parameter_that_is_pii_by_its_own_name_is_reported_inside_the_helper_only()
    {
        await Verify.AnalyzerAsync("""
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                void Run(ILogger logger, Customer customer) => Note(logger, customer.Cnic);

                static void Note(ILogger logger, string cnic) => logger.LogInformation("Cnic {Cnic}", {|#0:cnic|});
            }
            """,
            Verify.Diagnostic(0, "cnic", Cnic, "ILogger.LogInformation"));
    }

    [Fact]
    public async Task A_record_logged_whole_inside_is_reported_inside_unless_passed_as_object()
    {
        await Verify.AnalyzerAsync("""
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                void Run(ILogger logger, CustomerRecord record)
                {
                    Dump(logger, record);
                    DumpAny(logger, {|#1:record|});
                }

                static void Dump(ILogger logger, CustomerRecord entry) => logger.LogInformation("{Entry}", {|#0:entry|});

                static void DumpAny(ILogger logger, object entry) => logger.LogInformation("{Entry}", entry);
            }
            """,
            Verify.Diagnostic(0, "CustomerRecord.Cnic", Cnic, "ILogger.LogInformation"),
            Verify.Diagnostic(1, "CustomerRecord.Cnic", Cnic, "ILogger.LogInformation in Service.DumpAny"));
    }

    [Fact]
    public async Task Local_functions_recursion_and_async_helpers()
    {
        await Verify.AnalyzerAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                async Task Run(ILogger logger, Customer customer)
                {
                    void Log(string text) => logger.LogInformation(text);
                    Log({|#0:customer.Cnic|});
                    Log(customer.DisplayName);

                    System.Action<string> note = text => logger.LogInformation(text);
                    note({|#3:customer.Cnic|});
                    note(customer.DisplayName);
                    System.Action<string> either = text => logger.LogInformation(text);
                    either = text => { };
                    either(customer.Cnic);

                    Countdown(logger, {|#1:customer.Pan|}, 3);
                    logger.LogInformation("Card {Card}", {|#2:await CardOfAsync(customer)|});
                    logger.LogInformation("Id {Id}", await IdOfAsync(customer));
                }

                static void Countdown(ILogger logger, string value, int left)
                {
                    if (left > 0)
                    {
                        Countdown(logger, value, left - 1);
                    }
                    else
                    {
                        logger.LogInformation(value);
                    }
                }

                static async Task<string> CardOfAsync(Customer customer)
                {
                    await Task.Yield();
                    return customer.CardNumber;
                }

                static async Task<string> IdOfAsync(Customer customer)
                {
                    await Task.Yield();
                    return customer.Id.ToString();
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", Cnic, "ILogger.LogInformation in Log"),
            Verify.Diagnostic(3, "Customer.Cnic", Cnic, "ILogger.LogInformation in note"),
            Verify.Diagnostic(1, "Customer.Pan", "PAN", "ILogger.LogInformation in Service.Countdown"),
            Verify.Diagnostic(2, "Customer.CardNumber", "payment card number", "ILogger.LogInformation"));
    }

    [Fact]
    public async Task A_helper_that_throws_with_its_parameter_is_reported_by_the_exception_rule()
    {
        await VerifyException.AnalyzerAsync("""
            using System;
            using Shop;

            class Service
            {
                void Run(Customer customer)
                {
                    if (customer.Id < 0)
                    {
                        Fail({|#0:customer.Cnic|});
                    }

                    Fail(customer.Id.ToString());
                }

                static void Fail(string value) => throw new InvalidOperationException("Rejected " + value);
            }
            """,
            VerifyException.Diagnostic(0, "Customer.Cnic", Cnic, "InvalidOperationException in Service.Fail"));
    }

    [Fact]
    public async Task Fix_masks_the_argument_at_the_call()
    {
        await Verify.FixAsync("""
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                void Run(ILogger logger, Customer customer)
                {
                    AuditLog.Write(logger, "kyc", {|#0:customer.Cnic|});
                }
            }

            static class AuditLog
            {
                public static void Write(ILogger logger, string area, string value) => logger.LogInformation("{Area}: {Value}", area, value);
            }
            """, """
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers.Annotations;
            using Shop;

            class Service
            {
                void Run(ILogger logger, Customer customer)
                {
                    AuditLog.Write(logger, "kyc", Pii.Mask(customer.Cnic, PiiKind.Cnic));
                }
            }

            static class AuditLog
            {
                public static void Write(ILogger logger, string area, string value) => logger.LogInformation("{Area}: {Value}", area, value);
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", Cnic, InAuditLog));
    }

    [Fact]
    public async Task Fix_all_masks_every_call()
    {
        const string helper = """

            static class AuditLog
            {
                public static void Write(ILogger logger, string area, string value) => logger.LogInformation("{Area}: {Value}", area, value);
            }
            """;
        await Verify.FixAllAsync(
            new[]
            {
                """
                using Microsoft.Extensions.Logging;
                using Shop;

                class Service
                {
                    void Run(ILogger logger, Customer customer)
                    {
                        AuditLog.Write(logger, "kyc", {|#0:customer.Cnic|});
                        AuditLog.Write(logger, "pan", {|#1:customer.Pan|});
                    }
                }
                """ + helper,
            },
            new[]
            {
                """
                using Microsoft.Extensions.Logging;
                using PrivacyAnalyzers.Annotations;
                using Shop;

                class Service
                {
                    void Run(ILogger logger, Customer customer)
                    {
                        AuditLog.Write(logger, "kyc", Pii.Mask(customer.Cnic, PiiKind.Cnic));
                        AuditLog.Write(logger, "pan", Pii.Mask(customer.Pan, PiiKind.Pan));
                    }
                }
                """ + helper,
            },
            Verify.Diagnostic(0, "Customer.Cnic", Cnic, InAuditLog),
            Verify.Diagnostic(1, "Customer.Pan", "PAN", InAuditLog));
    }
}
