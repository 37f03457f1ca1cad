using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Engine;
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

        /// <summary>The code only ever stores a hash (or a mask) in it: the value cannot be recovered.</summary>
        OneWay,
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
        private readonly TreeOptions _options;
        private readonly INamedTypeSymbol? _dbContext;
        private readonly INamedTypeSymbol? _dbSet;
        private readonly INamedTypeSymbol? _notMapped;
        private readonly INamedTypeSymbol? _encrypted;
        private readonly WrittenMembers _written;
        private readonly ComputeOnceCache<INamedTypeSymbol, ImmutableArray<PersistedPii>> _persisted;

        private readonly Lazy<Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>> _derivedContexts;

        // Every context of the compilation: found by the same walk that finds the derived ones.
        private readonly List<INamedTypeSymbol> _allContexts = new List<INamedTypeSymbol>();

        // Members some context maps with a randomising converter (PiiEncryptionConverter), per context; filled by Compute.
        private readonly ConcurrentDictionary<INamedTypeSymbol, HashSet<ISymbol>> _convertedByContext =
            new ConcurrentDictionary<INamedTypeSymbol, HashSet<ISymbol>>(SymbolEqualityComparer.Default);

        // Searched only when an [Encrypted] member's context does not register encryption itself; once per compilation.
        private readonly Lazy<EncryptionRegistrations> _optionsRegistrations;

        public EfCoreModel(Compilation compilation, PiiClassifier classifier, TreeOptions options, WrittenMembers written)
        {
            _written = written;
            _derivedContexts = new Lazy<Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>>(FindDerivedContexts);
            _optionsRegistrations = new Lazy<EncryptionRegistrations>(() => EncryptionRegistrations.Find(compilation));
            _compilation = compilation;
            _classifier = classifier;
            _options = options;
            _persisted = new ComputeOnceCache<INamedTypeSymbol, ImmutableArray<PersistedPii>>(
                c => Compute(c, _options.For(c)), SymbolEqualityComparer.Default);
            _dbContext = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbContext");
            _dbSet = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbSet`1");
            _notMapped = compilation.GetTypeByMetadataName("System.ComponentModel.DataAnnotations.Schema.NotMappedAttribute");
            _encrypted = compilation.GetTypeByMetadataName("PrivacyAnalyzers.Annotations.EncryptedAttribute");
        }

        // Each file's contexts are found once (by the first of the five rules to ask) and shared: compute-once, as every cache.
        private readonly ConcurrentDictionary<SyntaxTree, Lazy<IReadOnlyList<INamedTypeSymbol>>> _contextsByFile =
            new ConcurrentDictionary<SyntaxTree, Lazy<IReadOnlyList<INamedTypeSymbol>>>();

        public bool IsAvailable => _dbContext is not null;

        /// <summary>The contexts whose mappings can be in <paramref name="tree"/>, found once per file by <paramref name="find"/>.</summary>
        public IReadOnlyList<INamedTypeSymbol> ContextsMappedIn(SyntaxTree tree, Func<SyntaxTree, IReadOnlyList<INamedTypeSymbol>> find) =>
            _contextsByFile.GetOrAdd(tree, t => new Lazy<IReadOnlyList<INamedTypeSymbol>>(() => find(t))).Value;

        public bool IsDbContext(INamedTypeSymbol type) =>
            _dbContext is not null && type.TypeKind == TypeKind.Class
            && !SymbolEqualityComparer.Default.Equals(type, _dbContext) && type.InheritsFromOrEquals(_dbContext);

        /// <summary>The contexts in this compilation that derive, directly or not, from <paramref name="context"/>.</summary>
        public IReadOnlyList<INamedTypeSymbol> ContextsDerivedFrom(INamedTypeSymbol context) =>
            _derivedContexts.Value.TryGetValue(context, out var derived) ? derived : (IReadOnlyList<INamedTypeSymbol>)Array.Empty<INamedTypeSymbol>();

        private Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>> FindDerivedContexts()
        {
            var derivedFrom = new Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>(SymbolEqualityComparer.Default);
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(_compilation.Assembly.GlobalNamespace);
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

                foreach (var type in container.GetTypeMembers())
                {
                    pending.Push(type);
                    if (!IsDbContext(type))
                    {
                        continue;
                    }

                    _allContexts.Add(type);

                    for (var baseType = type.BaseType; baseType is not null && !SymbolEqualityComparer.Default.Equals(baseType, _dbContext); baseType = baseType.BaseType)
                    {
                        if (!derivedFrom.TryGetValue(baseType.OriginalDefinition, out var list))
                        {
                            derivedFrom[baseType.OriginalDefinition] = list = new List<INamedTypeSymbol>();
                        }

                        list.Add(type);
                    }
                }
            }

            return derivedFrom;
        }

        /// <summary>Whether EF Core stores <paramref name="property"/> as randomised ciphertext: it is <c>[Encrypted]</c>, or a
        /// context of this compilation maps it with <c>PiiEncryptionConverter</c>. A team's encrypting converter is not
        /// counted: it may be deterministic, and then the database can compare its output.</summary>
        public bool IsEncryptedColumn(IPropertySymbol property)
        {
            if (SerializationAttributes.Has(property, _encrypted))
            {
                return true;
            }

            var member = property.OriginalDefinition;
            foreach (var context in AllContexts)
            {
                Persisted(context); // Reads the context's configuration once; cached for the storage rules too.
                if (_convertedByContext.TryGetValue(context, out var converted) && converted.Contains(member))
                {
                    return true;
                }
            }

            return false;
        }

        private IReadOnlyList<INamedTypeSymbol> AllContexts
        {
            get
            {
                _ = _derivedContexts.Value; // The walk fills _allContexts before the Lazy publishes.
                return _allContexts;
            }
        }

        /// <summary>The PII members <paramref name="context"/> persists. Converters count as encrypting by the options of the
        /// context's file (the package's own and the team's).</summary>
        public ImmutableArray<PersistedPii> Persisted(INamedTypeSymbol context)
        {
            // Five rules ask for the same context, often at the same moment: Lazy computes it once and the others wait for it.
            return _persisted.Get(context);
        }

        private ImmutableArray<PersistedPii> Compute(INamedTypeSymbol context, PrivacyOptions options)
        {
            var configuration = new ContextConfiguration(context);
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

                    // The model is configured in OnModelCreating, its conventions in ConfigureConventions, its options in
                    // OnConfiguring; reading only those keeps this to three bound methods per context.
                    if (member is IMethodSymbol { Name: "OnModelCreating" or "ConfigureConventions" or "OnConfiguring", IsOverride: true } method)
                    {
                        ReadConfiguration(method, context, configuration, roots, options.EncryptingValueConverters, options.RandomizedValueConverters);
                    }
                }
            }

            _convertedByContext.TryAdd(context, configuration.RandomlyConverted);

            // Breadth first over every root at once: each entity type is walked once per context, from the root that reaches it
            // in the fewest navigations (its own DbSet or mapping when it has one, at depth 0), the earlier-declared root on
            // a tie. So a stored member is reported once, where it is mapped, not through every DbSet that can navigate to
            // it (Product.Reviews.Customer.Orders.CardCvv2).
            var found = ImmutableArray.CreateBuilder<PersistedPii>();
            var visited = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            var pending = new Queue<(ITypeSymbol Type, string Path, Location Mapping, string MappingName, int Depth)>();
            foreach (var (type, location, name) in roots)
            {
                pending.Enqueue((type, type.Name, location, name, 0));
            }

            while (pending.Count > 0)
            {
                var next = pending.Dequeue();
                if (next.Depth <= MaxDepth && visited.Add(next.Type))
                {
                    Walk(next.Type, next.Path, next.Mapping, next.MappingName, next.Depth, configuration, found, pending);
                }
            }

            return found.ToImmutable();
        }

        /// <summary>The type's mapped PII members; the types its navigations lead to are queued one level deeper.</summary>
        private void Walk(ITypeSymbol type, string path, Location mapping, string mappingName, int depth, ContextConfiguration configuration,
            ImmutableArray<PersistedPii>.Builder found, Queue<(ITypeSymbol, string, Location, string, int)> pending)
        {
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
                    // Contact details known only by a name in a person's context (User.Email) are kept too: storage keeps them
                    // on purpose, so the at-rest rules skip them (EfCoreRuleRunner), but how long they are kept is PII3010's.
                    if (_classifier.Classify(property) is { } classification)
                    {
                        found.Add(new PersistedPii(classification, memberPath, mapping, mappingName, ProtectionOf(property, configuration)));
                        continue;
                    }

                    foreach (var navigation in NavigationTargets(property.Type))
                    {
                        pending.Enqueue((navigation, memberPath, mapping, mappingName, depth + 1));
                    }
                }
            }
        }

        private AtRestProtection ProtectionOf(IPropertySymbol property, ContextConfiguration configuration)
        {
            // A value that is ciphertext already (the team's attribute, or only ever set to IDataProtector output) is stored
            // encrypted, whatever the context configures; one only ever set to a hash holds hashes.
            var held = _written.HeldProtection(property);
            if (configuration.Converted.Contains(property.OriginalDefinition) || held == SanitizerKind.Encryption)
            {
                return AtRestProtection.Encrypted;
            }

            if (SerializationAttributes.Has(property, _encrypted))
            {
                return configuration.UsesPiiEncryption || _optionsRegistrations.Value.Encrypts(configuration.Context)
                    ? AtRestProtection.Encrypted : AtRestProtection.MarkedButNotApplied;
            }

            return held is null ? AtRestProtection.None : AtRestProtection.OneWay;
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

        /// <summary>Reads OnModelCreating, ConfigureConventions and OnConfiguring: Entity/Set/OwnsOne/OwnsMany roots,
        /// Ignore(...), HasConversion(...) and UsePiiEncryption(...).</summary>
        private void ReadConfiguration(IMethodSymbol method, INamedTypeSymbol context, ContextConfiguration configuration,
            List<(ITypeSymbol, Location, string)> roots, ImmutableHashSet<string> encryptingConverters, ImmutableHashSet<string> randomisingConverters)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax();
                if (ModelFor(syntax.SyntaxTree).GetOperation(syntax) is not { } body)
                {
                    continue;
                }

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
                            roots.Add((mapped, invocation.Syntax.GetLocation(), context.Name + "." + target.Name + "<" + mapped.Name + ">()"));
                            break;
                        case "Ignore" when IsEfCore(target):
                            if (SelectedProperty(invocation) is { } ignored)
                            {
                                configuration.Ignored.Add(ignored.OriginalDefinition);
                            }

                            break;
                        case "HasConversion" when IsEfCore(target):
                            if (IsEncrypting(invocation, encryptingConverters) && SelectedProperty(invocation.Instance) is { } converted)
                            {
                                configuration.Converted.Add(converted.OriginalDefinition);
                                if (IsEncrypting(invocation, randomisingConverters))
                                {
                                    configuration.RandomlyConverted.Add(converted.OriginalDefinition);
                                }
                            }

                            break;
                        case "UsePiiEncryption":
                            configuration.UsesPiiEncryption = true;
                            break;
                    }
                }
            }
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

        private static bool IsEncrypting(IInvocationOperation hasConversion, ImmutableHashSet<string> encryptingConverters)
        {
            foreach (var typeArgument in hasConversion.TargetMethod.TypeArguments)
            {
                if (encryptingConverters.Contains(typeArgument.ToDisplayString()))
                {
                    return true;
                }
            }

            foreach (var argument in hasConversion.Arguments)
            {
                var value = argument.Value.WithoutConversions();
                var type = value is ITypeOfOperation typeOf ? typeOf.TypeOperand : value.Type;
                if (type is not null && encryptingConverters.Contains(type.ToDisplayString()))
                {
                    return true;
                }
            }

            return false;
        }

        private sealed class ContextConfiguration
        {
            public ContextConfiguration(INamedTypeSymbol context) => Context = context;

            public INamedTypeSymbol Context { get; }

            public HashSet<ISymbol> Ignored { get; } = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

            public HashSet<ISymbol> Converted { get; } = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

            /// <summary>Converted by a converter known to encrypt with a fresh IV each time (the package's own): a team's
            /// converter may be deterministic, and then equality queries work.</summary>
            public HashSet<ISymbol> RandomlyConverted { get; } = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

            public bool UsesPiiEncryption { get; set; }
        }
    }
}
