using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Exposure;

/// <summary>A member that every write in the compilation sets to a hash, an encryption or the team's ciphertext holds no
/// readable value, whatever its name says: the response, serialization, logging and storage rules leave it out. One
/// readable write, a write that is only <c>null</c>, or a value the analyzer cannot see (a parameter, an <c>out</c>
/// argument) keeps it reported.</summary>
public class ProtectedWritesTests
{
    private const string Model = """
        using System;
        using System.Security.Cryptography;
        using System.Text;
        using Microsoft.AspNetCore.DataProtection;
        using Microsoft.AspNetCore.Identity;

        namespace Shop;

        [AttributeUsage(AttributeTargets.Property)]
        public sealed class EncryptedStringAttribute : Attribute { }

        public class LoginModel
        {
            [EncryptedString] public string Password { get; set; } = "";
            [EncryptedString] public string Totp { get; set; } = "";
            public string Hint { get; set; } = "";
        }

        // Copied from the request model: ciphertext when the option names [EncryptedString].
        public class LoginData
        {
            public string Password { get; set; } = "";
            public string Totp { get; set; } = "";
        }

        public class Account
        {
            public int Id { get; set; }
            // Only ever set to a hash (and reset to null): a hash, whatever the name.
            public string Password { get; set; } = "";
            // Set to a hash in one place and to the plain value in another: still a password.
            public string RecoveryPassword { get; set; } = "";
            // Only ever set to null: nothing says what fills it, so it stays reported.
            public string TemporaryPassword { get; set; } = "";
            // Only ever encrypted: ciphertext, enough for an identity number at rest.
            public string Cnic { get; set; } = "";
            // Encrypted, but a password must be hashed.
            public string LegacyPassword { get; set; } = "";
            // Only ever a hash of the number (hex of SHA-256): the full number cannot be recovered.
            public string CardNumber { get; set; } = "";
            // Hashed too, but a card security code must not be stored in any form.
            public string Cvv { get; set; } = "";
        }

        public static class Writes
        {
            public static LoginData ToData(LoginModel model) => new() { Password = model.Password, Totp = model.Totp };

            public static void Register(Account account, string password, string cnic, string legacy, IPasswordHasher<Account> hasher, IDataProtector protector)
            {
                account.Password = hasher.HashPassword(account, password);
                account.RecoveryPassword = hasher.HashPassword(account, password);
                account.Cnic = protector.Protect(cnic);
                account.LegacyPassword = protector.Protect(legacy);
            }

            public static void Pay(Account account, string card, string cvv)
            {
                account.CardNumber = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(card)));
                account.Cvv = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(cvv)));
            }

            public static void Reset(Account account, string password, string hint)
            {
                account.Password = null!;
                account.RecoveryPassword = password;
                account.TemporaryPassword = null!;
            }

            // A value whose name says it is a hash, and a copy of the same member from another instance, keep Password a
            // hash; a name that only starts like one (hashtag) is a readable value.
            public static void Import(Account account, Account previous, string passwordHash, string hashtag)
            {
                account.Password = passwordHash;
                account.Password = previous.Password;
                account.TemporaryPassword = hashtag;
            }
        }
        """;

    private const string Option = "privacy_analyzers.ciphertext_attributes = EncryptedString";

    [Fact]
    public async Task A_serialized_copy_of_ciphertext_members_is_ciphertext_only_when_the_option_names_the_attribute()
    {
        const string service = """
            using System.Text.Json;
            using Shop;

            public static class Store
            {
                public static string Save(LoginModel model) => {|#0:JsonSerializer.Serialize(Writes.ToData(model))|};
            }
            """;
        await RunAsync<PiiSerializedAnalyzer>(service, Option);
        await RunAsync<PiiSerializedAnalyzer>(service, string.Empty,
            Diagnostic<PiiSerializedAnalyzer>(0, "LoginData", "Password: password and Totp: secret", "System.Text.Json (JsonSerializer.Serialize)"));
    }

    [Fact]
    public async Task A_response_leaves_out_members_only_ever_set_to_a_hash()
    {
        const string controller = """
            using Microsoft.AspNetCore.Mvc;
            using Shop;

            public class AccountsController : ControllerBase
            {
                public Account Get() => {|#0:new Account()|};
            }
            """;
        await RunAsync<PiiInApiResponseAnalyzer>(controller, string.Empty,
            Diagnostic<PiiInApiResponseAnalyzer>(0, "Account", "RecoveryPassword: password and TemporaryPassword: password", "AccountsController.Get"));
    }

    [Fact]
    public async Task Logging_a_member_only_ever_set_to_a_hash_is_not_reported()
    {
        const string service = """
            using Microsoft.Extensions.Logging;
            using Shop;

            public class Audit(ILogger<Audit> logger)
            {
                public void Write(Account account)
                {
                    logger.LogInformation("Hash {Password}", account.Password);
                    logger.LogInformation("Cnic {Cnic}", account.Cnic);
                    logger.LogInformation("Recovery {Password}", {|#0:account.RecoveryPassword|});
                    logger.LogInformation("Temporary {Password}", {|#1:account.TemporaryPassword|});
                }
            }
            """;
        await RunAsync<PiiLoggedAnalyzer>(service, string.Empty,
            Diagnostic<PiiLoggedAnalyzer>(0, "Account.RecoveryPassword", "password", "ILogger.LogInformation"),
            Diagnostic<PiiLoggedAnalyzer>(1, "Account.TemporaryPassword", "password", "ILogger.LogInformation"));
    }

    [Fact]
    public async Task Storage_counts_hashed_members_as_hashed_and_encrypted_ones_as_encrypted_but_never_a_stored_security_code()
    {
        const string context = """
            using Microsoft.EntityFrameworkCore;
            using Shop;

            public class ShopContext : DbContext
            {
                public DbSet<Account> {|#0:Accounts|} { get; set; } = null!;
            }
            """;
        // The encrypted CNIC is encrypted at rest; the encrypted password is still a recoverable password.
        await RunAsync<IdentityDataStoredUnencryptedAnalyzer>(context, string.Empty);
        await RunAsync<PasswordStoredAnalyzer>(context, string.Empty,
            Diagnostic<PasswordStoredAnalyzer>(0, "Account.RecoveryPassword", "password", "ShopContext.Accounts"),
            Diagnostic<PasswordStoredAnalyzer>(0, "Account.TemporaryPassword", "password", "ShopContext.Accounts"),
            Diagnostic<PasswordStoredAnalyzer>(0, "Account.LegacyPassword", "password", "ShopContext.Accounts"));
        await RunAsync<CardNumberStoredAnalyzer>(context, string.Empty);
        await RunAsync<CardSecurityCodeStoredAnalyzer>(context, string.Empty,
            Diagnostic<CardSecurityCodeStoredAnalyzer>(0, "Account.Cvv", "card security code", "ShopContext.Accounts"));
    }

    [Fact]
    public async Task A_team_sanitizer_protects_what_it_writes()
    {
        const string team = """
            namespace Shop;

            public static class Hashes
            {
                public static string Of(string value) => value.Length.ToString();
            }

            public class Device
            {
                public string Secret { get; set; } = "";
            }

            public static class Pairing
            {
                public static void Pair(Device device, string secret) => device.Secret = Hashes.Of(secret);
            }
            """;
        const string service = """
            using Microsoft.Extensions.Logging;
            using Shop;

            public class Pairs(ILogger<Pairs> logger)
            {
                public void Write(Device device) => logger.LogInformation("Paired {Secret}", {|#0:device.Secret|});
            }
            """;
        await RunAsync<PiiLoggedAnalyzer>(service, "privacy_analyzers.sanitizers = Shop.Hashes.Of", extra: team);
        await RunAsync<PiiLoggedAnalyzer>(service, string.Empty, extra: team,
            expected: Diagnostic<PiiLoggedAnalyzer>(0, "Device.Secret", "secret", "ILogger.LogInformation"));
    }

    private static DiagnosticResult Diagnostic<TAnalyzer>(int markup, string path, string kind, string where)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        VerifyProject<TAnalyzer, EmptyCodeFixProvider>.Diagnostic(markup, path, kind, where);

    private static Task RunAsync<TAnalyzer>(string source, string options, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new() => RunAsync<TAnalyzer>(source, options, extra: null, expected);

    private static Task RunAsync<TAnalyzer>(string source, string options, string? extra, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var sources = new List<(string, string)> { ("Test0.cs", source), ("Model.cs", Model) };
        if (extra is not null)
        {
            sources.Add(("Team.cs", extra));
        }

        return VerifyProject<TAnalyzer, EmptyCodeFixProvider>.AnalyzeWithOptionsAsync(options, sources, expected);
    }
}
