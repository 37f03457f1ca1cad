using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>PII4002: personal data is placed in the URL or query string of an HTTP request, a redirect, a generated
    /// link, or the route template of an endpoint.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PiiInUrlAnalyzer : DiagnosticAnalyzer
    {
        internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
            RuleIdentifiers.PiiInUrl,
            title: "Personal data is put in a URL",
            messageFormat: "'{0}' ({1}) is put into the URL of '{2}'; URLs are logged by proxies, servers and browsers, so send it in a request body or pass an opaque id instead",
            description: "URLs and query strings are written to access logs, proxy logs, browser history and referrer headers, even over TLS. Personal data belongs in the request body.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(RuleDescriptors.GeneratedCodeAnalysis);
            context.EnableConcurrentExecution();
            SinkRuleRunner.Register(context, Rule, SinkFamily.HttpUrl);

            // Route templates that put a PII parameter into the path of every request (`[HttpGet("users/{email}")]`).
            Sinks.RouteTemplates.Register(context, Rule);
        }
    }
}
