using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.CodeFixes;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Storage;

/// <summary>The protect/hash fix for stored values: what it wraps with which instance in reach, and where it stays away.</summary>
public class ProtectStoredValueCodeFixTests
{
    private const string Model = """
        using PrivacyAnalyzers.Annotations;

        namespace Crm;

        public class Customer
        {
            public int Id { get; set; }
            [Pii(PiiKind.Cnic)] public string Cnic { get; set; } = "";
            public string Password { get; set; } = "";
            public string Cvv { get; set; } = "";
        }
        """;

    [Fact]
    public async Task Wraps_identity_values_with_the_protector_in_reach_and_adds_the_using_fix_all()
    {
        await VerifyProject<PiiInDatabaseParameterAnalyzer, ProtectStoredValueCodeFix>.RunAsync(
            new[]
            {
                """
                using Microsoft.Data.Sqlite;
                using Crm;

                class Repository(SqliteConnection connection, Microsoft.AspNetCore.DataProtection.IDataProtector protector)
                {
                    void Save(Customer c)
                    {
                        using var command = connection.CreateCommand();
                        command.Parameters.AddWithValue("@cnic", {|#0:c.Cnic|});
                        command.Parameters.AddWithValue("@copy", {|#1:c.Cnic.Trim()|});
                        command.Parameters.AddWithValue("@cvv", {|#2:c.Cvv|});
                    }
                }
                """,
                Model,
            },
            new[]
            {
                """
                using Microsoft.Data.Sqlite;
                using Crm;
                using Microsoft.AspNetCore.DataProtection;

                class Repository(SqliteConnection connection, Microsoft.AspNetCore.DataProtection.IDataProtector protector)
                {
                    void Save(Customer c)
                    {
                        using var command = connection.CreateCommand();
                        command.Parameters.AddWithValue("@cnic", protector.Protect(c.Cnic));
                        command.Parameters.AddWithValue("@copy", protector.Protect(c.Cnic.Trim()));
                        command.Parameters.AddWithValue("@cvv", {|#2:c.Cvv|});
                    }
                }
                """,
                Model,
            },
            null,
            new[]
            {
                Diagnostic(0, "Customer.Cnic", "CNIC number"),
                Diagnostic(1, "Customer.Cnic", "CNIC number"),
                Diagnostic(2, "Customer.Cvv", "card security code"),
            },
            // A card security code must not be stored at all: no protect fix, the diagnostic stays.
            new[] { Diagnostic(2, "Customer.Cvv", "card security code") });
    }

    [Fact]
    public async Task Protects_the_holes_of_interpolated_sql()
    {
        await VerifyProject<PiiInDatabaseParameterAnalyzer, ProtectStoredValueCodeFix>.RunAsync(
            new[]
            {
                """
                using Microsoft.AspNetCore.DataProtection;
                using Microsoft.EntityFrameworkCore;
                using Crm;

                class Repository(DbContext db, IDataProtector protector)
                {
                    void Save(Customer c) =>
                        db.Database.ExecuteSqlInterpolated({|#0:$"INSERT INTO kyc (id, cnic) VALUES ({c.Id}, {c.Cnic})"|});
                }
                """,
                Model,
            },
            new[]
            {
                """
                using Microsoft.AspNetCore.DataProtection;
                using Microsoft.EntityFrameworkCore;
                using Crm;

                class Repository(DbContext db, IDataProtector protector)
                {
                    void Save(Customer c) =>
                        db.Database.ExecuteSqlInterpolated($"INSERT INTO kyc (id, cnic) VALUES ({c.Id}, {protector.Protect(c.Cnic)})");
                }
                """,
                Model,
            },
            null,
            VerifyProject<PiiInDatabaseParameterAnalyzer, ProtectStoredValueCodeFix>.Diagnostic(0, "Customer.Cnic", "CNIC number", "DatabaseFacade.ExecuteSqlInterpolated"));
    }

    [Fact]
    public async Task Replaces_a_password_with_its_hash_when_hasher_and_user_are_in_reach()
    {
        await VerifyProject<PiiInDatabaseParameterAnalyzer, ProtectStoredValueCodeFix>.RunAsync(
            new[]
            {
                """
                using Microsoft.AspNetCore.Identity;
                using Microsoft.Data.Sqlite;
                using Crm;

                class Users(SqliteConnection connection, IPasswordHasher<Customer> hasher)
                {
                    void Register(Customer customer, string password)
                    {
                        using var command = connection.CreateCommand();
                        command.Parameters.AddWithValue("@password", {|#0:password|});
                    }

                    void Import(string password)
                    {
                        using var command = connection.CreateCommand();
                        command.Parameters.AddWithValue("@password", {|#1:password|});
                    }
                }
                """,
                Model,
            },
            new[]
            {
                """
                using Microsoft.AspNetCore.Identity;
                using Microsoft.Data.Sqlite;
                using Crm;

                class Users(SqliteConnection connection, IPasswordHasher<Customer> hasher)
                {
                    void Register(Customer customer, string password)
                    {
                        using var command = connection.CreateCommand();
                        command.Parameters.AddWithValue("@password", hasher.HashPassword(customer, password));
                    }

                    void Import(string password)
                    {
                        using var command = connection.CreateCommand();
                        command.Parameters.AddWithValue("@password", {|#1:password|});
                    }
                }
                """,
                Model,
            },
            null,
            new[] { Diagnostic(0, "password", "password"), Diagnostic(1, "password", "password") },
            // No Customer in reach to hash for: no fix.
            new[] { Diagnostic(1, "password", "password") });
    }

    [Fact]
    public async Task Protects_cache_values_without_a_second_using()
    {
        await VerifyProject<PiiInLocalStorageAnalyzer, ProtectStoredValueCodeFix>.RunAsync(
            new[]
            {
                """
                using Microsoft.AspNetCore.DataProtection;
                using Microsoft.Extensions.Caching.Distributed;
                using Crm;

                class Cache(IDistributedCache cache, IDataProtectionProvider provider)
                {
                    private readonly IDataProtector _protector = provider.CreateProtector("kyc");

                    void Keep(Customer c) => cache.SetString("kyc-" + c.Id, {|#0:c.Cnic|});
                }
                """,
                Model,
            },
            new[]
            {
                """
                using Microsoft.AspNetCore.DataProtection;
                using Microsoft.Extensions.Caching.Distributed;
                using Crm;

                class Cache(IDistributedCache cache, IDataProtectionProvider provider)
                {
                    private readonly IDataProtector _protector = provider.CreateProtector("kyc");

                    void Keep(Customer c) => cache.SetString("kyc-" + c.Id, _protector.Protect(c.Cnic));
                }
                """,
                Model,
            },
            null,
            VerifyProject<PiiInLocalStorageAnalyzer, ProtectStoredValueCodeFix>.Diagnostic(0, "Customer.Cnic", "CNIC number", "IDistributedCache.SetString"));
    }

    private static DiagnosticResult Diagnostic(int markup, string path, string kind) =>
        VerifyProject<PiiInDatabaseParameterAnalyzer, ProtectStoredValueCodeFix>.Diagnostic(markup, path, kind, "SqliteParameterCollection.AddWithValue");
}
