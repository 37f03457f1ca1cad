using System.Text.RegularExpressions;
using PrivacyAnalyzers.Annotations;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>The catalog's kinds are the annotations' <see cref="PiiKind"/> enum, row for row, and each masking policy is
/// what <see cref="Pii.Mask(string, PiiKind)"/> really shows. The option registry is what the README's option table and
/// PII9001's page list, key for key.</summary>
public class KindAndOptionCatalogTests
{
    [Fact]
    public void Every_PiiKind_member_has_one_row_in_enum_order_and_nothing_else_does()
    {
        Assert.Equal(Enum.GetNames<PiiKind>(), PiiKinds.All.Select(k => k.Name));
        Assert.All(PiiKinds.All, k => Assert.False(string.IsNullOrWhiteSpace(k.Description)));
        Assert.Equal(PiiKinds.All.Length, PiiKinds.All.Select(k => k.Description).Distinct().Count());
    }

    [Fact]
    public void Kinds_are_found_in_any_case_and_unknown_names_are_not()
    {
        Assert.Equal("Cnic", PiiKinds.Find("cnic")!.Name);
        Assert.Equal("PhoneNumber", PiiKinds.Find("PHONENUMBER")!.Name);
        Assert.Null(PiiKinds.Find("Cnick"));
        Assert.Equal("Cnick", PiiKinds.Describe("Cnick"));
        Assert.Equal(StoragePolicy.Unrestricted, PiiKinds.StorageOf("Cnick"));
    }

    // A value of each kind long enough to show what its policy allows, and what that policy must print.
    public static TheoryData<string> KindNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in Enum.GetNames<PiiKind>())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void Masking_policy_is_what_Pii_Mask_shows(string name)
    {
        var kind = Enum.Parse<PiiKind>(name);
        var row = PiiKinds.Find(name)!;
        var (value, shown) = row.Masking switch
        {
            MaskingPolicy.LastFourDigits => ("4539-1488-0343-6467", "***6467"),
            MaskingPolicy.LastFourCharacters => ("ABCPK1234F", "***234F"),
            MaskingPolicy.LastTwoDigits => ("+92 300 1234567", "***67"),
            MaskingPolicy.EmailDomain => ("ayesha.khan@example.pk", "***@example.pk"),
            MaskingPolicy.NetworkPart => ("203.0.113.42", "203.0.113.***"),
            MaskingPolicy.Initials => ("Ayesha Khan", "A*** K***"),
            _ => ("4539-1488-0343-6467 Ayesha Khan", "***"),
        };
        Assert.Equal(shown, Pii.Mask(value, kind));
    }

    [Fact]
    public void Storage_policies_follow_the_policy_clauses()
    {
        // Identity documents encrypted at rest; passwords only hashed; no card security code; no full card number.
        foreach (var identity in new[] { "Cnic", "Aadhaar", "Pan", "NationalId", "Passport", "IdentityDocument" })
        {
            Assert.Equal(StoragePolicy.EncryptedOnly, PiiKinds.StorageOf(identity));
            Assert.True(PiiKinds.Find(identity)!.EncryptionIsEnoughAtRest);
        }

        Assert.Equal(StoragePolicy.OneWayHashOnly, PiiKinds.StorageOf("Password"));
        Assert.Equal(StoragePolicy.NeverStored, PiiKinds.StorageOf("CardSecurityCode"));
        Assert.Equal(StoragePolicy.NeverStoredInFull, PiiKinds.StorageOf("PaymentCard"));
        Assert.All(new[] { "Password", "CardSecurityCode", "PaymentCard" }, k => Assert.False(PiiKinds.Find(k)!.EncryptionIsEnoughAtRest));
        Assert.Equal(StoragePolicy.Unrestricted, PiiKinds.StorageOf("Email"));
    }

    [Fact]
    public void The_readme_option_table_is_the_option_catalog()
    {
        var readme = File.ReadAllText(Path.Combine(TestReferences.RepositoryRoot, "README.md"));
        var rows = TableRows(readme, "| key | meaning | default |");
        Assert.Equal(OptionCatalog.All.Select(o => $"| `{o.Key}` | {o.Doc} | {o.DefaultText} |"), rows);
    }

    [Fact]
    public void PII9001_page_lists_every_option_with_its_accepted_values()
    {
        var page = File.ReadAllText(Path.Combine(TestReferences.RepositoryRoot, "docs", "rules", "PII9001.md"));
        var rows = TableRows(page, "| key | accepted |");
        Assert.Equal(OptionCatalog.All.Select(o => $"| `{o.Key}` | {o.AcceptedValues} |"), rows);
    }

    [Fact]
    public void Every_option_key_the_docs_mention_is_in_the_catalog()
    {
        var docs = Directory.GetFiles(Path.Combine(TestReferences.RepositoryRoot, "docs"), "*.md", SearchOption.AllDirectories)
            .Append(Path.Combine(TestReferences.RepositoryRoot, "README.md"));
        foreach (var file in docs)
        {
            foreach (Match key in Regex.Matches(File.ReadAllText(file), @"(privacy_analyzers\.[a-z_.]+[a-z_<>A-Za-z]*|PII\d{4}\.[a-z]+_[a-z_]+)"))
            {
                var text = key.Value.TrimEnd('.');
                // PII9001's own examples of misspellings are the only keys in the docs that must not be options.
                if (file.EndsWith("PII9001.md", StringComparison.Ordinal) && text is "privacy_analyzers.sanitiser" or "PII5002.allow_test_number" or "privacy_analyzers.names.Cnick")
                {
                    continue;
                }

                Assert.True(OptionCatalog.Find(text, out _) is not null, $"{Path.GetFileName(file)} mentions {text}, which is no option");
            }
        }
    }

    [Fact]
    public void Keys_are_matched_in_any_case_and_per_kind_keys_give_their_kind()
    {
        Assert.Same(OptionCatalog.AllowEncryptedCardNumbers, OptionCatalog.Find("pii3005.allow_encrypted_card_numbers", out _));
        Assert.Same(OptionCatalog.KindNames, OptionCatalog.Find("privacy_analyzers.names.cnic", out var kind));
        Assert.Equal("cnic", kind);
        Assert.Null(OptionCatalog.Find("privacy_analyzers.names.", out _));
        Assert.Null(OptionCatalog.Find("privacy_analyzers.sanitiser", out _));
        Assert.True(OptionCatalog.IsOwnedKey("pii5002.allow_test_number"));
        Assert.False(OptionCatalog.IsOwnedKey("dotnet_diagnostic.pii5002.severity"));
    }

    private static List<string> TableRows(string markdown, string header)
    {
        var lines = markdown.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.IndexOf(header);
        Assert.True(start >= 0, $"no table headed {header}");
        return lines.Skip(start + 2).TakeWhile(l => l.StartsWith('|')).ToList();
    }
}
