using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers
{
    internal static class OperationExtensions
    {
        /// <summary>The operation under any implicit or explicit conversions (boxing to object, lambda to Delegate ...).</summary>
        public static IOperation WithoutConversions(this IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>What the local is initialised with where it is declared (<c>var x = ...</c>), in the same method body;
        /// null when it is declared without a value.</summary>
        public static IOperation? InitialValue(this ILocalReferenceOperation local)
        {
            foreach (var operation in local.Root().Descendants())
            {
                if (operation is IVariableDeclaratorOperation { Initializer.Value: { } value } declarator
                    && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local))
                {
                    return value;
                }
            }

            return null;
        }

        /// <summary>The outermost operation of the tree <paramref name="operation"/> is in: the body of its method.</summary>
        public static IOperation Root(this IOperation operation)
        {
            while (operation.Parent is not null)
            {
                operation = operation.Parent;
            }

            return operation;
        }
    }
}
