using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Engine;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>The sanitizer catalog resolved against a compilation: methods whose result no longer carries the data as it
    /// was, by what they do to it.</summary>
    internal sealed class SanitizerSet
    {
        private readonly Dictionary<INamedTypeSymbol, List<(string? Method, SanitizerKind Kind)>> _byType =
            new Dictionary<INamedTypeSymbol, List<(string?, SanitizerKind)>>(SymbolEqualityComparer.Default);

        public SanitizerSet(Compilation compilation)
        {
            foreach (var row in SanitizerCatalog.Rows)
            {
                if (compilation.GetTypeByMetadataName(row.Type) is { } type)
                {
                    if (!_byType.TryGetValue(type, out var methods))
                    {
                        _byType[type] = methods = new List<(string?, SanitizerKind)>();
                    }

                    methods.Add((row.Method, row.Kind));
                }
            }
        }

        /// <summary>What <paramref name="method"/> does to the data, counting the masking methods the team listed in
        /// <c>privacy_analyzers.sanitizers</c> (<paramref name="options"/>: those of the file that calls it).</summary>
        public SanitizerKind? Classify(IMethodSymbol method, PrivacyOptions options)
        {
            var listed = options.Sanitizers;
            if (listed.Count > 0 && method.ContainingType is { } type && listed.Contains(type.ToDisplayString() + "." + method.Name))
            {
                return SanitizerKind.Masking;
            }

            return Classify(method);
        }

        /// <summary>What <paramref name="method"/> does to the data, or null when it is not a sanitizer.</summary>
        public SanitizerKind? Classify(IMethodSymbol method)
        {
            var type = method.ContainingType?.OriginalDefinition;
            if (type is null)
            {
                return null;
            }

            if (Find(type, method.Name) is { } direct)
            {
                return direct;
            }

            // Implementations of IDataProtector / IPasswordHasher<T> called through the class.
            foreach (var implemented in type.AllInterfaces)
            {
                if (Find(implemented.OriginalDefinition, method.Name) is { } viaInterface)
                {
                    return viaInterface;
                }
            }

            return null;
        }

        /// <summary>Whether the value <paramref name="produced"/> makes goes straight into a sanitizer, so nothing else ever
        /// sees it: <c>protector.Protect(JsonSerializer.Serialize(p))</c>, through <c>Encoding.UTF8.GetBytes(...)</c>, or
        /// through a local whose every use is such an argument.</summary>
        public bool ProtectsAtOnce(IOperation produced, TreeOptions options) => ProtectsAtOnce(produced, options, followLocal: true);

        private bool ProtectsAtOnce(IOperation produced, TreeOptions options, bool followLocal)
        {
            var current = produced;
            while (true)
            {
                var parent = current.Parent;
                switch (parent)
                {
                    case IConversionOperation or IParenthesizedOperation or IArgumentOperation:
                        current = parent;
                        continue;
                    case IInvocationOperation call when current is IArgumentOperation:
                        if (Classify(call.TargetMethod, options.For(call.Syntax.SyntaxTree)) is not null)
                        {
                            return true;
                        }

                        // The bytes of the text are the text: Encoding.UTF8.GetBytes(json) on its way to the protector.
                        if (call.TargetMethod is { Name: "GetBytes", ContainingType.Name: "Encoding" })
                        {
                            current = call;
                            continue;
                        }

                        return false;
                    case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: { } local } } when followLocal:
                        return EveryUseProtects(local, parent, options);
                    default:
                        return false;
                }
            }
        }

        private bool EveryUseProtects(ILocalSymbol local, IOperation declaration, TreeOptions options)
        {
            var used = false;
            foreach (var operation in declaration.Root().Descendants())
            {
                if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
                {
                    used = true;
                    if (!ProtectsAtOnce(reference, options, followLocal: false))
                    {
                        return false;
                    }
                }
            }

            return used;
        }

        private SanitizerKind? Find(INamedTypeSymbol type, string methodName)
        {
            if (_byType.TryGetValue(type, out var methods))
            {
                foreach (var (name, kind) in methods)
                {
                    if (name is null || name == methodName)
                    {
                        return kind;
                    }
                }
            }

            return null;
        }
    }
}
