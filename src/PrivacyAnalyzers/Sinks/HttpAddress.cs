using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Sinks
{
    /// <summary>Recognises a request address written as plain http:// (a literal, the start of an interpolation or
    /// concatenation, or <c>new Uri("http://...")</c>). Loopback addresses do not leave the machine and are not counted.</summary>
    internal static class HttpAddress
    {
        public static bool IsPlainHttp(IOperation address)
        {
            var text = LeadingText(address.WithoutConversions());
            if (text is null || !text.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var host = text.Substring("http://".Length);
            return !(host.StartsWith("localhost", StringComparison.OrdinalIgnoreCase)
                || host.StartsWith("127.", StringComparison.Ordinal)
                || host.StartsWith("[::1]", StringComparison.Ordinal));
        }

        private static string? LeadingText(IOperation operation)
        {
            switch (operation)
            {
                case { ConstantValue: { HasValue: true, Value: string constant } }:
                    return constant;
                case IInterpolatedStringOperation interpolated when interpolated.Parts.Length > 0:
                    return (interpolated.Parts[0] as IInterpolatedStringTextOperation)?.Text.ConstantValue.Value as string;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concat:
                    return LeadingText(concat.LeftOperand.WithoutConversions());
                case IObjectCreationOperation { Type.Name: "Uri" } uri when uri.Arguments.Length > 0:
                    return LeadingText(uri.Arguments[0].Value.WithoutConversions());
                default:
                    return null;
            }
        }
    }
}
