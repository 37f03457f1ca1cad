using PrivacyAnalyzers.Literals;
using Xunit;

namespace PrivacyAnalyzers.Tests.Discovery;

/// <summary>Each literal checker with valid vectors and near misses (wrong check digit, wrong prefix, wrong shape).</summary>
public class PiiLiteralCheckerTests
{
    [Theory]
    [InlineData("35202-1234567-1", true)]
    [InlineData("61101-7654321-9", true)]
    [InlineData("85202-1234567-1", false)] // no province starts with 8
    [InlineData("05202-1234567-1", false)]
    [InlineData("35202-123456-71", false)] // dashes in the wrong places
    [InlineData("3520212345671", false)]   // the analyzer only trusts the dashed form; 13 bare digits are too common
    public void Cnic(string text, bool expected) => Assert.Equal(expected, PiiLiteralCheckers.IsCnic(text));

    [Theory]
    [InlineData("234567890124", true)]
    [InlineData("234567890125", false)] // Verhoeff check digit off by one
    [InlineData("134567890124", false)] // Aadhaar numbers do not start with 0 or 1
    [InlineData("23456789012", false)]
    public void Aadhaar(string digits, bool expected) => Assert.Equal(expected, PiiLiteralCheckers.IsAadhaar(digits));

    [Theory]
    [InlineData("4539148803436467", true)]  // Visa
    [InlineData("5425233430109903", true)]  // Mastercard
    [InlineData("378282246310005", true)]   // American Express
    [InlineData("6521000000000007", true)]  // RuPay / Discover range
    [InlineData("4539148803436468", false)] // Luhn fails
    [InlineData("1234567890123452", false)] // Luhn passes, no issuer starts with 1
    [InlineData("453914880343", false)]     // too short
    public void Card(string digits, bool expected) => Assert.Equal(expected, PiiLiteralCheckers.IsCard(digits));

    [Theory]
    [InlineData("PK36SCBL0000001123456702", true)]
    [InlineData("GB82WEST12345698765432", true)]
    [InlineData("GB82 WEST 1234 5698 7654 32", true)]
    [InlineData("GB82WEST12345698765433", false)] // mod 97 fails
    [InlineData("PK36SCBL000000112345670", false)] // wrong length for Pakistan
    [InlineData("XX00ABCD", false)]
    public void Iban(string text, bool expected) => Assert.Equal(expected, PiiLiteralCheckers.IsIban(text));

    [Theory]
    [InlineData("ABCPE1234F", true)]
    [InlineData("AAACT1234Z", true)]
    [InlineData("ABCDE1234F", false)] // D is not a holder type
    [InlineData("ABCPE12345", false)]
    [InlineData("abcpe1234f", false)]
    public void Pan(string text, bool expected) => Assert.Equal(expected, PiiLiteralCheckers.IsPan(text));

    [Theory]
    [InlineData("Customer CNIC 35202-1234567-1 verified", "Cnic")]
    [InlineData("card: 4539 1488 0343 6467", "PaymentCard")]
    [InlineData("Aadhaar 2345 6789 0124", "Aadhaar")]
    [InlineData("pay to PK36SCBL0000001123456702 today", "BankAccount")]
    [InlineData("PAN ABCPE1234F", "Pan")]
    [InlineData("order 1234567890123452 shipped", null)]
    [InlineData("+92 300 1234567", null)]
    [InlineData("2026-11-23 18:33:41", null)]
    [InlineData("00000000-0000-0000-0000-000000000000", null)]
    public void Find_in_longer_text(string text, string? expected) => Assert.Equal(expected, PiiLiteralCheckers.Find(text, allowTestNumbers: true));

    [Fact]
    public void Well_known_test_card_numbers_are_allowed_only_when_the_option_says_so()
    {
        Assert.Null(PiiLiteralCheckers.Find("4111111111111111", allowTestNumbers: true));
        Assert.Equal("PaymentCard", PiiLiteralCheckers.Find("4111111111111111", allowTestNumbers: false));
    }
}
