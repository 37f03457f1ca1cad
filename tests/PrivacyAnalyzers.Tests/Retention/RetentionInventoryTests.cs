using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Map;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Retention;

/// <summary>The privacy map's elements carry the retention and purposes declared for them, and who declared them.</summary>
public class RetentionInventoryTests
{
    [Fact]
    public async Task Elements_carry_their_retention_where_it_is_declared_and_their_purposes()
    {
        const string source = """
            using PrivacyAnalyzers.Annotations;

            namespace Crm;

            public class Customer
            {
                [Retention("P30D")] [Purpose("KYC")] [Purpose("Fraud prevention")] public string Cnic { get; set; } = "";
                public string PassportNumber { get; set; } = "";
                public string Msisdn { get; set; } = "";
                [Retention("TODO: ISO 8601 period, e.g. P30D")] public string Aadhaar { get; set; } = "";
            }

            [Retention("P7Y")]
            [Purpose("Billing")]
            public class Invoice
            {
                [Pii(PiiKind.BankAccount)] public string Iban { get; set; } = "";
                [Purpose("Refunds")] [Pii(PiiKind.PaymentCard)] public string CardNumber { get; set; } = "";
            }
            """;
        const string policy = """
            { "kinds": { "Passport": { "retention": "P1Y", "purposes": ["Travel bookings"] }, "PhoneNumber": { "purposes": ["SMS delivery"] } } }
            """;
        var compilation = await WholePackage.CompileAsync(new[] { ("/Crm.cs", source) });
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new PolicyText("/privacy-policy.json", policy)));
        var elements = PrivacyInventory.Elements(compilation, options, CancellationToken.None).ToDictionary(e => e.Member);

        Assert.Equal(("P30D", "member"), (elements["Customer.Cnic"].Retention, elements["Customer.Cnic"].RetentionDeclaredBy));
        Assert.Equal(new[] { "KYC", "Fraud prevention" }, elements["Customer.Cnic"].Purposes);
        Assert.Equal(("P1Y", "policy"), (elements["Customer.PassportNumber"].Retention, elements["Customer.PassportNumber"].RetentionDeclaredBy));
        Assert.Equal(new[] { "Travel bookings" }, elements["Customer.PassportNumber"].Purposes);
        // Purposes without a retention: the retention stays undeclared.
        Assert.Null(elements["Customer.Msisdn"].Retention);
        Assert.Null(elements["Customer.Msisdn"].RetentionDeclaredBy);
        Assert.Equal(new[] { "SMS delivery" }, elements["Customer.Msisdn"].Purposes);
        // The fix's placeholder declares nothing (PII9004 reports it).
        Assert.Null(elements["Customer.Aadhaar"].Retention);
        Assert.Null(elements["Customer.Aadhaar"].RetentionDeclaredBy);
        Assert.Empty(elements["Customer.Aadhaar"].Purposes);
        Assert.Equal(("P7Y", "type"), (elements["Invoice.Iban"].Retention, elements["Invoice.Iban"].RetentionDeclaredBy));
        Assert.Equal(new[] { "Billing" }, elements["Invoice.Iban"].Purposes);
        // A member's own purposes replace its type's.
        Assert.Equal(new[] { "Refunds" }, elements["Invoice.CardNumber"].Purposes);
    }

    private sealed class PolicyText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
