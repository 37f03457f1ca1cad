using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Storage
{
    /// <summary>
    /// Whether a member read inside a query's lambda makes the database look at its value (a comparison, a string test,
    /// an <c>IN</c> list, a sort, group or join key), as opposed to reading it back (a projection) or testing it for null,
    /// which work on ciphertext.
    /// </summary>
    internal static class EncryptedColumnUse
    {
        public static bool LooksAtValue(IPropertyReferenceOperation reference, string queryOperator)
        {
            IOperation current = reference;
            var parent = Skip(reference.Parent, ref current);
            switch (parent)
            {
                case IBinaryOperation binary when IsComparison(binary.OperatorKind):
                    var other = ReferenceEquals(Unwrapped(binary.LeftOperand), current) ? binary.RightOperand : binary.LeftOperand;
                    return !IsNull(other);
                case IInvocationOperation call:
                    // c.Cnic.StartsWith(x), c.Cnic.Equals(x): the member is the receiver.
                    return IsValueTest(call.TargetMethod.Name);
                case IArgumentOperation { Parent: IInvocationOperation call }:
                    // cnics.Contains(c.Cnic), EF.Functions.Like(c.Cnic, p), string.Compare(c.Cnic, x): the member is an argument.
                    return IsValueTest(call.TargetMethod.Name);
                case IReturnOperation:
                    // The lambda returns the member: a key for sort, group, join and distinct operators; a projection otherwise.
                    return IsKeyOperator(queryOperator);
                default:
                    return false;
            }
        }

        private static IOperation? Skip(IOperation? parent, ref IOperation current)
        {
            while (parent is IConversionOperation or IParenthesizedOperation)
            {
                current = parent;
                parent = parent.Parent;
            }

            return parent;
        }

        private static IOperation Unwrapped(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        private static bool IsComparison(BinaryOperatorKind kind) =>
            kind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.LessThan
                or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual;

        private static bool IsNull(IOperation operand) => operand.ConstantValue is { HasValue: true, Value: null };

        private static bool IsValueTest(string name) =>
            name is "Equals" or "Contains" or "StartsWith" or "EndsWith" or "Like" or "ILike" or "Compare" or "CompareTo" or "IndexOf";

        private static bool IsKeyOperator(string name) =>
            name is "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" or "GroupBy" or "Join" or "GroupJoin"
                or "DistinctBy" or "MinBy" or "MaxBy" or "Min" or "Max" or "MinAsync" or "MaxAsync" or "CountBy" or "AggregateBy";
    }
}
