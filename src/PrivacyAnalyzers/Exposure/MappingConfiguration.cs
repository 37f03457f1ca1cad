using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Exposure
{
    /// <summary>
    /// What an object mapper's configuration says, read from syntax for <see cref="WrittenMembers"/>: which type a mapping
    /// call fills (the destination of <c>CreateMap&lt;Customer, CustomerModel&gt;()</c>, <c>mapper.Map&lt;CustomerModel&gt;(c)</c>,
    /// <c>c.Adapt&lt;CustomerModel&gt;()</c>, a project's own <c>c.ToModel&lt;CustomerModel&gt;()</c>), and which destination
    /// members the configuration leaves unfilled: AutoMapper's <c>.ForMember(m =&gt; m.Password, o =&gt; o.Ignore())</c> and
    /// Mapster's <c>.Ignore(m =&gt; m.Password)</c> after <c>CreateMap</c>, <c>NewConfig</c> or <c>ForType</c>. A mapper fills
    /// a destination member from the source; one it is told to ignore keeps whatever the code writes into it.
    /// </summary>
    internal static class MappingConfiguration
    {
        // Methods that configure a map from their first type argument to their second.
        private static readonly HashSet<string> ConfigurationMethods = new HashSet<string>(StringComparer.Ordinal) { "CreateMap", "NewConfig", "ForType" };

        // Methods that map into their last type argument.
        private static readonly HashSet<string> MappingMethods = new HashSet<string>(StringComparer.Ordinal) { "Map", "ProjectTo", "Adapt", "MapTo" };

        /// <summary>A generic call that maps objects: a configuration, a mapper call, or a project's own wrapper named like
        /// <c>ToModel&lt;T&gt;</c>, <c>ToEntity&lt;T&gt;</c>, <c>ToDto&lt;T&gt;</c> (not <c>ToList&lt;T&gt;</c> or Newtonsoft's
        /// <c>ToObject&lt;T&gt;</c>, which fill from data).</summary>
        public static bool IsMappingCall(GenericNameSyntax generic)
        {
            var name = generic.Identifier.ValueText;
            return ConfigurationMethods.Contains(name)
                || MappingMethods.Contains(name)
                || (name.StartsWith("To", StringComparison.Ordinal)
                    && (name.EndsWith("Model", StringComparison.Ordinal) || name.EndsWith("Entity", StringComparison.Ordinal) || name.EndsWith("Dto", StringComparison.Ordinal)));
        }

        /// <summary>The type arguments of a mapping call that it fills: the destination, and for a configuration followed by
        /// <c>ReverseMap()</c> the source as well.</summary>
        public static IEnumerable<TypeSyntax> FilledTypeArguments(GenericNameSyntax generic)
        {
            var arguments = generic.TypeArgumentList.Arguments;
            if (arguments.Count == 0)
            {
                yield break;
            }

            yield return arguments[arguments.Count - 1];
            if (arguments.Count == 2 && ConfigurationMethods.Contains(generic.Identifier.ValueText) && IsReversed(generic))
            {
                yield return arguments[0];
            }
        }

        /// <summary>A call named like an ignore of a mapping configuration (<c>.ForMember(...)</c>, <c>.Ignore(...)</c>): the
        /// cheap test the scan makes on every call before <see cref="IgnoredMembers"/> reads it.</summary>
        public static bool MayIgnore(InvocationExpressionSyntax invocation) =>
            invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ForMember" or "Ignore" };

        /// <summary>The destination members (<c>CustomerModel.Password</c>, as type name and member name) that an ignore call
        /// of a mapping configuration names; nothing for any other call.</summary>
        public static IEnumerable<(string Type, string Member)> IgnoredMembers(InvocationExpressionSyntax invocation)
        {
            if (invocation.Expression is not MemberAccessExpressionSyntax access)
            {
                yield break;
            }

            var arguments = invocation.ArgumentList.Arguments;
            var members = new List<string>();
            switch (access.Name.Identifier.ValueText)
            {
                case "ForMember" when arguments.Count == 2 && IsIgnoreOption(arguments[1].Expression) && SelectedMember(arguments[0].Expression) is { } member:
                    members.Add(member);
                    break;
                case "Ignore" when arguments.Count > 0:
                    foreach (var argument in arguments)
                    {
                        if (SelectedMember(argument.Expression) is { } selected)
                        {
                            members.Add(selected);
                        }
                    }

                    break;
                default:
                    yield break;
            }

            if (members.Count == 0 || Destination(access.Expression) is not { } destination)
            {
                yield break;
            }

            foreach (var member in members)
            {
                yield return (destination, member);
            }
        }

        /// <summary><c>m =&gt; m.Password</c>: the member a lambda selects.</summary>
        private static string? SelectedMember(ExpressionSyntax expression) =>
            expression is LambdaExpressionSyntax { ExpressionBody: MemberAccessExpressionSyntax selected } ? selected.Name.Identifier.ValueText : null;

        /// <summary><c>o =&gt; o.Ignore()</c>.</summary>
        private static bool IsIgnoreOption(ExpressionSyntax expression) =>
            expression is LambdaExpressionSyntax { ExpressionBody: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Ignore" }, ArgumentList.Arguments.Count: 0 } };

        /// <summary>The destination type's simple name, from the configuration call that starts the chain
        /// (<c>CreateMap&lt;A, B&gt;().ForMember(...).ForMember(...)</c>, <c>TypeAdapterConfig&lt;A, B&gt;.NewConfig().Ignore(...)</c>).</summary>
        private static string? Destination(ExpressionSyntax receiver)
        {
            for (var current = receiver; current is not null;)
            {
                switch (current)
                {
                    case InvocationExpressionSyntax call:
                        current = call.Expression;
                        break;
                    case MemberAccessExpressionSyntax { Name: GenericNameSyntax generic } when ConfigurationMethods.Contains(generic.Identifier.ValueText):
                        return generic.TypeArgumentList.Arguments.Count == 2 ? SimpleName(generic.TypeArgumentList.Arguments[1]) : null;
                    case GenericNameSyntax generic when ConfigurationMethods.Contains(generic.Identifier.ValueText) || generic.Identifier.ValueText == "TypeAdapterConfig":
                        return generic.TypeArgumentList.Arguments.Count == 2 ? SimpleName(generic.TypeArgumentList.Arguments[1]) : null;
                    case MemberAccessExpressionSyntax chained:
                        current = chained.Expression;
                        break;
                    default:
                        return null;
                }
            }

            return null;
        }

        /// <summary>A configuration call followed, in the same chain, by <c>.ReverseMap()</c>: it fills its source too.</summary>
        private static bool IsReversed(GenericNameSyntax generic)
        {
            for (var node = generic.Parent; node is MemberAccessExpressionSyntax or InvocationExpressionSyntax; node = node.Parent)
            {
                if (node is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ReverseMap" })
                {
                    return true;
                }
            }

            return false;
        }

        private static string? SimpleName(TypeSyntax type) => type switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            GenericNameSyntax generic => generic.Identifier.ValueText,
            QualifiedNameSyntax qualified => SimpleName(qualified.Right),
            AliasQualifiedNameSyntax alias => SimpleName(alias.Name),
            _ => null,
        };
    }
}
