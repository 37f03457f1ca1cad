using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Benchmark;

/// <summary>What the corpus compiles against: the reference packs of the SDK that runs the benchmark (.NET and
/// ASP.NET Core), plus the package assemblies this benchmark itself depends on (EF Core, Serilog, the annotations, and
/// the Twilio and OpenAI SDKs the corpus shares data through).</summary>
internal static class References
{
    private static readonly string[] PackageAssemblies =
    {
        "Microsoft.EntityFrameworkCore", "Microsoft.EntityFrameworkCore.Abstractions", "Serilog", "Newtonsoft.Json",
        "PrivacyAnalyzers.Annotations", "PrivacyAnalyzers.EntityFrameworkCore", "Twilio", "OpenAI", "System.ClientModel",
    };

    public static ImmutableArray<MetadataReference> Load()
    {
        // .../dotnet/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll -> .../dotnet
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var builder = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var pack in new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" })
        {
            var versions = Directory.GetDirectories(Path.Combine(dotnetRoot, "packs", pack)).OrderBy(v => Version.Parse(Path.GetFileName(v)));
            var refFolder = Directory.GetDirectories(Path.Combine(versions.Last(), "ref")).Single();
            builder.AddRange(Directory.GetFiles(refFolder, "*.dll").Select(f => MetadataReference.CreateFromFile(f)));
        }

        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        foreach (var name in PackageAssemblies)
        {
            builder.Add(MetadataReference.CreateFromFile(trusted.Single(p => Path.GetFileNameWithoutExtension(p) == name)));
        }

        return builder.ToImmutable();
    }
}
