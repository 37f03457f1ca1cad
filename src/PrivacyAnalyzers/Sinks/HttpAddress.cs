using System;
using System.Net;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAnalyzers.Sinks
{
    /// <summary>Reads what code shows of a request address: whether it is written as plain http:// (a literal, the start of an
    /// interpolation or concatenation, or <c>new Uri("http://...")</c>), and which host it names. Loopback and private
    /// addresses do not leave the machine or the network and are not counted.</summary>
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

        /// <summary>Whether the address is written as absolute (http:// or https://), whatever follows.</summary>
        public static bool IsAbsolute(IOperation address) =>
            LeadingText(address.WithoutConversions()) is { } text
            && (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase));

        /// <summary>The host an absolute address names, lower-cased; null when the code does not show all of it
        /// (<c>$"https://{region}.example.com"</c>, a relative address, a value from configuration).</summary>
        public static string? Host(IOperation address)
        {
            var operation = address.WithoutConversions();
            var text = LeadingText(operation);
            if (text is null)
            {
                return null;
            }

            var start = text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "https://".Length
                : text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "http://".Length
                : -1;
            if (start < 0)
            {
                return null;
            }

            var end = text.IndexOfAny(new[] { '/', '?', '#' }, start);
            if (end < 0)
            {
                // The host ends where the text ends only when nothing follows it.
                if (!IsWholeText(operation))
                {
                    return null;
                }

                end = text.Length;
            }

            var authority = text.Substring(start, end - start);
            var at = authority.LastIndexOf('@');
            if (at >= 0)
            {
                authority = authority.Substring(at + 1);
            }

            // A port follows the last colon, except inside an IPv6 address's brackets.
            var colon = authority.LastIndexOf(':');
            if (colon >= 0 && authority.LastIndexOf(']') < colon)
            {
                authority = authority.Substring(0, colon);
            }

            return authority.Length == 0 ? null : authority.ToLowerInvariant();
        }

        /// <summary>A host that is not a third party's: loopback, a private or link-local address, a single-label name
        /// (a container or service name), or a name under a reserved internal suffix.</summary>
        public static bool IsInternalHost(string host)
        {
            if (host.StartsWith("[", StringComparison.Ordinal))
            {
                var inner = host.Trim('[', ']');
                return inner == "::1" || inner.StartsWith("fc", StringComparison.OrdinalIgnoreCase) || inner.StartsWith("fd", StringComparison.OrdinalIgnoreCase)
                    || inner.StartsWith("fe80", StringComparison.OrdinalIgnoreCase);
            }

            if (IPAddress.TryParse(host, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
            {
                var b = ip.GetAddressBytes();
                return b[0] == 10 || b[0] == 127 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168) || (b[0] == 169 && b[1] == 254);
            }

            if (host.IndexOf('.') < 0)
            {
                return true;
            }

            foreach (var suffix in InternalSuffixes)
            {
                if (host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly string[] InternalSuffixes = { ".localhost", ".local", ".internal", ".lan", ".home.arpa", ".intranet", ".corp" };

        private static bool IsWholeText(IOperation operation) => operation switch
        {
            { ConstantValue.HasValue: true } => true,
            IObjectCreationOperation { Type.Name: "Uri" } uri when uri.Arguments.Length == 1 => IsWholeText(uri.Arguments[0].Value.WithoutConversions()),
            _ => false,
        };

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
