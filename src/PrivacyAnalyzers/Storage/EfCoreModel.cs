using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Exposure;

namespace PrivacyAnalyzers.Storage
{
    /// <summary>How a mapped PII member is protected at rest.</summary>
    internal enum AtRestProtection
    {
        /// <summary>Stored as written.</summary>
        None,

        /// <summary><c>[Encrypted]</c>, but the context never applies <c>UsePiiEncryption</c>: still stored as written.</summary>
        MarkedButNotApplied,

        /// <summary><c>[Encrypted]</c> with the convention, or an encrypting value converter.</summary>
        Encrypted,
    }

    /// <summary>A PII member that a DbContext persists, and through which mapping.</summary>
    internal sealed class PersistedPii
    {
        public PersistedPii(PiiClassification source, string path, Location mapping, string mappingName, AtRestProtection protection)
        {
            Source = source;
            Path = path;
            Mapping = mapping;
            MappingName = mappingName;
            Protection = protection;
        }

        public PiiClassification Source { get; }

        public string Path { get; }

        /// <summary>The <c>DbSet</c> property, or <c>Entity&lt;T&gt;()</c>/<c>Set&lt;T&gt;()</c> call, that maps the root entity.</summary>
        public Location Mapping { get; }

        public string MappingName { get; }

        public AtRestProtection Protection { get; }
    }

    /// <summary>
    /// What an EF Core DbContext persists: entity types from <c>DbSet&lt;T&gt;</c> properties, <c>Entity&lt;T&gt;()</c> and
    /// <c>Set&lt;T&gt;()</c>, and the owned and navigation types reachable from them; which members are mapped (public
    /// read-write properties, minus <c>[NotMapped]</c> and <c>Ignore(...)</c>); and which are encrypted (<c>[Encrypted]</c>
    /// with <c>UsePiiEncryption</c>, or <c>HasConversion</c> with an encrypting converter). Computed once per context.
    /// </summary>
    internal sealed class EfCoreModel
    {
        private const int MaxDepth = 5;

        private readonly Compilation _compilation;
        private readonly PiiClassifier _classifier;
        private readonly INamedTypeSymbol? _dbContext;
        private readonly INamedTypeSymbol? _dbSet;
        private readonly INamedTypeSymbol? _notMapped;
        private readonly INamedTypeSymbol? _encrypted;
        private readonly ImmutableHashSet<string> _encryptingConverters;
        private readonly ConcurrentDictionary<INamedTypeSymbol, Lazy<ImmutableArray<PersistedPii>>> _cache =
            new ConcurrentDictionary<INamedTypeSymbol, Lazy<ImmutableArray<PersistedPii>>>(SymbolEqualityComparer.Default);

        // What each OnModelCreating configures, by the method's original definition; shared by every context that inherits it.
        private readonly ConcurrentDictionary<IMethodSymbol, ModelCreating> _modelCreating =
            new ConcurrentDictionary<IMethodSymbol, ModelCreating>(SymbolEqualityComparer.Default);

        public EfCoreModel(Compilation compilation, PiiClassifier classifier)
        {
            _compilation = compilation;
            _classifier = classifier;
            _dbContext = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbContext");
            _dbSet = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbSet`1");
            _notMapped = compilation.GetTypeByMetadataName("System.ComponentModel.DataAnnotations.Schema.NotMappedAttribute");
            _encrypted = compilation.GetTypeByMetadataName("PrivacyAnalyzers.Annotations.EncryptedAttribute");
            _encryptingConverters = ImmutableHashSet.Create("PrivacyAnalyzers.EntityFrameworkCore.PiiEncryptionConverter");
        }

        public bool IsAvailable => _dbContext is not null;

        public bool IsDbContext(INamedTypeSymbol type) =>
            _dbContext is not null && type.TypeKind == TypeKind.Class
            && !SymbolEqualityComparer.Default.Equals(type, _dbContext) && type.InheritsFromOrEquals(_dbContext);

        /// <summary>The PII members <paramref name="context"/> persists. <paramref name="extraEncryptingConverters"/> are the
        /// team's own converters, by full name, from configuration.</summary>
        public ImmutableArray<PersistedPii> Persisted(INamedTypeSymbol context, ImmutableHashSet<string> extraEncryptingConverters)
        {
            // Five rules ask for the same context, often at the same moment: Lazy computes it once and the others wait for it.
            return _cache.GetOrAdd(
                context,
                c => new Lazy<ImmutableArray<PersistedPii>>(() => Compute(c, _encryptingConverters.Union(extraEncryptingConverters)))).Value;
        }

        /// <summary>Takes the operation blocks of an <c>OnModelCreating</c> override from the analyzer driver, which binds
        /// method bodies for operation actions anyway. Binding it here from a symbol action ran while the compiler was still
        /// completing declarations: about 1.5 ms per context single-threaded (3 to 5 ms under concurrent analysis) against
        /// 0.4 ms once declarations are complete, and the first rule to ask paid it for all five.</summary>
        public void ReadModelCreating(ISymbol owner, ImmutableArray<IOperation> blocks)
        {
            if (owner is IMethodSymbol { Name: "OnModelCreating", IsOverride: true } method
                && method.DeclaringSyntaxReferences.Length == 1
                && !_modelCreating.ContainsKey(method.OriginalDefinition))
            {
                var reading = new ModelCreating();
                foreach (var block in blocks)
                {
                    reading.Read(block);
                }

                _modelCreating.TryAdd(method.OriginalDefinition, reading);
            }
        }

        private ImmutableArray<PersistedPii> Compute(INamedTypeSymbol context, ImmutableHashSet<string> encryptingConverters)
        {
            var configuration = new ContextConfiguration();
            var roots = new List<(ITypeSymbol Type, Location Location, string Name)>();
            for (var type = context; type is not null && !SymbolEqualityComparer.Default.Equals(type, _dbContext); type = type.BaseType)
            {
                foreach (var member in type.GetMembers())
                {
                    if (member is IPropertySymbol { Type: INamedTypeSymbol { IsGenericType: true } propertyType } property
                        && SymbolEqualityComparer.Default.Equals(propertyType.OriginalDefinition, _dbSet)
                        && property.Locations.Length > 0 && property.Locations[0].IsInSource)
                    {
                        roots.Add((propertyType.TypeArguments[0], property.Locations[0], context.Name + "." + property.Name));
                    }

                    // The model is configured in OnModelCreating; reading only it keeps this to one bound method per context.
                    if (member is IMethodSymbol { Name: "OnModelCreating", IsOverride: true } method)
                    {
                        ModelCreatingOf(method).ApplyTo(context, configuration, roots, encryptingConverters);
                    }
                }
            }

            var found = ImmutableArray.CreateBuilder<PersistedPii>();
            var visited = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var (type, location, name) in roots)
            {
                Walk(type, type.Name, location, name, configuration, visited, found, 0);
            }

            return found.ToImmutable();
        }

        private void Walk(ITypeSymbol type, string path, Location mapping, string mappingName, ContextConfiguration configuration,
            HashSet<ITypeSymbol> visited, ImmutableArray<PersistedPii>.Builder found, int depth)
        {
            if (depth > MaxDepth || !visited.Add(type))
            {
                return;
            }

            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is not IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null, SetMethod: not null } property
                        || property.DeclaredAccessibility != Accessibility.Public
                        || SerializationAttributes.Has(property, _notMapped)
                        || configuration.Ignored.Contains(property.OriginalDefinition))
                    {
                        continue;
                    }

                    var memberPath = path + "." + property.Name;
                    if (_classifier.Classify(property) is { } classification)
                    {
                        found.Add(new PersistedPii(classification, memberPath, mapping, mappingName, ProtectionOf(property, configuration)));
                        continue;
                    }

                    foreach (var navigation in NavigationTargets(property.Type))
                    {
                        Walk(navigation, memberPath, mapping, mappingName, configuration, visited, found, depth + 1);
                    }
                }
            }
        }

        private AtRestProtection ProtectionOf(IPropertySymbol property, ContextConfiguration configuration)
        {
            if (configuration.Converted.Contains(property.OriginalDefinition))
            {
                return AtRestProtection.Encrypted;
            }

            if (SerializationAttributes.Has(property, _encrypted))
            {
                return configuration.UsesPiiEncryption ? AtRestProtection.Encrypted : AtRestProtection.MarkedButNotApplied;
            }

            return AtRestProtection.None;
        }

        /// <summary>Classes a property leads to (a reference or a collection of them): entity or owned types by convention.</summary>
        private static IEnumerable<ITypeSymbol> NavigationTargets(ITypeSymbol type)
        {
            if (type.SpecialType != SpecialType.None || type.TypeKind == TypeKind.Enum)
            {
                yield break;
            }

            if (type is IArrayTypeSymbol array)
            {
                type = array.ElementType;
            }
            else if (type is INamedTypeSymbol { IsGenericType: true } generic && ExposureWalker.IsFrameworkType(generic))
            {
                type = generic.TypeArguments[generic.TypeArguments.Length - 1];
            }

            if (type.TypeKind == TypeKind.Class && type.SpecialType == SpecialType.None && !ExposureWalker.IsFrameworkType(type))
            {
                yield return type;
            }
        }

#pragma warning disable RS1030 // The context's own methods may live in other files; the compiler caches models while analyzers run.
        private SemanticModel ModelFor(SyntaxTree tree) => _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030

        /// <summary>What <paramref name="method"/> configures: as the driver handed it over, or (an inherited
        /// OnModelCreating not seen yet, a partial method) read from its bound body here.</summary>
        private ModelCreating ModelCreatingOf(IMethodSymbol method)
        {
            var definition = method.OriginalDefinition;
            if (_modelCreating.TryGetValue(definition, out var reading))
            {
                return reading;
            }

            reading = new ModelCreating();
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax();
                if (ModelFor(syntax.SyntaxTree).GetOperation(syntax) is { } body)
                {
                    reading.Read(body);
                }
            }

            return _modelCreating.GetOrAdd(definition, reading);
        }

        private static bool IsEfCore(IMethodSymbol method)
        {
            // The namespace's display string starts with "Microsoft.EntityFrameworkCore": its outermost name is Microsoft
            // and the next one starts with EntityFrameworkCore. Walked by symbol, without building the string per call.
            INamespaceSymbol? second = null;
            for (var ns = method.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            {
                if (ns.ContainingNamespace is { IsGlobalNamespace: true })
                {
                    return ns.Name == "Microsoft" && second is not null
                        && second.Name.StartsWith("EntityFrameworkCore", System.StringComparison.Ordinal);
                }

                second = ns;
            }

            return false;
        }

        /// <summary>The property a builder call selects: <c>Property(e =&gt; e.Cnic)</c>, <c>Ignore(e =&gt; e.Cnic)</c>.</summary>
        private static IPropertySymbol? SelectedProperty(IOperation? operation)
        {
            if (operation is not IInvocationOperation invocation)
            {
                return null;
            }

            foreach (var argument in invocation.Arguments)
            {
                foreach (var descendant in argument.Value.DescendantsAndSelf())
                {
                    if (descendant is IPropertyReferenceOperation { Property: { } property })
                    {
                        return property;
                    }
                }
            }

            return invocation.TargetMethod.Name == "Property" || invocation.TargetMethod.Name == "Ignore" ? null : SelectedProperty(invocation.Instance);
        }

        /// <summary>The types a <c>HasConversion</c> call names as converter: its type arguments, then its arguments' types
        /// (<c>typeof(X)</c> operands, or the value's type).</summary>
        private static List<ITypeSymbol> ConverterCandidates(IInvocationOperation hasConversion)
        {
            var candidates = new List<ITypeSymbol>(hasConversion.TargetMethod.TypeArguments);
            foreach (var argument in hasConversion.Arguments)
            {
                var value = argument.Value.WithoutConversions();
                var type = value is ITypeOfOperation typeOf ? typeOf.TypeOperand : value.Type;
                if (type is not null)
                {
                    candidates.Add(type);
                }
            }

            return candidates;
        }

        /// <summary>What one OnModelCreating configures (Entity/Set/OwnsOne/OwnsMany roots, Ignore(...),
        /// HasConversion(...) and UsePiiEncryption(...)), independent of the context that runs it.</summary>
        private sealed class ModelCreating
        {
            private readonly List<(ITypeSymbol Type, Location Location, string Call)> _roots = new List<(ITypeSymbol, Location, string)>();
            private readonly List<ISymbol> _ignored = new List<ISymbol>();
            private readonly List<(List<ITypeSymbol> Candidates, IPropertySymbol? Converted)> _conversions = new List<(List<ITypeSymbol>, IPropertySymbol?)>();
            private bool _usesPiiEncryption;

            public void Read(IOperation body)
            {
                foreach (var operation in body.Descendants())
                {
                    if (operation is not IInvocationOperation invocation)
                    {
                        continue;
                    }

                    var target = invocation.TargetMethod;
                    switch (target.Name)
                    {
                        case "Entity" or "Set" or "OwnsOne" or "OwnsMany" when target.TypeArguments.Length >= 1 && IsEfCore(target):
                            var mapped = target.Name.StartsWith("Owns", System.StringComparison.Ordinal) ? target.TypeArguments[target.TypeArguments.Length - 1] : target.TypeArguments[0];
                            _roots.Add((mapped, invocation.Syntax.GetLocation(), target.Name + "<" + mapped.Name + ">()"));
                            break;
                        case "Ignore" when IsEfCore(target):
                            if (SelectedProperty(invocation) is { } ignored)
                            {
                                _ignored.Add(ignored.OriginalDefinition);
                            }

                            break;
                        case "HasConversion" when IsEfCore(target):
                            _conversions.Add((ConverterCandidates(invocation), SelectedProperty(invocation.Instance)));
                            break;
                        case "UsePiiEncryption":
                            _usesPiiEncryption = true;
                            break;
                    }
                }
            }

            public void ApplyTo(INamedTypeSymbol context, ContextConfiguration configuration, List<(ITypeSymbol, Location, string)> roots,
                ImmutableHashSet<string> encryptingConverters)
            {
                foreach (var (type, location, call) in _roots)
                {
                    roots.Add((type, location, context.Name + "." + call));
                }

                foreach (var ignored in _ignored)
                {
                    configuration.Ignored.Add(ignored);
                }

                foreach (var (candidates, converted) in _conversions)
                {
                    if (converted is not null && IsEncrypting(candidates, encryptingConverters))
                    {
                        configuration.Converted.Add(converted.OriginalDefinition);
                    }
                }

                configuration.UsesPiiEncryption |= _usesPiiEncryption;
            }

            private static bool IsEncrypting(List<ITypeSymbol> candidates, ImmutableHashSet<string> encryptingConverters)
            {
                foreach (var type in candidates)
                {
                    if (encryptingConverters.Contains(type.ToDisplayString()))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        private sealed class ContextConfiguration
        {
            public HashSet<ISymbol> Ignored { get; } = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

            public HashSet<ISymbol> Converted { get; } = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

            public bool UsesPiiEncryption { get; set; }
        }
    }
}
