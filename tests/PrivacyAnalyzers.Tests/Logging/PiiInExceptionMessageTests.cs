using Xunit;
using Verify = PrivacyAnalyzers.Tests.Infrastructure.Verify<PrivacyAnalyzers.Rules.PiiInExceptionMessageAnalyzer>;

namespace PrivacyAnalyzers.Tests.Logging;

/// <summary>PII1003: messages of exceptions, including a custom exception's own <c>: base(message)</c>.</summary>
public class PiiInExceptionMessageTests
{
    [Fact]
    public async Task Exception_messages_are_flagged_but_parameter_names_are_not()
    {
        await Verify.AnalyzerAsync("""
            using System;
            using Shop;

            class CustomerNotFoundException : Exception
            {
                public CustomerNotFoundException(string cnic) : base({|#0:$"No customer with CNIC {cnic}"|}) { }
            }

            class Service
            {
                void Run(Customer c)
                {
                    if (c.Id == 0) throw new InvalidOperationException({|#1:"Duplicate " + c.Cnic|});
                    if (c.Id == 1) throw new ArgumentException({|#2:$"Bad card {c.CardNumber}"|}, nameof(c.CardNumber));
                    if (c.Id == 2) throw new ArgumentException("Bad customer " + c.Id, nameof(c.Cnic));
                    if (c.Id == 3) throw new CustomerNotFoundException(c.Cnic);
                }
            }
            """,
            Verify.Diagnostic(0, "cnic", "CNIC number", "Exception"),
            Verify.Diagnostic(1, "Customer.Cnic", "CNIC number", "InvalidOperationException"),
            Verify.Diagnostic(2, "Customer.CardNumber", "payment card number", "ArgumentException"));
    }

    [Fact]
    public async Task Fix_masks_the_message_part()
    {
        await Verify.FixAsync("""
            using System;
            using PrivacyAnalyzers.Annotations;
            using Shop;

            class Service
            {
                void Run(Customer c) => throw new InvalidOperationException({|#0:$"Duplicate {c.Cnic}"|});
            }
            """, """
            using System;
            using PrivacyAnalyzers.Annotations;
            using Shop;

            class Service
            {
                void Run(Customer c) => throw new InvalidOperationException($"Duplicate {Pii.Mask(c.Cnic, PiiKind.Cnic)}");
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", "CNIC number", "InvalidOperationException"));
    }

    [Fact]
    public async Task Fix_all_masks_every_exception_message_in_every_document()
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
                        if (c.Id == 0) throw new InvalidOperationException({|#0:"Duplicate " + c.Cnic|});
                        throw new ArgumentException({|#1:$"Card {c.CardNumber}"|}, nameof(c));
                    }
                }
                """,
                """
                using System;

                class RegistrationException : Exception
                {
                    public RegistrationException(string aadhaar) : base({|#2:"Registration failed for " + aadhaar|}) { }
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
                        if (c.Id == 0) throw new InvalidOperationException("Duplicate " + Pii.Mask(c.Cnic, PiiKind.Cnic));
                        throw new ArgumentException($"Card {Pii.Mask(c.CardNumber, PiiKind.PaymentCard)}", nameof(c));
                    }
                }
                """,
                """
                using System;
                using PrivacyAnalyzers.Annotations;

                class RegistrationException : Exception
                {
                    public RegistrationException(string aadhaar) : base("Registration failed for " + Pii.Mask(aadhaar, PiiKind.Aadhaar)) { }
                }
                """,
            },
            Verify.Diagnostic(0, "Customer.Cnic", "CNIC number", "InvalidOperationException"),
            Verify.Diagnostic(1, "Customer.CardNumber", "payment card number", "ArgumentException"),
            Verify.Diagnostic(2, "aadhaar", "Aadhaar number", "Exception"));
    }
}
