using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Exposure;

/// <summary><c>privacy_analyzers.ciphertext_attributes</c>: a member carrying the team's "this is ciphertext" attribute (on
/// itself, on what it overrides or on the interface member it implements) counts as encrypted in the exposure, logging
/// and storage rules; a look-alike attribute, or no option, changes nothing.</summary>
public class CiphertextMemberTests
{
    private const string Model = """
        using System;
        using PrivacyAnalyzers.Annotations;

        namespace Vault;

        [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
        public sealed class EncryptedStringAttribute : Attribute { }

        // A look-alike: its name starts the same.
        [AttributeUsage(AttributeTargets.Property)]
        public sealed class EncryptedStringLengthAttribute : Attribute { }

        public interface ISecured
        {
            [EncryptedString] string Cnic { get; set; }
        }

        public class Member
        {
            public int Id { get; set; }
            [EncryptedString] [Pii(PiiKind.Cnic)] public string Cnic { get; set; } = "";
            [EncryptedStringLength] [Pii(PiiKind.Passport)] public string PassportNo { get; set; } = "";
            [EncryptedString] [Pii(PiiKind.Password)] public string Password { get; set; } = "";
        }

        public class Profile : ISecured
        {
            public int Id { get; set; }
            [Pii(PiiKind.Cnic)] public string Cnic { get; set; } = "";
        }

        public class Document
        {
            public int Id { get; set; }
            [EncryptedString] [Pii(PiiKind.Aadhaar)] public virtual string Aadhaar { get; set; } = "";
        }

        // Writes every member: PII2002 leaves out response members that no code writes.
        public static class Writer
        {
            public static Member Member(string c, string p, string w) => new() { Cnic = c, PassportNo = p, Password = w };
            public static Profile Profile(string c) => new() { Cnic = c };
            public static void Scan(ScannedDocument d, string a) => d.Aadhaar = a;
        }

        public class ScannedDocument : Document
        {
            [Pii(PiiKind.Aadhaar)] public override string Aadhaar { get; set; } = "";
        }
        """;

    private const string Option = "privacy_analyzers.ciphertext_attributes = EncryptedString";

    [Fact]
    public async Task Responses_do_not_expose_ciphertext_members_but_still_expose_the_others()
    {
        const string controller = """
            using Microsoft.AspNetCore.Mvc;
            using Vault;

            public class MembersController : ControllerBase
            {
                public Member Get() => {|#0:new Member()|};
                public Profile Mine() => new Profile();
                public ScannedDocument Scan() => new ScannedDocument();
            }
            """;
        await RunAsync<PiiInApiResponseAnalyzer>(controller, Option,
            Diagnostic<PiiInApiResponseAnalyzer>(0, "Member.PassportNo", "passport number", "MembersController.Get"));

        // Without the option every PII member is reported.
        await RunAsync<PiiInApiResponseAnalyzer>(controller.Replace("new Profile()", "{|#1:new Profile()|}").Replace("new ScannedDocument()", "{|#2:new ScannedDocument()|}"), string.Empty,
            Diagnostic<PiiInApiResponseAnalyzer>(0, "Member", "Cnic: CNIC number, PassportNo: passport number and Password: password", "MembersController.Get"),
            Diagnostic<PiiInApiResponseAnalyzer>(1, "Profile.Cnic", "CNIC number", "MembersController.Mine"),
            Diagnostic<PiiInApiResponseAnalyzer>(2, "ScannedDocument.Aadhaar", "Aadhaar number", "MembersController.Scan"));
    }

    [Fact]
    public async Task Logging_a_ciphertext_member_is_not_reported()
    {
        const string service = """
            using Microsoft.Extensions.Logging;
            using Vault;

            public class Audit(ILogger<Audit> logger)
            {
                public void Write(Member member, Profile profile, ScannedDocument document)
                {
                    logger.LogInformation("Member {Cnic}", member.Cnic);
                    logger.LogInformation("Member {Password}", member.Password);
                    logger.LogInformation("Member {Passport}", {|#0:member.PassportNo|});
                    logger.LogInformation("Profile {Cnic}", profile.Cnic);
                    logger.LogInformation("Document {Aadhaar}", document.Aadhaar);
                }
            }
            """;
        await RunAsync<PiiLoggedAnalyzer>(service, Option,
            Diagnostic<PiiLoggedAnalyzer>(0, "Member.PassportNo", "passport number", "ILogger.LogInformation"));

        // Without the option they are plain values.
        var marked = service.Replace("member.Cnic)", "{|#1:member.Cnic|})").Replace("member.Password)", "{|#2:member.Password|})")
            .Replace("profile.Cnic)", "{|#3:profile.Cnic|})").Replace("document.Aadhaar)", "{|#4:document.Aadhaar|})");
        await RunAsync<PiiLoggedAnalyzer>(marked, string.Empty,
            Diagnostic<PiiLoggedAnalyzer>(0, "Member.PassportNo", "passport number", "ILogger.LogInformation"),
            Diagnostic<PiiLoggedAnalyzer>(1, "Member.Cnic", "CNIC number", "ILogger.LogInformation"),
            Diagnostic<PiiLoggedAnalyzer>(2, "Member.Password", "password", "ILogger.LogInformation"),
            Diagnostic<PiiLoggedAnalyzer>(3, "Profile.Cnic", "CNIC number", "ILogger.LogInformation"),
            Diagnostic<PiiLoggedAnalyzer>(4, "ScannedDocument.Aadhaar", "Aadhaar number", "ILogger.LogInformation"));
    }

    [Fact]
    public async Task Stored_ciphertext_counts_as_encrypted_but_a_password_is_still_a_password()
    {
        const string context = """
            using Microsoft.EntityFrameworkCore;
            using Vault;

            public class VaultContext : DbContext
            {
                public DbSet<Member> {|#0:Members|} { get; set; } = null!;
                public DbSet<Profile> Profiles { get; set; } = null!;
            }
            """;
        await RunAsync<IdentityDataStoredUnencryptedAnalyzer>(context, Option,
            Diagnostic<IdentityDataStoredUnencryptedAnalyzer>(0, "Member.PassportNo", "passport number", "VaultContext.Members"));
        await RunAsync<IdentityDataStoredUnencryptedAnalyzer>(context.Replace("Profiles", "{|#1:Profiles|}"), string.Empty,
            Diagnostic<IdentityDataStoredUnencryptedAnalyzer>(0, "Member.Cnic", "CNIC number", "VaultContext.Members"),
            Diagnostic<IdentityDataStoredUnencryptedAnalyzer>(0, "Member.PassportNo", "passport number", "VaultContext.Members"),
            Diagnostic<IdentityDataStoredUnencryptedAnalyzer>(1, "Profile.Cnic", "CNIC number", "VaultContext.Profiles"));
        await RunAsync<PasswordStoredAnalyzer>(context, Option,
            Diagnostic<PasswordStoredAnalyzer>(0, "Member.Password", "password", "VaultContext.Members"));
    }

    private static DiagnosticResult Diagnostic<TAnalyzer>(int markup, string path, string kind, string where)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        VerifyProject<TAnalyzer, EmptyCodeFixProvider>.Diagnostic(markup, path, kind, where);

    private static Task RunAsync<TAnalyzer>(string source, string options, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        VerifyProject<TAnalyzer, EmptyCodeFixProvider>.AnalyzeWithOptionsAsync(options, new[] { ("Test0.cs", source), ("Model.cs", Model) }, expected);
}
