using MessagingPlatform.Billing;
using MessagingPlatform.Customers;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using PrivacyAnalyzers.EntityFrameworkCore;

namespace MessagingPlatform.Data;

/// <summary>
/// The platform's operational database. It encrypts [Encrypted] members, but Customer.Cnic is not marked (PII3001),
/// and PaymentMethod keeps the full card number (PII3005) and the CVV (PII3004).
/// </summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options, IDataProtectionProvider dataProtection)
    : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<PaymentMethod> PaymentMethods => Set<PaymentMethod>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UsePiiEncryption(dataProtection);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<PaymentMethod>().HasKey(p => new { p.CustomerId, p.ExpiryYear, p.ExpiryMonth });
}
