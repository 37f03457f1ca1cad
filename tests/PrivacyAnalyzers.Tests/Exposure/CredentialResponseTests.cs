using Xunit;
using Verify = PrivacyAnalyzers.Tests.Infrastructure.VerifyProject<PrivacyAnalyzers.Rules.PiiInApiResponseAnalyzer, PrivacyAnalyzers.CodeFixes.PiiExposureCodeFix>;

namespace PrivacyAnalyzers.Tests.Exposure;

/// <summary>PII2002: endpoints that sign in or issue a token may return the token, and endpoints that create an API key
/// or client secret may return it; the look-alikes (GET endpoints, names that only contain the letters, other kinds of
/// data in the same response) are still reported.</summary>
public class CredentialResponseTests
{
    private const string Model = """
        using PrivacyAnalyzers.Annotations;

        namespace Auth;

        public class TokenResponse
        {
            public string AccessToken { get; set; } = "";
            public string RefreshToken { get; set; } = "";
            public string IdToken { get; set; } = "";
            public int ExpiresIn { get; set; }
        }

        public class SessionInfo
        {
            public string AccessToken { get; set; } = "";
            [Pii(PiiKind.Cnic)] public string Cnic { get; set; } = "";
            public string Password { get; set; } = "";
            public string SecurityAnswer { get; set; } = "";
            [Pii(PiiKind.UserName)] public string UserName { get; set; } = "";
        }

        // Writes every member: PII2002 leaves out response members that no code writes.
        public static class Issuer
        {
            public static TokenResponse Tokens(string a, string r, string i) => new() { AccessToken = a, RefreshToken = r, IdToken = i };
            public static SessionInfo Session(string a, string c, string p, string s) => new() { AccessToken = a, Cnic = c, Password = p, SecurityAnswer = s, UserName = a };
            public static ApiKeyCreated Key(string k, string s) => new() { ApiKey = k, ClientSecret = s };
        }

        public class ApiKeyCreated
        {
            public int Id { get; set; }
            public string ApiKey { get; set; } = "";
            public string ClientSecret { get; set; } = "";
        }
        """;

    private const string Tokens = "AccessToken: secret, RefreshToken: secret and IdToken: secret";
    private const string Keys = "ApiKey: secret and ClientSecret: secret";

    [Fact]
    public async Task Sign_in_and_token_controllers_return_the_tokens_they_issue_and_nothing_else()
    {
        await Verify.RunAsync(new[] { """
            using Microsoft.AspNetCore.Mvc;
            using Auth;

            public class AuthController : ControllerBase
            {
                [HttpPost("register")]
                public TokenResponse Register() => new();
            }

            public class AccountController : Controller
            {
                public TokenResponse Login() => new();

                [HttpPost("sign-in")]
                public IActionResult SignInWithPassword() => Ok(new TokenResponse());

                // The token and the signed-in person's own login name may go back; the CNIC, the password and the
                // security answer may not.
                [HttpPost("session")]
                public SessionInfo LogIn() => {|#0:new()|};

                // Reading a session back is not signing in: the token and the login name are reported too.
                [HttpGet("session")]
                public SessionInfo Session() => {|#4:new()|};

                // Not a sign-in: a profile update has no business returning tokens.
                [HttpPost("profile")]
                public TokenResponse UpdateProfile() => {|#1:new()|};
            }

            [Route("connect")]
            public class OidcController : ControllerBase
            {
                [HttpPost("token")]
                public TokenResponse Exchange() => new();

                // Listing tokens is not issuing one.
                [HttpGet("token")]
                public TokenResponse Current() => {|#2:new()|};
            }

            // "Authors" only contains the letters of "auth".
            public class AuthorsController : ControllerBase
            {
                [HttpPost]
                public TokenResponse Publish() => {|#3:new()|};
            }
            """, Model }, null, null,
            Verify.Diagnostic(0, "SessionInfo", "Cnic: CNIC number, Password: password and SecurityAnswer: secret", "AccountController.LogIn"),
            // #1, #2 and #3 send the same tokens: one decision, reported at the first with the other two counted.
            Verify.Diagnostic(1, "TokenResponse", Tokens, "AccountController.UpdateProfile", " and 2 more endpoints"),
            Verify.Diagnostic(4, "SessionInfo", "AccessToken: secret, Cnic: CNIC number, Password: password, SecurityAnswer: secret and UserName: username", "AccountController.Session"));
    }

    [Fact]
    public async Task Create_endpoints_return_the_new_key_once_but_reading_it_back_is_reported()
    {
        await Verify.RunAsync(new[] { """
            using Microsoft.AspNetCore.Mvc;
            using Auth;

            [ApiController]
            [Route("api/keys")]
            public class ApiKeysController : ControllerBase
            {
                [HttpPost]
                public ActionResult<ApiKeyCreated> CreateApiKey() => new ApiKeyCreated();

                [HttpPost("{id}/rotate")]
                public IActionResult RotateSecret(int id) => Ok(new ApiKeyCreated());

                [HttpGet("{id}")]
                public ApiKeyCreated GetApiKey(int id) => {|#0:new()|};

                // Created with POST, but named for an update.
                [HttpPost("{id}")]
                public ApiKeyCreated Save(int id) => {|#1:new()|};

                // A create endpoint may hand back a key, not a password or an identity number.
                [HttpPost("sessions")]
                public SessionInfo CreateSession() => {|#2:new()|};
            }
            """, Model }, null, null,
            // #0 and #1 send the same keys: one decision.
            Verify.Diagnostic(0, "ApiKeyCreated", Keys, "ApiKeysController.GetApiKey", " and 1 more endpoint"),
            Verify.Diagnostic(2, "SessionInfo", "Cnic: CNIC number, Password: password, SecurityAnswer: secret and UserName: username", "ApiKeysController.CreateSession"));
    }

    [Fact]
    public async Task Minimal_api_token_and_create_endpoints()
    {
        await Verify.RunAsync(new[] { """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Auth;

            static class Endpoints
            {
                static ApiKeyCreated CreateKey() => new();
                static ApiKeyCreated ReadKey() => new();

                public static void Map(WebApplication app)
                {
                    app.MapPost("/connect/token", () => new TokenResponse());
                    app.MapPost("/auth/refresh", () => Results.Ok(new TokenResponse()));
                    app.MapPost("/keys", CreateKey);
                    app.MapGet("/me/token", () => {|#0:new TokenResponse()|});
                    app.MapPost("/keys/{id}", {|#1:ReadKey|});
                    app.MapPost("/profile", () => Results.Ok({|#2:new TokenResponse()|}));
                }
            }
            """, Model }, null, null,
            // #0 and #2 send the same tokens: one decision.
            Verify.Diagnostic(0, "TokenResponse", Tokens, "GET /me/token", " and 1 more endpoint"),
            Verify.Diagnostic(1, "ApiKeyCreated", Keys, "POST /keys/{id}"));
    }
}
