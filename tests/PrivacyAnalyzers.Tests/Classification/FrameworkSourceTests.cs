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

    [Fact]
    public async Task Who_is_asking_the_client_address_and_the_signed_in_persons_claims()
    {
        await Verify.AnalyzerAsync("""
            using System.Security.Claims;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Logging;

            class SignInAudit(ILogger<SignInAudit> logger)
            {
                public void Failed(HttpContext context, ClaimsPrincipal user)
                {
                    logger.LogWarning("Failed from {Ip}", {|#0:context.Connection.RemoteIpAddress|});
                    logger.LogWarning("Forwarded {Ip}", {|#1:context.Request.Headers["X-Forwarded-For"]|});
                    logger.LogWarning("Agent {Agent}", context.Request.Headers["User-Agent"]);
                    logger.LogInformation("User {Name}", {|#2:user.Identity!.Name|});
                    logger.LogInformation("Mail {Email}", {|#3:user.FindFirst(ClaimTypes.Email)?.Value|});
                    logger.LogInformation("Mail {Email}", {|#4:user.FindFirstValue(ClaimTypes.MobilePhone)|});
                    // The user's key is what a log should carry instead.
                    logger.LogInformation("Id {Id}", user.FindFirstValue(ClaimTypes.NameIdentifier));
                    logger.LogInformation("Role {Role}", user.FindFirst(ClaimTypes.Role)?.Value);
                    logger.LogInformation("Local {Port}", context.Connection.LocalPort);
                }
            }
            """,
            Verify.Diagnostic(0, "ConnectionInfo.RemoteIpAddress", "IP address", "ILogger.LogWarning"),
            Verify.Diagnostic(1, "X-Forwarded-For header", "IP address", "ILogger.LogWarning"),
            Verify.Diagnostic(2, "IIdentity.Name", "username", "ILogger.LogInformation"),
            Verify.Diagnostic(3, "emailaddress claim", "email address", "ILogger.LogInformation"),
            Verify.Diagnostic(4, "mobilephone claim", "phone number", "ILogger.LogInformation"));
    }

    [Fact]
    public async Task Identity_users_what_a_person_posted_and_an_email_address()
    {
        await Verify.AnalyzerAsync("""
            using System.IO;
            using System.Net.Mail;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Identity;
            using Microsoft.Extensions.Logging;

            public class ApplicationUser : IdentityUser { }

            class Accounts(ILogger<Accounts> logger, UserManager<ApplicationUser> users)
            {
                public async Task Run(ApplicationUser user, HttpRequest request, MailAddress to)
                {
                    logger.LogInformation("Locked {Id}", user.Id);
                    logger.LogInformation("Locked {Email}", {|#0:user.Email|});
                    logger.LogInformation("Locked {Name}", {|#1:user.UserName|});
                    logger.LogInformation("Mail {Email}", {|#2:await users.GetEmailAsync(user)|});
                    logger.LogInformation("Confirmed {Confirmed}", user.EmailConfirmed);

                    using var reader = new StreamReader(request.Body);
                    var body = await reader.ReadToEndAsync();
                    logger.LogInformation("Webhook {Body}", {|#3:body|});
                    logger.LogInformation("Field {Value}", {|#4:request.Form["payer_name"]|});
                    logger.LogInformation("To {To}", {|#5:to.Address|});
                    logger.LogInformation("Host {Host}", to.Host);
                }
            }
            """,
            Verify.Diagnostic(0, "IdentityUser.Email", "email address", "ILogger.LogInformation"),
            Verify.Diagnostic(1, "IdentityUser.UserName", "username", "ILogger.LogInformation"),
            Verify.Diagnostic(2, "UserManager.GetEmailAsync", "email address", "ILogger.LogInformation"),
            Verify.Diagnostic(3, "request body", "personal data", "ILogger.LogInformation"),
            Verify.Diagnostic(4, "form value 'payer_name'", "personal data", "ILogger.LogInformation"),
            Verify.Diagnostic(5, "MailAddress.Address", "email address", "ILogger.LogInformation"));
    }

    [Fact]
    public async Task A_logged_client_address_and_username_are_masked_by_the_fix()
    {
        await Verify.FixAsync("""
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Logging;

            class Audit(ILogger<Audit> logger)
            {
                public void Denied(HttpContext context, string username) =>
                    logger.LogWarning("Denied {User} from {Ip}", {|#1:username|}, {|#0:context.Connection.RemoteIpAddress|});
            }
            """, """
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers.Annotations;

            class Audit(ILogger<Audit> logger)
            {
                public void Denied(HttpContext context, string username) =>
                    logger.LogWarning("Denied {User} from {Ip}", Pii.Mask(username, PiiKind.UserName), Pii.Mask(context.Connection.RemoteIpAddress, PiiKind.IpAddress));
            }
            """,
            equivalenceKey: null!,
            Verify.Diagnostic(0, "ConnectionInfo.RemoteIpAddress", "IP address", "ILogger.LogWarning"),
            Verify.Diagnostic(1, "username", "username", "ILogger.LogWarning"));
    }
}
