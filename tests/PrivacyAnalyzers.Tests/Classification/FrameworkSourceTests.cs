using PrivacyAnalyzers.CodeFixes;
using PrivacyAnalyzers.Rules;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Infrastructure.VerifyProject<PrivacyAnalyzers.Rules.PiiLoggedAnalyzer, PrivacyAnalyzers.CodeFixes.MaskPiiCodeFix>;

namespace PrivacyAnalyzers.Tests.Classification;

/// <summary>Framework sources (the catalog's <c>SourceCatalog</c>): a request's credentials are secrets by what the API is,
/// whatever the code calls them; the other headers of the same request are not.</summary>
public class FrameworkSourceTests
{
    [Fact]
    public async Task Request_credentials_are_secrets_and_other_headers_are_not()
    {
        await Verify.AnalyzerAsync("""
            using System.Net.Http;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Logging;

            class Gateway(ILogger<Gateway> logger)
            {
                public void Incoming(HttpContext context)
                {
                    logger.LogInformation("Auth {Header}", {|#0:context.Request.Headers.Authorization|});
                    var cookies = context.Request.Headers.Cookie;
                    logger.LogDebug({|#1:$"Cookies {cookies}"|});
                    logger.LogInformation("Type {Type} from {Agent}", context.Request.Headers.ContentType, context.Request.Headers.UserAgent);
                    logger.LogInformation("Has credentials: {Has}", context.Request.Headers.Authorization.Count > 0);
                }

                public void Outgoing(HttpRequestMessage request)
                {
                    logger.LogDebug("Token {Token}", {|#2:request.Headers.Authorization?.Parameter|});
                    logger.LogDebug("Scheme {Scheme}", request.Headers.Authorization?.Scheme);
                }
            }
            """,
            Verify.Diagnostic(0, "IHeaderDictionary.Authorization", "secret", "ILogger.LogInformation"),
            Verify.Diagnostic(1, "IHeaderDictionary.Cookie", "secret", "ILogger.LogDebug"),
            Verify.Diagnostic(2, "AuthenticationHeaderValue.Parameter", "secret", "ILogger.LogDebug"));
    }

    [Fact]
    public async Task A_logged_credential_is_masked_by_the_fix()
    {
        await Verify.FixAsync("""
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Logging;

            class Gateway(ILogger<Gateway> logger)
            {
                public void Incoming(HttpContext context) =>
                    logger.LogInformation("Auth {Header}", {|#0:context.Request.Headers.Authorization|});
            }
            """, """
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers.Annotations;

            class Gateway(ILogger<Gateway> logger)
            {
                public void Incoming(HttpContext context) =>
                    logger.LogInformation("Auth {Header}", Pii.Mask(context.Request.Headers.Authorization, PiiKind.Secret));
            }
            """,
            equivalenceKey: null!,
            Verify.Diagnostic(0, "IHeaderDictionary.Authorization", "secret", "ILogger.LogInformation"));
    }
}
