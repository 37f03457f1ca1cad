using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Storage;

/// <summary>PII3009: queries that make the database look at an encrypted column's value; the reads and null checks that
/// work on ciphertext, and in-memory filters, are left alone. The rule has no fix: the keyed-hash column it points to is
/// a schema change the team makes (the page gives the two lines).</summary>
public class EncryptedColumnQueriedTests
{
    private const string Model = """
        using System.Collections.Generic;
        using Microsoft.AspNetCore.DataProtection;
        using Microsoft.EntityFrameworkCore;
        using PrivacyAnalyzers.Annotations;
        using PrivacyAnalyzers.EntityFrameworkCore;

        namespace Kyc;

        public class Customer
        {
            public int Id { get; set; }
            [Pii(PiiKind.Cnic)] [Encrypted] public string? Cnic { get; set; }
            public string? CnicLookup { get; set; }
            public string? Msisdn { get; set; }
            public string? Iban { get; set; }
            public string Name { get; set; } = "";
            public List<Document> Documents { get; set; } = new();
        }

        public class Document
        {
            public int Id { get; set; }
            [Encrypted] public string? Number { get; set; }
        }

        public class KycContext(DbContextOptions<KycContext> options, IDataProtectionProvider provider) : DbContext(options)
        {
            public DbSet<Customer> Customers => Set<Customer>();

            protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
                configurationBuilder.UsePiiEncryption(provider);

            // A member encrypted by a converter, not by the attribute.
            protected override void OnModelCreating(ModelBuilder modelBuilder) =>
                modelBuilder.Entity<Customer>().Property(c => c.Iban).HasConversion(new PiiEncryptionConverter(provider.CreateProtector("iban")));
        }
        """;

    [Fact]
    public async Task Comparisons_string_tests_lists_and_keys_on_encrypted_members_are_reported()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            namespace Kyc;

            public class CustomerQueries(KycContext db)
            {
                public Customer? ByCnic(string cnic) => db.Customers.FirstOrDefault(c => {|#0:c.Cnic|} == cnic);

                public Task<Customer?> ByCnicAsync(string cnic) => db.Customers.SingleOrDefaultAsync(c => {|#1:c.Cnic|} == cnic);

                public bool Taken(string cnic) => db.Customers.Any(c => cnic != {|#2:c.Cnic|});

                public List<Customer> Batch(List<string> cnics) => db.Customers.Where(c => cnics.Contains({|#3:c.Cnic|})).ToList();

                public List<Customer> District(string prefix) => db.Customers.Where(c => {|#4:c.Cnic|}!.StartsWith(prefix)).ToList();

                public List<Customer> Sorted() => db.Customers.OrderBy(c => {|#5:c.Cnic|}).ToList();

                public int Groups() => db.Customers.GroupBy(c => {|#6:c.Cnic|}).Count();

                public List<Customer> ByIban(string iban) => db.Customers.Where(c => {|#7:c.Iban|} == iban).ToList();

                // Both join keys are ciphertext.
                public List<int> Joined() =>
                    db.Customers.Join(db.Set<Document>(), c => {|#9:c.Cnic|}, d => {|#10:d.Number|}, (c, d) => c.Id).ToList();

                // Inside a subquery: reported once, by the operator that holds it.
                public List<Customer> ByDocument(string number) =>
                    db.Customers.Where(c => c.Documents.AsQueryable().Any(d => {|#8:d.Number|} == number)).ToList();
            }
            """;
        await VerifyProject<EncryptedColumnQueriedAnalyzer, EmptyCodeFixProvider>.RunAsync(new[] { source, Model }, null, null,
            Diagnostic(0, "Customer.Cnic", "CNIC number", "FirstOrDefault"),
            Diagnostic(1, "Customer.Cnic", "CNIC number", "SingleOrDefault"),
            Diagnostic(2, "Customer.Cnic", "CNIC number", "Any"),
            Diagnostic(3, "Customer.Cnic", "CNIC number", "Where"),
            Diagnostic(4, "Customer.Cnic", "CNIC number", "Where"),
            Diagnostic(5, "Customer.Cnic", "CNIC number", "OrderBy"),
            Diagnostic(6, "Customer.Cnic", "CNIC number", "GroupBy"),
            Diagnostic(7, "Customer.Iban", "bank account number", "Where"),
            Diagnostic(8, "Document.Number", "encrypted value", "Any"),
            Diagnostic(9, "Customer.Cnic", "CNIC number", "Join"),
            Diagnostic(10, "Document.Number", "encrypted value", "Join"));
    }

    [Fact]
    public async Task Reads_null_checks_lookups_and_in_memory_filters_are_not_reported()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Linq;
            using PrivacyAnalyzers.EntityFrameworkCore;

            namespace Kyc;

            public class CustomerQueries(KycContext db, PiiLookupHasher lookup)
            {
                // Reading the value back decrypts it: fine.
                public List<string?> Cnics() => db.Customers.Select(c => c.Cnic).ToList();

                // Null stays null in the column: null checks work.
                public int Missing() => db.Customers.Count(c => c.Cnic == null || null != c.Iban);

                // The documented lookup: a keyed hash in its own column.
                public Customer? ByCnic(string cnic) => db.Customers.FirstOrDefault(c => c.CnicLookup == lookup.Hash(cnic));

                // After loading, in memory (Enumerable, not Queryable): compares plaintext.
                public Customer? Loaded(string cnic) => db.Customers.AsEnumerable().FirstOrDefault(c => c.Cnic == cnic);

                public Customer? InList(List<Customer> customers, string cnic) => customers.FirstOrDefault(c => c.Cnic == cnic);

                // Plain columns, and the length of the value (reported by no rule: it is not a value test).
                public List<Customer> ByName(string name) => db.Customers.Where(c => c.Name == name && c.Msisdn == name).OrderBy(c => c.Name).ToList();
            }
            """;
        await VerifyProject<EncryptedColumnQueriedAnalyzer, EmptyCodeFixProvider>.RunAsync(new[] { source, Model }, null, null);
    }

    [Fact]
    public async Task A_team_converter_that_encrypts_is_not_judged_it_may_be_deterministic()
    {
        // Listed as encrypting, so PII3001 counts the member as protected; whether it encrypts with a fresh IV (then
        // queries match nothing) or deterministically (then they work) is not in the code, so PII3009 stays silent.
        const string source = """
            using System.Linq;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
            using PrivacyAnalyzers.Annotations;

            namespace Vault;

            public class TeamAes() : ValueConverter<string, string>(v => v, v => v);

            public class Account
            {
                public int Id { get; set; }
                [Pii(PiiKind.Cnic)] public string Cnic { get; set; } = "";
            }

            public class VaultContext(DbContextOptions<VaultContext> options) : DbContext(options)
            {
                public DbSet<Account> Accounts => Set<Account>();

                protected override void OnModelCreating(ModelBuilder modelBuilder) =>
                    modelBuilder.Entity<Account>().Property(a => a.Cnic).HasConversion<TeamAes>();

                public Account? ByCnic(string cnic) => Accounts.FirstOrDefault(a => a.Cnic == cnic);
            }
            """;
        await VerifyProject<EncryptedColumnQueriedAnalyzer, EmptyCodeFixProvider>.AnalyzeWithOptionsAsync(
            "privacy_analyzers.encrypting_value_converters = Vault.TeamAes", new[] { ("Test0.cs", source) });

        // The same converter declared randomised by the team (a random IV per value, as a real AES-CFB converter of a
        // public app does): reported.
        var marked = source.Replace("Accounts.FirstOrDefault(a => a.Cnic == cnic)", "Accounts.FirstOrDefault(a => {|#0:a.Cnic|} == cnic)");
        await VerifyProject<EncryptedColumnQueriedAnalyzer, EmptyCodeFixProvider>.AnalyzeWithOptionsAsync(
            "PII3009.randomized_value_converters = Vault.TeamAes", new[] { ("Test0.cs", marked) },
            Diagnostic(0, "Account.Cnic", "CNIC number", "FirstOrDefault"));
    }

    [Fact]
    public async Task A_lookup_column_only_ever_given_the_keyed_hash_is_not_an_unencrypted_CNIC()
    {
        // Tagged as a CNIC column by its team; every write gives it PiiLookupHasher output, a one-way hash.
        const string source = """
            using Microsoft.EntityFrameworkCore;
            using PrivacyAnalyzers.Annotations;
            using PrivacyAnalyzers.EntityFrameworkCore;

            namespace Lookup;

            public class Holder
            {
                public int Id { get; set; }
                [Pii(PiiKind.Cnic)] public string? CnicKey { get; set; }
                [Pii(PiiKind.Cnic)] public string? CnicCopy { get; set; }
            }

            public class LookupContext(DbContextOptions<LookupContext> options) : DbContext(options)
            {
                public DbSet<Holder> {|#0:Holders|} => Set<Holder>();
            }

            public class Registration(PiiLookupHasher lookup)
            {
                public Holder Register(string cnic) => new() { CnicKey = lookup.Hash(cnic), CnicCopy = cnic };
            }
            """;
        await VerifyProject<IdentityDataStoredUnencryptedAnalyzer, EmptyCodeFixProvider>.RunAsync(new[] { source }, null, null,
            VerifyProject<IdentityDataStoredUnencryptedAnalyzer, EmptyCodeFixProvider>.Diagnostic(0, "Holder.CnicCopy", "CNIC number", "LookupContext.Holders"));
    }

    private static DiagnosticResult Diagnostic(int markup, string member, string kind, string queryOperator) =>
        VerifyProject<EncryptedColumnQueriedAnalyzer, EmptyCodeFixProvider>.Diagnostic(markup, member, kind, queryOperator);
}
