using System.Text.Json;
using PrivacyAnalyzers.Annotations;
using Xunit;

namespace PrivacyAnalyzers.Tests.Annotations;

/// <summary>The converter the masked-in-JSON fix applies, run through System.Text.Json for real.</summary>
public class JsonPiiMaskTests
{
    private sealed class Subscriber
    {
        public int Id { get; set; }

        [JsonPiiMask(PiiKind.Cnic)]
        public string? Cnic { get; set; }

        [JsonPiiMask(PiiKind.Aadhaar)]
        public long Aadhaar { get; set; }

        [JsonPiiMask(PiiKind.Email)]
        public string? Email { get; set; }

        [JsonPiiMask(PiiKind.Password)]
        public string? Password { get; set; }
    }

    [Fact]
    public void Members_are_written_masked_and_the_rest_unchanged()
    {
        var json = JsonSerializer.Serialize(new Subscriber
        {
            Id = 7,
            Cnic = "35202-1234567-1",
            Aadhaar = 234567890123,
            Email = "ayesha@example.pk",
            Password = "hunter2",
        });

        Assert.Equal("""{"Id":7,"Cnic":"***5671","Aadhaar":"***0123","Email":"***@example.pk","Password":"***"}""", json);
        Assert.DoesNotContain("1234567", json);
        Assert.DoesNotContain("hunter2", json);
    }

    [Fact]
    public void Null_is_written_as_null()
    {
        var json = JsonSerializer.Serialize(new Subscriber { Id = 1 });
        Assert.Equal("""{"Id":1,"Cnic":null,"Aadhaar":"***","Email":null,"Password":null}""", json);
    }

    [Fact]
    public void Reading_accepts_the_original_form()
    {
        var subscriber = JsonSerializer.Deserialize<Subscriber>("""{"Id":3,"Cnic":"35202-1234567-1","Aadhaar":234567890123}""")!;
        Assert.Equal("35202-1234567-1", subscriber.Cnic);
        Assert.Equal(234567890123, subscriber.Aadhaar);
    }
}
