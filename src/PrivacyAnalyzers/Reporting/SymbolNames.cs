using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Reporting
{
    /// <summary>How messages name code: by what the reader wrote, never by a compiler-generated name (<c>&lt;Main&gt;$</c>,
    /// lambdas, accessors, anonymous types).</summary>
    internal static class SymbolNames
    {
        /// <summary>What the compiler calls the method of a program's top-level statements.</summary>
        private const string TopLevelMain = "<Main>$";

        public const string TopLevelStatements = "top-level statements";

        public const string AnonymousObject = "anonymous object";

        /// <summary>The member that holds the code: a lambda's or local function's enclosing member, an accessor's property,
        /// "top-level statements" for a program without Main. <paramref name="qualified"/> prefixes the type's name
        /// (<c>CustomersController.Get</c>).</summary>
        public static string? Owner(ISymbol? symbol, bool qualified)
        {
            while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } inner)
            {
                symbol = inner.ContainingSymbol;
            }

            if (symbol is IMethodSymbol { AssociatedSymbol: { } associated })
            {
                symbol = associated;
            }

            if (symbol is null)
            {
                return null;
            }

            if (symbol is IMethodSymbol { Name: TopLevelMain })
            {
                return TopLevelStatements;
            }

            return qualified && symbol.ContainingType is { } type ? Type(type) + "." + symbol.Name : symbol.Name;
        }

        /// <summary>A type as a message names it; an anonymous type is an "anonymous object".</summary>
        public static string Type(ITypeSymbol type) => type.IsAnonymousType ? AnonymousObject : type.Name;
    }
}
