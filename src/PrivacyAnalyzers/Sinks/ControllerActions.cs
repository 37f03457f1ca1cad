using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Exposure;

namespace PrivacyAnalyzers.Sinks
{
    /// <summary>ASP.NET Core MVC controller actions: what they return is the response, though no call says so.</summary>
    internal sealed class ControllerActions
    {
        private readonly INamedTypeSymbol? _controllerBase;
        private readonly INamedTypeSymbol? _apiController;
        private readonly INamedTypeSymbol? _nonAction;
        private readonly ComputeOnceCache<INamedTypeSymbol, bool> _isController;

        public ControllerActions(Compilation compilation)
        {
            _controllerBase = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerBase");
            _apiController = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ApiControllerAttribute");
            _nonAction = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.NonActionAttribute");
            _isController = new ComputeOnceCache<INamedTypeSymbol, bool>(
                type => type.InheritsFromOrEquals(_controllerBase) || SerializationAttributes.Has(type, _apiController), SymbolEqualityComparer.Default);
        }

        public bool AreAvailable => _controllerBase is not null;

        /// <summary>A public instance method of a controller that is not marked [NonAction]. Every return statement asks, so
        /// the cheap checks come first and whether a type is a controller is worked out once per type.</summary>
        public bool IsAction(ISymbol? symbol) =>
            symbol is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false, DeclaredAccessibility: Accessibility.Public, ContainingType: { } type } method
            && _isController.Get(type)
            && !SerializationAttributes.Has(method, _nonAction);
    }
}
