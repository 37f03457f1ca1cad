using Xunit;
using Verify = PrivacyAnalyzers.Tests.Infrastructure.Verify<PrivacyAnalyzers.Rules.PiiWrittenToConsoleAnalyzer>;

namespace PrivacyAnalyzers.Tests.Logging;

/// <summary>PII1002: Console, Console.Out/Error, Debug, Trace and TraceSource.</summary>
public class PiiWrittenToConsoleTests
{
    [Fact]
    public async Task Console_debug_trace_and_trace_source_are_flagged()
    {
        await Verify.AnalyzerAsync("""
            using System;
            using System.Diagnostics;
            using Shop;

            class Service
            {
                void Run(Customer c, TraceSource source)
                {
                    Console.WriteLine({|#0:c.Cnic|});
                    Console.WriteLine("Card {0}", {|#1:c.CardNumber|});
                    Console.Write({|#2:$"Pan {c.Pan}"|});
                    Console.Out.WriteLine({|#3:c.Password|});
                    Console.Error.WriteLine({|#4:c.Cnic|});
                    Debug.WriteLine({|#5:c.Cnic|});
                    Debug.WriteLineIf(c.CnicVerified, {|#6:c.Cnic|});
                    Trace.TraceInformation("Customer {0}", {|#7:c.Cnic|});
                    source.TraceEvent(TraceEventType.Information, 1, {|#8:c.Cnic|});
                    // Since .NET 6 an interpolated message binds to Debug's interpolated string handler overloads.
                    Debug.Assert(c.Id > 0, {|#9:$"No id for {c.Cnic}"|});
                    Debug.WriteIf(c.CnicVerified, {|#10:$"Verified {c.Cnic}"|});
                    Debug.Assert(c.Id > 0, $"No id for {c.Id}");
                    Console.WriteLine(c.Id);
                    Debug.WriteLine($"Customer {c.Id} verified: {c.CnicVerified}");
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", "CNIC number", "Console.WriteLine"),
            Verify.Diagnostic(1, "Customer.CardNumber", "payment card number", "Console.WriteLine"),
            Verify.Diagnostic(2, "Customer.Pan", "PAN", "Console.Write"),
            Verify.Diagnostic(3, "Customer.Password", "password", "Console.Out.WriteLine"),
            Verify.Diagnostic(4, "Customer.Cnic", "CNIC number", "Console.Error.WriteLine"),
            Verify.Diagnostic(5, "Customer.Cnic", "CNIC number", "Debug.WriteLine"),
            Verify.Diagnostic(6, "Customer.Cnic", "CNIC number", "Debug.WriteLineIf"),
            Verify.Diagnostic(7, "Customer.Cnic", "CNIC number", "Trace.TraceInformation"),
            Verify.Diagnostic(8, "Customer.Cnic", "CNIC number", "TraceSource.TraceEvent"),
            Verify.Diagnostic(9, "Customer.Cnic", "CNIC number", "Debug.Assert"),
            Verify.Diagnostic(10, "Customer.Cnic", "CNIC number", "Debug.WriteIf"));
    }

    [Fact]
    public async Task Other_text_writers_are_not_console_output()
    {
        await Verify.AnalyzerAsync("""
            using System.IO;
            using Shop;

            class Service
            {
                void Run(Customer c, TextWriter report) => report.WriteLine(c.Cnic);
            }
            """);
    }

    [Fact]
    public async Task Fix_masks_console_output_and_adds_the_using()
    {
        await Verify.FixAsync("""
            using System;
            using Shop;

            class Service
            {
                void Run(Customer c) => Console.WriteLine({|#0:c.CardNumber|});
            }
            """, """
            using System;
            using PrivacyAnalyzers.Annotations;
            using Shop;

            class Service
            {
                void Run(Customer c) => Console.WriteLine(Pii.Mask(c.CardNumber, PiiKind.PaymentCard));
            }
            """,
            Verify.Diagnostic(0, "Customer.CardNumber", "payment card number", "Console.WriteLine"));
    }

    [Fact]
    public async Task Fix_all_masks_every_console_and_trace_write_in_every_document()
    {
        await Verify.FixAllAsync(
            new[]
            {
                """
                using System;
                using Shop;

                class First
                {
                    void Run(Customer c)
                    {
                        Console.WriteLine({|#0:c.Cnic|});
                        Console.Error.WriteLine({|#1:$"Pan {c.Pan}"|});
                    }
                }
                """,
                """
                using System.Diagnostics;
                using Shop;

                class Second
                {
                    void Run(Customer c) => Debug.WriteLine({|#2:c.Password|});
                }
                """,
            },
            new[]
            {
                """
                using System;
                using PrivacyAnalyzers.Annotations;
                using Shop;

                class First
                {
                    void Run(Customer c)
                    {
                        Console.WriteLine(Pii.Mask(c.Cnic, PiiKind.Cnic));
                        Console.Error.WriteLine($"Pan {Pii.Mask(c.Pan, PiiKind.Pan)}");
                    }
                }
                """,
                """
                using System.Diagnostics;
                using PrivacyAnalyzers.Annotations;
                using Shop;

                class Second
                {
                    void Run(Customer c) => Debug.WriteLine(Pii.Mask(c.Password, PiiKind.Password));
                }
                """,
            },
            Verify.Diagnostic(0, "Customer.Cnic", "CNIC number", "Console.WriteLine"),
            Verify.Diagnostic(1, "Customer.Pan", "PAN", "Console.Error.WriteLine"),
            Verify.Diagnostic(2, "Customer.Password", "password", "Debug.WriteLine"));
    }
}
