using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Sinks
{
    /// <summary>A call that serializes a value: which contract, and the argument holding the value.</summary>
    internal readonly struct SerializationCall
    {
        public SerializationCall(SerializationSinkDefinition definition, IArgumentOperation value)
        {
            Definition = definition;
            Value = value;
        }

        public SerializationSinkDefinition Definition { get; }

        public IArgumentOperation Value { get; }
    }

    /// <summary>Resolves <see cref="SerializationSinkTable"/> against a compilation; absent libraries cost nothing.</summary>
    internal sealed class SerializationSinkResolver
    {
        private readonly Dictionary<INamedTypeSymbol, SerializationSinkDefinition> _definitions =
            new Dictionary<INamedTypeSymbol, SerializationSinkDefinition>(SymbolEqualityComparer.Default);

        public SerializationSinkResolver(Compilation compilation)
        {
            foreach (var definition in SerializationSinkTable.Definitions)
            {
                if (compilation.GetTypeByMetadataName(definition.TypeMetadataName) is { } type)
                {
                    _definitions[type] = definition;
                }
            }

            ControllerBase = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerBase");
            ApiController = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ApiControllerAttribute");
            NonAction = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.NonActionAttribute");
            EndpointRouteBuilderExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions");
        }

        public bool IsEmpty => _definitions.Count == 0;

        public INamedTypeSymbol? ControllerBase { get; }

        public INamedTypeSymbol? ApiController { get; }

        public INamedTypeSymbol? NonAction { get; }

        public INamedTypeSymbol? EndpointRouteBuilderExtensions { get; }

        public SerializationCall? Match(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments)
        {
            // Overrides (DataContractJsonSerializer.WriteObject) count as the method they override.
            var declaring = method;
            while (declaring.OverriddenMethod is { } overridden)
            {
                declaring = overridden;
            }

            var type = declaring.ContainingType?.OriginalDefinition;
            if (type is null || !_definitions.TryGetValue(type, out var definition))
            {
                return null;
            }

            var name = method.MethodKind == MethodKind.Constructor ? SerializationSinkTable.Constructor : method.Name;
            if (!definition.MethodNames.Contains(name))
            {
                return null;
            }

            foreach (var argument in arguments)
            {
                if (argument.Parameter is { } parameter && definition.ValueParameters.Contains(parameter.Name))
                {
                    return new SerializationCall(definition, argument);
                }
            }

            return null;
        }

        /// <summary>The static type of what is serialized, before any conversion to <c>object</c>.</summary>
        public static ITypeSymbol? ValueType(IOperation value)
        {
            var type = value.WithoutConversions().Type;
            return type is { SpecialType: SpecialType.System_Object } ? null : type;
        }

        /// <summary>A public instance method of a controller that is not marked [NonAction].</summary>
        public bool IsControllerAction(ISymbol? symbol)
        {
            if (symbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false, DeclaredAccessibility: Accessibility.Public } method
                || method.ContainingType is null
                || PrivacyAnalyzers.Exposure.SerializationAttributes.Has(method, NonAction))
            {
                return false;
            }

            return method.ContainingType.InheritsFromOrEquals(ControllerBase)
                || PrivacyAnalyzers.Exposure.SerializationAttributes.Has(method.ContainingType, ApiController);
        }
    }
}
