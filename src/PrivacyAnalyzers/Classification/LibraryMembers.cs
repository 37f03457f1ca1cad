using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Classification
{
    /// <summary>Symbols whose names say nothing about a person: members of the framework and of the libraries a project
    /// references (<c>Type.FullName</c>, <c>FileSystemInfo.FullName</c>, <c>IPEndPoint.Address</c>), and text written in
    /// code (<c>const string Phone = "Phone"</c>, a key name, not a phone number).</summary>
    internal static class LibraryMembers
    {
        /// <summary>A member declared outside the solution's source: the framework (<c>System.*</c>, <c>Microsoft.*</c>)
        /// or a library, told apart from the team's own projects (also metadata to each other) by a strong-name key,
        /// which packages carry and application projects rarely do. A team's signed projects lose only name-based
        /// classification across project boundaries; their own compilation still classifies them.</summary>
        public static bool IsLibraryMember(ISymbol symbol)
        {
            if (symbol is IParameterSymbol or ILocalSymbol || symbol.Locations.Length == 0 || symbol.Locations[0].IsInSource)
            {
                return false;
            }

            var root = symbol.ContainingNamespace;
            while (root is { ContainingNamespace: { IsGlobalNamespace: false } })
            {
                root = root.ContainingNamespace;
            }

            return root?.Name is "System" or "Microsoft" or "Windows"
                || symbol.ContainingAssembly?.Identity.HasPublicKey == true;
        }

        /// <summary>A constant, or a static read-only field or static property whose value is a literal: text the code
        /// itself holds (PII5002 checks whether it looks real), never a person's value.</summary>
        public static bool IsTextWrittenInCode(ISymbol symbol)
        {
            switch (symbol)
            {
                case IFieldSymbol { IsConst: true }:
                    return true;
                case IFieldSymbol { IsStatic: true, IsReadOnly: true } field:
                    return InitialValue(field) is { } value && IsLiteral(value);
                case IPropertySymbol { IsStatic: true, SetMethod: null } property:
                    return InitialValue(property) is { } initial && IsLiteral(initial);
                default:
                    return false;
            }
        }

        private static ExpressionSyntax? InitialValue(ISymbol symbol)
        {
            if (symbol.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            return symbol.DeclaringSyntaxReferences[0].GetSyntax() switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value ?? property.ExpressionBody?.Expression,
                _ => null,
            };
        }

        private static bool IsLiteral(ExpressionSyntax expression)
        {
            switch (expression)
            {
                case LiteralExpressionSyntax:
                    return true;
                case InterpolatedStringExpressionSyntax interpolated:
                    return interpolated.Contents.All(content => content is InterpolatedStringTextSyntax);
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                    return IsLiteral(binary.Left) && IsLiteral(binary.Right);
                case ParenthesizedExpressionSyntax parenthesized:
                    return IsLiteral(parenthesized.Expression);
                default:
                    return false;
            }
        }
    }
}
