using PrivacyAnalyzers.Retention;
using Xunit;

namespace PrivacyAnalyzers.Tests.Retention;

/// <summary>What a retention may be written as: ISO 8601 durations, and the look-alikes that are not.</summary>
public class IsoDurationTests
{
    [Theory]
    [InlineData("P30D")]
    [InlineData("P90D")]
    [InlineData("P7Y")]
    [InlineData("P1Y6M")]
    [InlineData("PT12H")]
    [InlineData("P2W")]
    [InlineData("P0D")]
    [InlineData("P1Y2M3W4DT5H6M7S")]
    [InlineData("P1DT12H")]
    [InlineData("PT30M")]
    [InlineData("PT1.5H")]
    [InlineData("P0,5Y")]
    [InlineData("P1M")]
    public void Durations_are_valid(string text) => Assert.True(IsoDuration.IsValid(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("P-1D")]
    [InlineData("-P1D")]
    [InlineData("30D")]
    [InlineData("thirty days")]
    [InlineData("p30d")]
    [InlineData(" P30D")]
    [InlineData("P30D ")]
    [InlineData("P30")]
    [InlineData("PD")]
    [InlineData("P1M1Y")]
    [InlineData("P1D1D")]
    [InlineData("PT1D")]
    [InlineData("P1H")]
    [InlineData("P1DT1HT1M")]
    [InlineData("P1.5DT1H")]
    [InlineData("P1.D")]
    [InlineData("P.5D")]
    [InlineData("P+1D")]
    [InlineData("P٣D")]
    [InlineData("TODO: ISO 8601 period, e.g. P30D")]
    public void Look_alikes_are_not(string? text) => Assert.False(IsoDuration.IsValid(text));

    [Theory]
    [InlineData("P30D", "30 days")]
    [InlineData("P1Y6M", "1 year 6 months")]
    [InlineData("P7Y", "7 years")]
    [InlineData("P2W", "2 weeks")]
    [InlineData("PT12H", "12 hours")]
    [InlineData("P1DT1M30S", "1 day 1 minute 30 seconds")]
    [InlineData("P1M", "1 month")]
    [InlineData("PT1.5H", "1.5 hours")]
    [InlineData("TODO: ISO 8601 period", "TODO: ISO 8601 period")]
    public void A_duration_reads_in_words_and_anything_else_as_written(string text, string words) => Assert.Equal(words, IsoDuration.Describe(text));
}
