using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>
/// Every row of the catalog names something that exists in the real library it stands for: the type, the methods, the
/// parameters that carry data, the property with a setter, the sanitizer's method, the source's member. Rows are matched
/// by name, so a misspelt row would otherwise match nothing, silently. Rows that cover derived types are checked against
/// a real derived type of the references (a provider's command, parameter and collection).
/// </summary>
public class CatalogRowsResolveTests
{
    private static readonly Lazy<Task<Compilation>> Everything = new(async () =>
    {
        var references = (await WholePackage.ReferencesAsync())
            .AddRange(TestReferences.Packages)
            .AddRange(TestReferences.Stores)
            .AddRange(TestReferences.Telemetry)
            .AddRange(TestReferences.ThirdParties)
            .AddRange(TestReferences.AzureOpenAI)
            .Add(FromType(typeof(BCrypt.Net.BCrypt)))
            .Add(FromType(typeof(Isopoh.Cryptography.Argon2.Argon2)))
            .Add(FromType(typeof(Microsoft.Data.SqlClient.SqlCommand)));
        return Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Catalog", references: references.Distinct());
    });

    public static TheoryData<int> SinkRows() => Indexes(SinkCatalog.Rows.Length);

    [Theory]
    [MemberData(nameof(SinkRows))]
    public async Task Sink_row_names_a_real_member_and_real_parameters(int index)
    {
        var row = SinkCatalog.Rows[index];
        var compilation = await Everything.Value;
        var type = compilation.GetTypeByMetadataName(row.Type);
        Assert.True(type is not null, $"{row.Type} does not resolve");
        var owners = row.IncludesDerivedTypes ? DerivedTypes(compilation, type!).Prepend(type!).ToList() : new List<INamedTypeSymbol> { type! };
        switch (row.Member)
        {
            case SinkMember.Method:
                foreach (var name in row.Names)
                {
                    var methods = owners.SelectMany(o => o.GetMembers(name)).OfType<IMethodSymbol>().ToList();
                    Assert.True(methods.Count > 0, $"{row.Type} has no method {name}");
                }

                AssertParameters(row, owners.SelectMany(o => row.Names.SelectMany(n => o.GetMembers(n))).OfType<IMethodSymbol>());
                break;
            case SinkMember.Constructor:
                AssertParameters(row, owners.SelectMany(o => o.InstanceConstructors));
                break;
            case SinkMember.PropertySetter when row.Names.IsEmpty:
                // Any property of the type or of the types it covers: some must be settable.
                Assert.Contains(owners.SelectMany(o => o.GetMembers()), m => m is IPropertySymbol { SetMethod: not null });
                break;
            case SinkMember.PropertySetter:
                Assert.Contains(type!.GetMembers(row.Names.Single()), m => m is IPropertySymbol { SetMethod: not null });
                break;
            case SinkMember.IndexerSetter:
                Assert.Contains(type!.GetMembers(), m => m is IPropertySymbol { IsIndexer: true, SetMethod: not null });
                break;
            case SinkMember.AttributedMethod:
                Assert.Equal("Attribute", type!.BaseType?.Name);
                break;
            case SinkMember.DelegateFirstArgument:
                Assert.NotEqual(TypeKind.Error, type!.TypeKind);
                break;
        }
    }

    public static TheoryData<int> SanitizerRows() => Indexes(SanitizerCatalog.Rows.Length);

    [Theory]
    [MemberData(nameof(SanitizerRows))]
    public async Task Sanitizer_row_names_a_real_method(int index)
    {
        var row = SanitizerCatalog.Rows[index];
        var type = (await Everything.Value).GetTypeByMetadataName(row.Type);
        Assert.True(type is not null, $"{row.Type} does not resolve");
        if (row.Method is not null)
        {
            Assert.Contains(type!.GetMembers(row.Method), m => m is IMethodSymbol);
        }
    }

    [Fact]
    public async Task Source_rows_flow_types_and_known_type_names_resolve()
    {
        var compilation = await Everything.Value;
        foreach (var row in SourceCatalog.Rows)
        {
            var type = compilation.GetTypeByMetadataName(row.Type);
            Assert.True(type is not null, $"{row.Type} does not resolve");
            Assert.True(type!.GetMembers(row.Member).Any(m => row.Shape switch
            {
                SourceShape.Member => m is IPropertySymbol { IsIndexer: false } or IFieldSymbol,
                SourceShape.IndexerKey => m is IPropertySymbol { IsIndexer: true },
                _ => m is IMethodSymbol { ReturnsVoid: false },
            }), $"{row.Type} has no {row.Shape} {row.Member}");
            // A claim row's kind is the claim type's.
            Assert.True(row.Shape == SourceShape.ClaimByType ? row.Kind.Length == 0 : PiiKinds.Find(row.Kind) is not null, $"{row.Type}.{row.Member}: kind '{row.Kind}'");
        }

        var names = FlowCatalog.CarrierTypes.Concat(FlowCatalog.TextBuildingTypes).Concat(SinkCatalog.NonDataParameterTypes)
            .Concat(typeof(KnownTypeNames).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!));
        Assert.All(names, name => Assert.True(compilation.GetTypeByMetadataName(name) is not null, $"{name} does not resolve"));
    }

    [Fact]
    public void Every_family_is_reported_by_a_rule_and_every_row_sends_somewhere()
    {
        Assert.All(SinkCatalog.Rows, row => Assert.NotEqual(SinkFamily.None, row.Families));
        var used = SinkCatalog.Rows.Aggregate(SinkFamily.None, (all, row) => all | row.Families);
        foreach (var family in Enum.GetValues<SinkFamily>().Where(f => f != SinkFamily.None))
        {
            Assert.True((used & family) != 0, $"no row sends to {family}");
        }
    }

    /// <summary>Each named parameter of the row is a parameter of at least one of the members it stands for.</summary>
    private static void AssertParameters(SinkRow row, IEnumerable<IMethodSymbol> members)
    {
        var names = members.SelectMany(m => m.Parameters).Select(p => p.Name).ToHashSet();
        foreach (var parameter in row.Parameters)
        {
            Assert.True(names.Contains(parameter.Name), $"no member of {row.Type} has a parameter '{parameter.Name}'");
        }
    }

    /// <summary>Types of the references that derive from or implement <paramref name="type"/>.</summary>
    private static IEnumerable<INamedTypeSymbol> DerivedTypes(Compilation compilation, INamedTypeSymbol type)
    {
        var pending = new Stack<INamespaceOrTypeSymbol>(compilation.SourceModule.ReferencedAssemblySymbols.Select(a => a.GlobalNamespace));
        while (pending.Count > 0)
        {
            var container = pending.Pop();
            if (container is INamespaceSymbol ns)
            {
                foreach (var child in ns.GetNamespaceMembers())
                {
                    pending.Push(child);
                }
            }

            foreach (var candidate in container.GetTypeMembers())
            {
                if (candidate.DeclaredAccessibility == Accessibility.Public
                    && (Inherits(candidate, type) || candidate.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, type))))
                {
                    yield return candidate;
                }
            }
        }
    }

    private static bool Inherits(INamedTypeSymbol candidate, INamedTypeSymbol type)
    {
        for (var current = candidate.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, type))
            {
                return true;
            }
        }

        return false;
    }

    private static TheoryData<int> Indexes(int count)
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    private static MetadataReference FromType(Type type) => MetadataReference.CreateFromFile(type.Assembly.Location);
}
