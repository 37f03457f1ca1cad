using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Engine;

namespace PrivacyAnalyzers.Sinks
{
    /// <summary>Which credentials an endpoint hands to its caller by design.</summary>
    [Flags]
    internal enum IssuedCredentials
    {
        None = 0,

        /// <summary>It signs the caller in or issues a token: it may return the access, refresh or id token it issues.</summary>
        SignInTokens = 1,

        /// <summary>It creates a credential (an API key, a client secret): it may return it once, to its owner.</summary>
        NewCredential = 2,
    }

    /// <summary>
    /// Endpoints whose response is a credential by design: sign-in and token endpoints return the token they issue, and an
    /// endpoint that creates an API key or client secret returns it once. Decided from names only (the action or handler,
    /// its routes, its controller) and kept narrow on purpose: what it lets through is a secret in a response, so a wrong
    /// guess hides a real leak. Only a GET-less endpoint can issue (listing tokens is not issuing one), only a POST can
    /// create, and only members of kind Secret named like what is issued are let through: never a password, never
    /// identity data, never an OTP or a security answer.
    /// </summary>
    internal sealed class CredentialEndpoints
    {
        // Words of an action, handler or route that say it signs in or issues a token (connect/token, /auth/refresh, Login).
        private static readonly HashSet<string> SignInWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "login", "logon", "signin", "token", "tokens", "refresh", "authenticate", "auth", "oauth", "exchange",
        };

        // The first word of a controller whose endpoints sign in (AuthController, OAuthController, TokenController).
        private static readonly HashSet<string> SignInControllers = new HashSet<string>(StringComparer.Ordinal)
        {
            "auth", "oauth", "token", "tokens", "authentication", "login",
        };

        // The first word of an action that creates what it returns (CreateApiKey, RegenerateClientSecret, RotateKey,
        // InitiateQuickConnect: a pairing secret for the device that asked).
        private static readonly HashSet<string> CreateVerbs = new HashSet<string>(StringComparer.Ordinal)
        {
            "create", "add", "generate", "issue", "regenerate", "rotate", "new", "initiate",
        };

        private readonly INamedTypeSymbol? _httpMethod;
        private readonly INamedTypeSymbol? _route;
        private readonly ComputeOnceCache<IMethodSymbol, IssuedCredentials> _actions;

        public CredentialEndpoints(Compilation compilation)
        {
            _httpMethod = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.Routing.HttpMethodAttribute");
            _route = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.RouteAttribute");
            _actions = new ComputeOnceCache<IMethodSymbol, IssuedCredentials>(ComputeForAction, SymbolEqualityComparer.Default);
        }

        /// <summary>A controller action: its name, its verb attributes and their templates, its and its controller's routes.</summary>
        public IssuedCredentials ForAction(IMethodSymbol action) => _actions.Get(action);

        /// <summary>A minimal API endpoint: the <c>Map*</c> method that maps it, its route pattern, and the handler when it is
        /// a method group (a lambda has no name to read).</summary>
        public static IssuedCredentials ForRoute(string mapMethod, string? pattern, IMethodSymbol? handler)
        {
            var verbs = new HashSet<string>(StringComparer.Ordinal);
            if (mapMethod.Length > 3 && mapMethod != "MapMethods")
            {
                verbs.Add(mapMethod.Substring(3).ToUpperInvariant());
            }

            var routeWords = new List<string>();
            AddRouteWords(pattern, routeWords);
            return Decide(verbs, handler is null ? new List<string>() : IdentifierWords.Split(handler.Name), routeWords, controllerWords: null);
        }

        /// <summary>Whether an endpoint that issues <paramref name="issued"/> may return <paramref name="member"/>.</summary>
        public static bool MayReturn(IssuedCredentials issued, PiiClassification member)
        {
            // A sign-in answers with whom it signed in: the person's own login name, which they have just typed.
            if ((issued & IssuedCredentials.SignInTokens) != 0 && member.Kind == PiiKinds.UserName)
            {
                return true;
            }

            if (issued == IssuedCredentials.None || member.Kind != PiiKinds.Secret)
            {
                return false;
            }

            var words = IdentifierWords.Split(member.Symbol.Name);
            return ((issued & IssuedCredentials.SignInTokens) != 0 && words.Contains("token"))
                || ((issued & IssuedCredentials.NewCredential) != 0 && (words.Contains("key") || words.Contains("secret") || words.Contains("token")));
        }

        private IssuedCredentials ComputeForAction(IMethodSymbol action)
        {
            var verbs = new HashSet<string>(StringComparer.Ordinal);
            var routeWords = new List<string>();
            foreach (var attribute in action.GetAttributes())
            {
                if (attribute.AttributeClass is not { } type)
                {
                    continue;
                }

                if (type.InheritsFromOrEquals(_httpMethod))
                {
                    // HttpPostAttribute -> POST; [AcceptVerbs] and the base class name no verb of their own (any verb).
                    var name = type.Name;
                    if (name.StartsWith("Http", StringComparison.Ordinal) && name.EndsWith("Attribute", StringComparison.Ordinal) && name != "HttpMethodAttribute")
                    {
                        verbs.Add(name.Substring(4, name.Length - 4 - "Attribute".Length).ToUpperInvariant());
                    }

                    AddTemplateWords(attribute, routeWords);
                }
                else if (SymbolEqualityComparer.Default.Equals(type, _route))
                {
                    AddTemplateWords(attribute, routeWords);
                }
            }

            var controllerWords = action.ContainingType is { } controller ? IdentifierWords.Split(controller.Name) : new List<string>();
            if (action.ContainingType is { } containing)
            {
                foreach (var attribute in containing.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _route))
                    {
                        AddTemplateWords(attribute, routeWords);
                    }
                }
            }

            return Decide(verbs, IdentifierWords.Split(action.Name), routeWords, controllerWords);
        }

        private static IssuedCredentials Decide(HashSet<string> verbs, List<string> nameWords, List<string> routeWords, List<string>? controllerWords)
        {
            var issued = IssuedCredentials.None;

            // No verb attribute means any verb (a conventional MVC Login action); only GET (or HEAD) rules it out.
            var readOnly = verbs.Count > 0 && !verbs.Contains("POST") && !verbs.Contains("PUT") && !verbs.Contains("PATCH") && !verbs.Contains("DELETE");
            if (!readOnly
                && (HasSignInWord(nameWords) || HasSignInWord(routeWords)
                    || (controllerWords is { Count: > 0 } && SignInControllers.Contains(controllerWords[0]))))
            {
                issued |= IssuedCredentials.SignInTokens;
            }

            if (verbs.Contains("POST") && nameWords.Count > 0 && CreateVerbs.Contains(nameWords[0]))
            {
                issued |= IssuedCredentials.NewCredential;
            }

            return issued;
        }

        private static bool HasSignInWord(List<string> words)
        {
            for (var i = 0; i < words.Count; i++)
            {
                if (SignInWords.Contains(words[i])
                    || ((words[i] == "sign" || words[i] == "log") && i + 1 < words.Count && (words[i + 1] == "in" || words[i + 1] == "on")))
                {
                    return true;
                }
            }

            return false;
        }

        private static void AddTemplateWords(AttributeData attribute, List<string> words)
        {
            foreach (var argument in attribute.ConstructorArguments)
            {
                if (argument.Kind == TypedConstantKind.Primitive && argument.Value is string template)
                {
                    AddRouteWords(template, words);
                }
            }
        }

        /// <summary>The literal words of a route (<c>api/auth/sign-in/{id}</c> gives api, auth, sign, in); parameters are skipped.</summary>
        private static void AddRouteWords(string? template, List<string> words)
        {
            if (template is null)
            {
                return;
            }

            foreach (var segment in template.Split('/'))
            {
                if (segment.IndexOf('{') < 0)
                {
                    words.AddRange(IdentifierWords.Split(segment));
                }
            }
        }
    }
}
