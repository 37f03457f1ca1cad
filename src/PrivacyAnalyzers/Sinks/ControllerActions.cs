using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Exposure;

namespace PrivacyAnalyzers.Sinks
{
    /// <summary>ASP.NET Core MVC controller actions: what they return is the response, though no call says so.</summary>
    internal sealed class ControllerActions
    {
        private readonly INamedTypeSymbol? _controllerBase;
        private readonly INamedTypeSymbol? _apiController;
        private readonly INamedTypeSymbol? _nonAction;

        public ControllerActions(Compilation compilation)
        {
            _controllerBase = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerBase");
            _apiController = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ApiControllerAttribute");
            _nonAction = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.NonActionAttribute");
        }

        public bool AreAvailable => _controllerBase is not null;

        /// <summary>A public instance method of a controller that is not marked [NonAction].</summary>
        public bool IsAction(ISymbol? symbol)
        {
            if (symbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false, DeclaredAccessibility: Accessibility.Public } method
                || method.ContainingType is null
                || SerializationAttributes.Has(method, _nonAction))
            {
                return false;
            }

            return method.ContainingType.InheritsFromOrEquals(_controllerBase)
                || SerializationAttributes.Has(method.ContainingType, _apiController);
        }
    }
}
