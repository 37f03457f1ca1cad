using PrivacyAnalyzers.Annotations;
using Xunit;

namespace PrivacyAnalyzers.Tests.Annotations;

/// <summary>Pii.Mask shows no more of each kind than its rules allow.</summary>
public class PiiMaskTests
{
    [Theory]
    [InlineData(PiiKind.PaymentCard, "4539 1488 0343 6467", "***6467")]
    [InlineData(PiiKind.PaymentCard, "4539148803436467", "***6467")]
    [InlineData(PiiKind.PaymentCard, "1234567", "***")]
    [InlineData(PiiKind.Cnic, "35202-1234567-1", "***5671")]
    [InlineData(PiiKind.Aadhaar, "2345 6789 0123", "***0123")]
    [InlineData(PiiKind.Pan, "ABCDE1234F", "***234F")]
    [InlineData(PiiKind.NationalId, "123-45-6789", "***6789")]
    [InlineData(PiiKind.Passport, "AB1234567", "***4567")]
    [InlineData(PiiKind.BankAccount, "PK36SCBL0000001123456702", "***6702")]
    [InlineData(PiiKind.IdentityDocument, "DOC-99887766", "***7766")]
    [InlineData(PiiKind.Passport, "A12345", "***")]
    [InlineData(PiiKind.PhoneNumber, "+92 300 1234567", "***67")]
    [InlineData(PiiKind.Email, "ayesha.khan@example.pk", "***@example.pk")]
    [InlineData(PiiKind.Email, "not-an-email", "***")]
    [InlineData(PiiKind.Email, "trailing@", "***")]
    [InlineData(PiiKind.IpAddress, "203.0.113.42", "203.0.113.***")]
    [InlineData(PiiKind.IpAddress, "2001:db8:85a3:0:0:8a2e:370:7334", "2001:db8:85a3:***")]
    [InlineData(PiiKind.IpAddress, "localhost", "***")]
    [InlineData(PiiKind.PersonName, "Ayesha  Khan", "A*** K***")]
    [InlineData(PiiKind.PersonName, "   ", "***")]
    [InlineData(PiiKind.Password, "hunter2", "***")]
    [InlineData(PiiKind.CardSecurityCode, "123", "***")]
    [InlineData(PiiKind.Secret, "sk_live_abcdef", "***")]
    [InlineData(PiiKind.PostalAddress, "House 5, Street 10, Lahore", "***")]
    [InlineData(PiiKind.DateOfBirth, "1990-04-12", "***")]
    [InlineData(PiiKind.MessageContent, "Your OTP is 4321", "***")]
    [InlineData(PiiKind.CallRecording, "rec-2026-11-01.wav", "***")]
    [InlineData(PiiKind.PersonalData, "anything", "***")]
    [InlineData(PiiKind.UserName, "ayesha.khan", "a***")]
    [InlineData(PiiKind.TaxId, "1234567-8", "***5678")]
    [InlineData((PiiKind)999, "unknown kind", "***")]
    public void Masks_each_kind(PiiKind kind, string value, string expected) => Assert.Equal(expected, Pii.Mask(value, kind));

    [Fact]
    public void Every_kind_is_covered_by_a_masking_case()
    {
        var covered = typeof(PiiMaskTests).GetMethod(nameof(Masks_each_kind))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false)
            .Cast<InlineDataAttribute>()
            .Select(a => (PiiKind)a.GetData(null!).Single()[0])
            .ToHashSet();
        Assert.All(Enum.GetValues<PiiKind>(), kind => Assert.Contains(kind, covered));
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void Null_stays_null(PiiKind kind)
    {
        Assert.Null(Pii.Mask((string?)null, kind));
        Assert.Null(Pii.Mask((object?)null, kind));
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void Empty_shows_nothing_and_secrets_hide_even_emptiness(PiiKind kind)
    {
        var secret = kind is PiiKind.Password or PiiKind.CardSecurityCode or PiiKind.Secret;
        Assert.Equal(secret ? Pii.Hidden : string.Empty, Pii.Mask(string.Empty, kind));
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void A_masked_value_never_contains_the_full_value(PiiKind kind)
    {
        const string value = "4539148803436467";
        Assert.DoesNotContain(value, Pii.Mask(value, kind));
    }

    [Fact]
    public void Non_string_values_are_masked_through_their_invariant_text()
    {
        Assert.Equal("***0123", Pii.Mask(234567890123L, PiiKind.Aadhaar));
        Assert.Equal("***", Pii.Mask(123, PiiKind.CardSecurityCode));
        Assert.Equal("***", Pii.Mask(new DateTime(1990, 4, 12), PiiKind.DateOfBirth));
    }

    public static TheoryData<PiiKind> AllKinds()
    {
        var data = new TheoryData<PiiKind>();
        foreach (var kind in Enum.GetValues<PiiKind>())
        {
            data.Add(kind);
        }

        return data;
    }
}
