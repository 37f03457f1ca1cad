using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.CodeFixes;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Storage;

/// <summary>The EF Core storage rules on one model: what each flags, the look-alikes, the options, the fixes.</summary>
public class EfCoreStorageTests
{
    private const string Entities = """
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations.Schema;
        using Microsoft.EntityFrameworkCore;
        using PrivacyAnalyzers.Annotations;

        namespace Crm;

        public class Customer
        {
            public int Id { get; set; }
            [Pii(PiiKind.Cnic)] public string Cnic { get; set; } = "";
            [Pii(PiiKind.Aadhaar)] [Encrypted] public string Aadhaar { get; set; } = "";
            public string Password { get; set; } = "";
            public string PasswordHash { get; set; } = "";
            public bool CnicVerified { get; set; }
            public Kyc Kyc { get; set; } = new();
            public List<Card> Cards { get; set; } = new();
            public string Pan { get; set; } = "";
            [NotMapped] public string NationalId { get; set; } = "";
            public string Iban { get; } = "";
        }

        [Owned]
        public class Kyc
        {
            [Pii(PiiKind.Passport)] public string PassportNo { get; set; } = "";
            public string Status { get; set; } = "";
        }

        public class Card
        {
            public int Id { get; set; }
            public string CardNumber { get; set; } = "";
            public string Cvv { get; set; } = "";
            public string CardNumberLast4 { get; set; } = "";
            public string ProcessorToken { get; set; } = "";
        }

        public class Lead
        {
            public int Id { get; set; }
            [Pii(PiiKind.Cnic)] public string Cnic { get; set; } = "";
        }
        """;

    private const string Context = """
        using Microsoft.AspNetCore.DataProtection;
        using Microsoft.EntityFrameworkCore;
        using PrivacyAnalyzers.EntityFrameworkCore;

        namespace Crm;

        public class CrmContext(IDataProtector protector) : DbContext
        {
            public DbSet<Customer> {|#0:Customers|} => Set<Customer>();

            protected override void OnModelCreating(ModelBuilder modelBuilder)
            {
                modelBuilder.Entity<Customer>().Ignore(c => c.Pan);
                modelBuilder.Entity<Lead>().Property(l => l.Cnic).HasConversion(new PiiEncryptionConverter(protector));
            }
        }

        public class SecureContext(IDataProtectionProvider provider) : DbContext
        {
            public DbSet<Customer> {|#1:Customers|} { get; set; } = null!;

            protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.UsePiiEncryption(provider);
        }
        """;

    [Fact]
    public async Task PII3001_identity_numbers_stored_unencrypted_including_owned_types()
    {
        await VerifyProject<IdentityDataStoredUnencryptedAnalyzer, StoredMemberCodeFix>.RunAsync(new[] { Context, Entities }, null, null,
            Diagnostic<IdentityDataStoredUnencryptedAnalyzer>(0, "Customer.Cnic", "CNIC number", "CrmContext.Customers"),
            Diagnostic<IdentityDataStoredUnencryptedAnalyzer>(0, "Customer.Kyc.PassportNo", "passport number", "CrmContext.Customers"),
            Diagnostic<IdentityDataStoredUnencryptedAnalyzer>(1, "Customer.Cnic", "CNIC number", "SecureContext.Customers"),
            Diagnostic<IdentityDataStoredUnencryptedAnalyzer>(1, "Customer.Kyc.PassportNo", "passport number", "SecureContext.Customers"),
            // CrmContext ignores Customer.Pan; SecureContext maps it.
            Diagnostic<IdentityDataStoredUnencryptedAnalyzer>(1, "Customer.Pan", "PAN", "SecureContext.Customers"));
    }

    [Fact]
    public async Task PII3002_encrypted_marker_without_the_convention()
    {
        await VerifyProject<EncryptionNotAppliedAnalyzer, StoredMemberCodeFix>.RunAsync(new[] { Context, Entities }, null, null,
            Diagnostic<EncryptionNotAppliedAnalyzer>(0, "Customer.Aadhaar", "Aadhaar number", "CrmContext"));
    }

    [Fact]
    public async Task PII3002_accepts_encryption_registered_on_the_options_of_that_context_only()
    {
        const string source = """
            using Microsoft.AspNetCore.DataProtection;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.DependencyInjection;
            using PrivacyAnalyzers.Annotations;
            using PrivacyAnalyzers.EntityFrameworkCore;

            namespace Kyc;

            public class Holder
            {
                public int Id { get; set; }
                [Pii(PiiKind.Cnic)] [Encrypted] public string Cnic { get; set; } = "";
            }

            public class RegisteredContext(DbContextOptions<RegisteredContext> options) : DbContext(options)
            {
                public DbSet<Holder> Holders => Set<Holder>();
            }

            public class TypedOptionsContext(DbContextOptions<TypedOptionsContext> options) : DbContext(options)
            {
                public DbSet<Holder> Holders => Set<Holder>();
            }

            public class SelfConfiguredContext(IDataProtectionProvider provider) : DbContext
            {
                public DbSet<Holder> Holders => Set<Holder>();

                protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UsePiiEncryption(provider);
            }

            // Registered beside the others, without encryption: still reported.
            public class ForgottenContext(DbContextOptions<ForgottenContext> options) : DbContext(options)
            {
                public DbSet<Holder> {|#0:Holders|} => Set<Holder>();
            }

            public static class Startup
            {
                public static void Configure(IServiceCollection services)
                {
                    services.AddDbContext<RegisteredContext>((provider, options) =>
                        options.UsePiiEncryption(provider.GetRequiredService<IDataProtectionProvider>()));
                    services.AddDbContext<ForgottenContext>();
                }

                public static TypedOptionsContext Open(IDataProtectionProvider provider) =>
                    new(new DbContextOptionsBuilder<TypedOptionsContext>().UsePiiEncryption(provider).Options);
            }
            """;
        await RunWithOptions<EncryptionNotAppliedAnalyzer>(source, "",
            Diagnostic<EncryptionNotAppliedAnalyzer>(0, "Holder.Cnic", "CNIC number", "ForgottenContext"));
    }

    [Fact]
    public async Task PII3002_judges_an_abstract_context_by_the_contexts_derived_from_it()
    {
        const string source = """
            using Microsoft.AspNetCore.DataProtection;
            using Microsoft.EntityFrameworkCore;
            using PrivacyAnalyzers.Annotations;
            using PrivacyAnalyzers.EntityFrameworkCore;

            namespace Kyc;

            public class Holder
            {
                public int Id { get; set; }
                [Pii(PiiKind.Cnic)] [Encrypted] public string Cnic { get; set; } = "";
            }

            public abstract class KycContext(DbContextOptions options) : DbContext(options)
            {
                public DbSet<Holder> {|#0:Holders|} => Set<Holder>();
            }

            public class EncryptedContext(DbContextOptions<EncryptedContext> options, IDataProtectionProvider provider) : KycContext(options)
            {
                protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
                    configurationBuilder.UsePiiEncryption(provider);
            }

            public class PlainContext(DbContextOptions<PlainContext> options) : KycContext(options);
            """;
        // Once, for the derived context that does not register it; not for the abstract base, nor for the one that does.
        await RunWithOptions<EncryptionNotAppliedAnalyzer>(source, "",
            Diagnostic<EncryptionNotAppliedAnalyzer>(0, "Holder.Cnic", "CNIC number", "PlainContext"));
    }

    [Fact]
    public async Task PII3002_counts_a_shared_options_helper_for_every_context()
    {
        // Which context such a helper configures is not in the code: reporting an encrypted one would be a false positive.
        const string source = """
            using Microsoft.AspNetCore.DataProtection;
            using Microsoft.EntityFrameworkCore;
            using PrivacyAnalyzers.Annotations;
            using PrivacyAnalyzers.EntityFrameworkCore;

            namespace Kyc;

            public class Holder
            {
                public int Id { get; set; }
                [Pii(PiiKind.Cnic)] [Encrypted] public string Cnic { get; set; } = "";
            }

            public class AnyContext(DbContextOptions options) : DbContext(options)
            {
                public DbSet<Holder> Holders => Set<Holder>();
            }

            public static class DatabaseOptions
            {
                public static DbContextOptionsBuilder Secure(DbContextOptionsBuilder options, IDataProtectionProvider provider) =>
                    options.UsePiiEncryption(provider);
            }
            """;
        await RunWithOptions<EncryptionNotAppliedAnalyzer>(source, "");
    }

    [Fact]
    public async Task PII3003_password_stored_but_not_its_hash()
    {
        await VerifyProject<PasswordStoredAnalyzer, StoredMemberCodeFix>.RunAsync(new[] { Context, Entities }, null, null,
            Diagnostic<PasswordStoredAnalyzer>(0, "Customer.Password", "password", "CrmContext.Customers"),
            Diagnostic<PasswordStoredAnalyzer>(1, "Customer.Password", "password", "SecureContext.Customers"));
    }

    [Fact]
    public async Task PII3004_and_PII3005_card_data_through_a_navigation()
    {
        await VerifyProject<CardSecurityCodeStoredAnalyzer, StoredMemberCodeFix>.RunAsync(new[] { Context, Entities }, null, null,
            Diagnostic<CardSecurityCodeStoredAnalyzer>(0, "Customer.Cards.Cvv", "card security code", "CrmContext.Customers"),
            Diagnostic<CardSecurityCodeStoredAnalyzer>(1, "Customer.Cards.Cvv", "card security code", "SecureContext.Customers"));
        await VerifyProject<CardNumberStoredAnalyzer, StoredMemberCodeFix>.RunAsync(new[] { Context, Entities }, null, null,
            Diagnostic<CardNumberStoredAnalyzer>(0, "Customer.Cards.CardNumber", "payment card number", "CrmContext.Customers"),
            Diagnostic<CardNumberStoredAnalyzer>(1, "Customer.Cards.CardNumber", "payment card number", "SecureContext.Customers"));
    }

    private const string Marketplace = """
        using System.Collections.Generic;
        using Microsoft.EntityFrameworkCore;
        using PrivacyAnalyzers.Annotations;

        namespace Market;

        public class Product
        {
            public int Id { get; set; }
            public List<Review> Reviews { get; set; } = new();
        }

        public class Review
        {
            public int Id { get; set; }
            public Buyer Author { get; set; } = null!;
        }

        public class Buyer
        {
            public int Id { get; set; }
            public List<Order> Orders { get; set; } = new();
        }

        public class Order
        {
            public int Id { get; set; }
            [Pii(PiiKind.CardSecurityCode)] public string CardCvv2 { get; set; } = "";
        }
        """;

    [Fact]
    public async Task A_stored_member_is_reported_once_at_its_own_DbSet_even_when_an_earlier_DbSet_navigates_to_it()
    {
        // Products is declared first and reaches Order through three navigations; Orders maps Order itself.
        const string context = """
            using Microsoft.EntityFrameworkCore;

            namespace Market;

            public class MarketContext : DbContext
            {
                public DbSet<Product> Products { get; set; } = null!;
                public DbSet<Buyer> Buyers { get; set; } = null!;
                public DbSet<Order> {|#0:Orders|} { get; set; } = null!;
            }
            """;
        await VerifyProject<CardSecurityCodeStoredAnalyzer, StoredMemberCodeFix>.RunAsync(new[] { context, Marketplace }, null, null,
            Diagnostic<CardSecurityCodeStoredAnalyzer>(0, "Order.CardCvv2", "card security code", "MarketContext.Orders"));
    }

    [Fact]
    public async Task Without_its_own_DbSet_a_stored_member_is_reported_once_through_the_shortest_navigation()
    {
        // Products comes first, but Buyers reaches Order in one navigation instead of three.
        const string context = """
            using Microsoft.EntityFrameworkCore;

            namespace Market;

            public class MarketContext : DbContext
            {
                public DbSet<Product> Products { get; set; } = null!;
                public DbSet<Buyer> {|#0:Buyers|} { get; set; } = null!;
            }
            """;
        await VerifyProject<CardSecurityCodeStoredAnalyzer, StoredMemberCodeFix>.RunAsync(new[] { context, Marketplace }, null, null,
            Diagnostic<CardSecurityCodeStoredAnalyzer>(0, "Buyer.Orders.CardCvv2", "card security code", "MarketContext.Buyers"));

        // With only the long way in, that is where it is reported.
        const string onlyProducts = """
            using Microsoft.EntityFrameworkCore;

            namespace Market;

            public class MarketContext : DbContext
            {
                public DbSet<Product> {|#0:Products|} { get; set; } = null!;
            }
            """;
        await VerifyProject<CardSecurityCodeStoredAnalyzer, StoredMemberCodeFix>.RunAsync(new[] { onlyProducts, Marketplace }, null, null,
            Diagnostic<CardSecurityCodeStoredAnalyzer>(0, "Product.Reviews.Author.Orders.CardCvv2", "card security code", "MarketContext.Products"));
    }

    [Fact]
    public async Task Options_declare_encrypting_converters_and_allow_encrypted_card_numbers()
    {
        const string source = """
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
            using PrivacyAnalyzers.Annotations;
            using PrivacyAnalyzers.EntityFrameworkCore;

            namespace Vault;

            public class AesConverter() : ValueConverter<string, string>(v => v, v => v);

            public class Account
            {
                public int Id { get; set; }
                [Pii(PiiKind.Cnic)] public string Cnic { get; set; } = "";
                [Encrypted] public string CardNumber { get; set; } = "";
            }

            public class VaultContext : DbContext
            {
                public DbSet<Account> {|#0:Accounts|} { get; set; } = null!;

                protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
                    configurationBuilder.UsePiiEncryption(new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider());

                protected override void OnModelCreating(ModelBuilder modelBuilder) =>
                    modelBuilder.Entity<Account>().Property(a => a.Cnic).HasConversion<AesConverter>();
            }
            """;

        // Without configuration: the team's converter is unknown, and encrypted card numbers are still card numbers.
        await RunWithOptions<IdentityDataStoredUnencryptedAnalyzer>(source, "",
            Diagnostic<IdentityDataStoredUnencryptedAnalyzer>(0, "Account.Cnic", "CNIC number", "VaultContext.Accounts"));
        await RunWithOptions<CardNumberStoredAnalyzer>(source, "",
            Diagnostic<CardNumberStoredAnalyzer>(0, "Account.CardNumber", "payment card number", "VaultContext.Accounts"));

        // With it: both are accepted. A malformed flag is ignored (the default applies).
        await RunWithOptions<IdentityDataStoredUnencryptedAnalyzer>(source, "privacy_analyzers.encrypting_value_converters = Other.Converter, Vault.AesConverter");
        await RunWithOptions<CardNumberStoredAnalyzer>(source, "PII3005.allow_encrypted_card_numbers = true");
        await RunWithOptions<CardNumberStoredAnalyzer>(source, "PII3005.allow_encrypted_card_numbers = perhaps",
            Diagnostic<CardNumberStoredAnalyzer>(0, "Account.CardNumber", "payment card number", "VaultContext.Accounts"));
    }

    [Fact]
    public async Task Fix_marks_identity_members_encrypted_in_the_entity_file()
    {
        const string context = """
            using Microsoft.AspNetCore.DataProtection;
            using Microsoft.EntityFrameworkCore;
            using PrivacyAnalyzers.EntityFrameworkCore;

            namespace Crm;

            public class KycContext(IDataProtectionProvider provider) : DbContext
            {
                public DbSet<Holder> {|#0:Holders|} { get; set; } = null!;

                protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.UsePiiEncryption(provider);
            }
            """;
        const string entity = """
            using PrivacyAnalyzers.Annotations;

            namespace Crm;

            public class Holder
            {
                public int Id { get; set; }

                [Pii(PiiKind.Cnic)]
                public string Cnic { get; set; } = "";

                public string PassportNumber { get; set; } = "";

                [Pii(PiiKind.Aadhaar)]
                public long AadhaarNumber { get; set; }
            }
            """;
        const string fixedEntity = """
            using PrivacyAnalyzers.Annotations;

            namespace Crm;

            public class Holder
            {
                public int Id { get; set; }

                [Pii(PiiKind.Cnic)]
                [Encrypted]
                public string Cnic { get; set; } = "";

                [Encrypted]
                public string PassportNumber { get; set; } = "";

                [Pii(PiiKind.Aadhaar)]
                public long AadhaarNumber { get; set; }
            }
            """;
        var test = new VerifyProject<IdentityDataStoredUnencryptedAnalyzer, StoredMemberCodeFix>.Test
        {
            CodeActionEquivalenceKey = StoredMemberCodeFix.EncryptKey,
        };
        test.TestState.Sources.Add(("/0/Test0.cs", context));
        test.TestState.Sources.Add(("/0/Test1.cs", entity));
        test.FixedState.Sources.Add(("/0/Test0.cs", context.Replace("{|#0:Holders|}", "Holders")));
        test.FixedState.Sources.Add(("/0/Test1.cs", fixedEntity));
        // A long cannot be encrypted by the runtime (strings only): reported, no fix, so it stays in the fixed state.
        test.FixedState.ExpectedDiagnostics.Add(new DiagnosticResult(IdentityDataStoredUnencryptedAnalyzer.Rule)
            .WithSpan("/0/Test0.cs", 9, 26, 9, 33).WithArguments("Holder.AadhaarNumber", "Aadhaar number", "KycContext.Holders")
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.ExpectedDiagnostics.Add(Diagnostic<IdentityDataStoredUnencryptedAnalyzer>(0, "Holder.Cnic", "CNIC number", "KycContext.Holders"));
        test.ExpectedDiagnostics.Add(Diagnostic<IdentityDataStoredUnencryptedAnalyzer>(0, "Holder.PassportNumber", "passport number", "KycContext.Holders"));
        test.ExpectedDiagnostics.Add(Diagnostic<IdentityDataStoredUnencryptedAnalyzer>(0, "Holder.AadhaarNumber", "Aadhaar number", "KycContext.Holders"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_stops_mapping_card_security_codes()
    {
        await VerifyProject<CardSecurityCodeStoredAnalyzer, StoredMemberCodeFix>.RunAsync(
            new[] { Context, Entities },
            new[] { Context.Replace("{|#0:Customers|}", "Customers").Replace("{|#1:Customers|}", "Customers"), Entities.Replace(
                "    public string Cvv { get; set; } = \"\";",
                "    [NotMapped]\n    public string Cvv { get; set; } = \"\";") },
            StoredMemberCodeFix.NotMappedKey,
            Diagnostic<CardSecurityCodeStoredAnalyzer>(0, "Customer.Cards.Cvv", "card security code", "CrmContext.Customers"),
            Diagnostic<CardSecurityCodeStoredAnalyzer>(1, "Customer.Cards.Cvv", "card security code", "SecureContext.Customers"));
    }

    [Fact]
    public async Task Contexts_split_over_files_nested_or_inherited_report_each_finding_once_and_the_fix_applies()
    {
        // The rules report per file: each finding must appear once, on its own mapping, whichever file declares which part.
        const string shopPart = """
            using Microsoft.EntityFrameworkCore;

            namespace Shop
            {
                public partial class ShopContext : BaseContext
                {
                    public DbSet<Buyer> {|#0:Buyers|} { get; set; } = null!;
                }
            }
            """;
        const string shopConfiguration = """
            using Microsoft.EntityFrameworkCore;

            namespace Shop
            {
                public partial class ShopContext
                {
                    protected override void OnModelCreating(ModelBuilder modelBuilder) => {|#1:modelBuilder.Entity<Seller>()|};
                }

                public static class Contexts
                {
                    public class ArchiveContext : DbContext
                    {
                        public DbSet<Seller> {|#2:Sellers|} { get; set; } = null!;
                    }
                }
            }
            """;
        const string baseContext = """
            using Microsoft.EntityFrameworkCore;

            namespace Shop;

            public abstract class BaseContext : DbContext
            {
                public DbSet<Member> {|#3:Members|} { get; set; } = null!;
            }
            """;
        const string entities = """
            using PrivacyAnalyzers.Annotations;

            namespace Shop;

            public class Buyer
            {
                public int Id { get; set; }
                public string Cnic { get; set; } = "";
            }

            public class Seller
            {
                public int Id { get; set; }
                public string PassportNumber { get; set; } = "";
            }

            public class Member
            {
                public int Id { get; set; }
                public string NicopNumber { get; set; } = "";
            }
            """;
        var fixedEntities = entities
            .Replace("    public string Cnic", "    [Encrypted]\n    public string Cnic")
            .Replace("    public string PassportNumber", "    [Encrypted]\n    public string PassportNumber")
            .Replace("    public string NicopNumber", "    [Encrypted]\n    public string NicopNumber");
        string[] sources = { shopPart, shopConfiguration, baseContext, entities };
        string[] fixedSources =
        {
            shopPart.Replace("{|#0:Buyers|}", "Buyers"),
            shopConfiguration.Replace("{|#1:modelBuilder.Entity<Seller>()|}", "modelBuilder.Entity<Seller>()").Replace("{|#2:Sellers|}", "Sellers"),
            baseContext.Replace("{|#3:Members|}", "Members"),
            fixedEntities,
        };
        await VerifyProject<IdentityDataStoredUnencryptedAnalyzer, StoredMemberCodeFix>.RunAsync(sources, fixedSources, StoredMemberCodeFix.EncryptKey,
            Diagnostic<IdentityDataStoredUnencryptedAnalyzer>(0, "Buyer.Cnic", "CNIC number", "ShopContext.Buyers"),
            Diagnostic<IdentityDataStoredUnencryptedAnalyzer>(1, "Seller.PassportNumber", "passport number", "ShopContext.Entity<Seller>()"),
            Diagnostic<IdentityDataStoredUnencryptedAnalyzer>(2, "Seller.PassportNumber", "passport number", "ArchiveContext.Sellers"),
            // A DbSet inherited from an abstract base context in another file: reported for the derived context, which is
            // the one stored through, not again for the base.
            Diagnostic<IdentityDataStoredUnencryptedAnalyzer>(3, "Member.NicopNumber", "CNIC number", "ShopContext.Members"));
    }

    private static DiagnosticResult Diagnostic<TAnalyzer>(int markup, string path, string kind, string mapping)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new() =>
        VerifyProject<TAnalyzer, StoredMemberCodeFix>.Diagnostic(markup, path, kind, mapping);

    private static async Task RunWithOptions<TAnalyzer>(string source, string options, params DiagnosticResult[] expected)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        var test = new VerifyProject<TAnalyzer, StoredMemberCodeFix>.Test();
        test.TestState.Sources.Add(("/0/Test0.cs", source));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"root = true\n\n[*.cs]\n{options}\n"));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
