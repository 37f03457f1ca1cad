using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace PrivacyAnalyzers.EntityFrameworkCore;

/// <summary>What <c>options.UsePiiEncryption(...)</c> adds: the protector, and a plugin that puts
/// <see cref="PiiEncryptionConvention"/> into the context's conventions.</summary>
internal sealed class PiiEncryptionOptionsExtension(IDataProtector protector) : IDbContextOptionsExtension
{
    private DbContextOptionsExtensionInfo? _info;

    public IDataProtector Protector { get; } = protector;

    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services) =>
        new EntityFrameworkServicesBuilder(services).TryAdd<IConventionSetPlugin, ConventionSetPlugin>();

    public void Validate(IDbContextOptions options)
    {
    }

    /// <summary>Reads the protector from the options of the context being built, so one internal service provider serves
    /// every protector.</summary>
    private sealed class ConventionSetPlugin(IDbContextOptions options) : IConventionSetPlugin
    {
        public ConventionSet ModifyConventions(ConventionSet conventionSet)
        {
            if (options.FindExtension<PiiEncryptionOptionsExtension>() is { } extension)
            {
                conventionSet.Add(new PiiEncryptionConvention(extension.Protector));
            }

            return conventionSet;
        }
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "PiiEncryption ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) => debugInfo["PrivacyAnalyzers:PiiEncryption"] = "1";
    }
}
