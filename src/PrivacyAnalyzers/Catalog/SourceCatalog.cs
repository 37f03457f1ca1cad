using System.Collections.Immutable;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>How a framework source hands its value over.</summary>
    internal enum SourceShape
    {
        /// <summary>A property or field: <c>ConnectionInfo.RemoteIpAddress</c>.</summary>
        Member,

        /// <summary>An indexer read with one of <see cref="SourceRow.Keys"/> (any case; no keys: any key):
        /// <c>Request.Headers["X-Forwarded-For"]</c>, <c>Request.Form["email"]</c>.</summary>
        IndexerKey,

        /// <summary>What a method returns (awaited or not): <c>UserManager.GetEmailAsync(user)</c>.</summary>
        MethodReturn,

        /// <summary>A method that reads one claim, whose kind is the claim type's (<see cref="SourceCatalog.ClaimKinds"/>):
        /// <c>User.FindFirst(ClaimTypes.Email)?.Value</c>, <c>User.FindFirstValue(ClaimTypes.Email)</c>.</summary>
        ClaimByType,
    }

    /// <summary>A framework member that hands over personal data of a kind, whatever the code around it is called: its
    /// value is classified as if the member were tagged.</summary>
    internal sealed class SourceRow
    {
        public SourceRow(string type, string member, string kind, SourceShape shape = SourceShape.Member, params string[] keys)
        {
            Type = type;
            Member = member;
            Kind = kind;
            Shape = shape;
            Keys = ImmutableArray.Create(keys);
        }

        /// <summary>Metadata name of the declaring type.</summary>
        public string Type { get; }

        /// <summary>The property, field or method (<c>this[]</c> for an indexer).</summary>
        public string Member { get; }

        /// <summary>A <c>PiiKind</c> member name (for <see cref="SourceShape.ClaimByType"/>, the kind of a claim type not in
        /// <see cref="SourceCatalog.ClaimKinds"/> is none: the row then gives nothing).</summary>
        public string Kind { get; }

        public SourceShape Shape { get; }

        /// <summary>For <see cref="SourceShape.IndexerKey"/>: the keys that hand over the data; empty means every key.</summary>
        public ImmutableArray<string> Keys { get; }

        /// <summary>How a message names the value: <c>ConnectionInfo.RemoteIpAddress</c>, <c>X-Forwarded-For header</c>.</summary>
        public string Display(string? key) => Shape == SourceShape.IndexerKey && key is not null
            ? (Type.EndsWith("HeaderDictionary", System.StringComparison.Ordinal) ? key + " header" : "form value '" + key + "'")
            : Type.Substring(Type.LastIndexOf('.') + 1).Replace("`1", string.Empty) + "." + Member;
    }

    /// <summary>
    /// Framework sources of personal data: values that are a person's data by what the API is, not by a name a team chose
    /// (names of framework and library members are never classified: <c>Type.FullName</c> is not a person's name).
    /// Teams add their own with <c>privacy_analyzers.sources.&lt;Kind&gt;</c>.
    /// </summary>
    internal static class SourceCatalog
    {
        private const string HeaderDictionary = "Microsoft.AspNetCore.Http.IHeaderDictionary";
        private const string IdentityUser = "Microsoft.AspNetCore.Identity.IdentityUser`1";
        private const string UserManager = "Microsoft.AspNetCore.Identity.UserManager`1";

        public static readonly ImmutableArray<SourceRow> Rows = ImmutableArray.Create(
            // The credentials a request carries: a bearer token, basic credentials, session cookies.
            new SourceRow(HeaderDictionary, "Authorization", PiiKinds.Secret),
            new SourceRow(HeaderDictionary, "Cookie", PiiKinds.Secret),
            new SourceRow(HeaderDictionary, "this[]", PiiKinds.Secret, SourceShape.IndexerKey, "Authorization", "Cookie", "X-Api-Key", "Proxy-Authorization"),
            new SourceRow("System.Net.Http.Headers.HttpRequestHeaders", "Authorization", PiiKinds.Secret),
            new SourceRow("System.Net.Http.Headers.AuthenticationHeaderValue", "Parameter", PiiKinds.Secret),

            // Who is asking: the client's address, directly or as a proxy forwards it.
            new SourceRow("Microsoft.AspNetCore.Http.ConnectionInfo", "RemoteIpAddress", PiiKinds.IpAddress),
            new SourceRow("Microsoft.AspNetCore.Http.Features.IHttpConnectionFeature", "RemoteIpAddress", PiiKinds.IpAddress),
            new SourceRow(HeaderDictionary, "this[]", PiiKinds.IpAddress, SourceShape.IndexerKey, "X-Forwarded-For", "X-Real-IP", "Forwarded", "CF-Connecting-IP", "True-Client-IP"),

            // Form values a person typed: personal data until the code proves otherwise.
            new SourceRow("Microsoft.AspNetCore.Http.IFormCollection", "this[]", PiiKinds.PersonalData, SourceShape.IndexerKey),

            // The signed-in person: their name and the claims that describe them.
            new SourceRow("System.Security.Principal.IIdentity", "Name", PiiKinds.UserName),
            new SourceRow("System.Security.Claims.ClaimsIdentity", "Name", PiiKinds.UserName),
            new SourceRow("System.Security.Claims.ClaimsPrincipal", "FindFirst", string.Empty, SourceShape.ClaimByType),
            new SourceRow("System.Security.Claims.ClaimsIdentity", "FindFirst", string.Empty, SourceShape.ClaimByType),
            new SourceRow("System.Security.Claims.PrincipalExtensions", "FindFirstValue", string.Empty, SourceShape.ClaimByType),

            // ASP.NET Core Identity's user: what it stores about the person (its Id is an opaque key, not a source).
            new SourceRow(IdentityUser, "UserName", PiiKinds.UserName),
            new SourceRow(IdentityUser, "NormalizedUserName", PiiKinds.UserName),
            new SourceRow(IdentityUser, "Email", PiiKinds.Email),
            new SourceRow(IdentityUser, "NormalizedEmail", PiiKinds.Email),
            new SourceRow(IdentityUser, "PhoneNumber", PiiKinds.PhoneNumber),
            new SourceRow(UserManager, "GetUserName", PiiKinds.UserName, SourceShape.MethodReturn),
            new SourceRow(UserManager, "GetUserNameAsync", PiiKinds.UserName, SourceShape.MethodReturn),
            new SourceRow(UserManager, "GetEmailAsync", PiiKinds.Email, SourceShape.MethodReturn),
            new SourceRow(UserManager, "GetPhoneNumberAsync", PiiKinds.PhoneNumber, SourceShape.MethodReturn),

            // An email address object.
            new SourceRow("System.Net.Mail.MailAddress", "Address", PiiKinds.Email),
            new SourceRow("System.Net.Mail.MailAddress", "DisplayName", PiiKinds.PersonName));

        /// <summary>Claim types (ClaimTypes' URIs and the OpenID Connect names) whose value is a person's data. The name
        /// identifier is left out on purpose: it is the user's key, which is what a log should carry.</summary>
        public static readonly ImmutableDictionary<string, string> ClaimKinds = ImmutableDictionary.CreateRange(
            System.StringComparer.OrdinalIgnoreCase,
            new[]
            {
                Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", PiiKinds.Email),
                Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name", PiiKinds.UserName),
                Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname", PiiKinds.PersonName),
                Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname", PiiKinds.PersonName),
                Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/mobilephone", PiiKinds.PhoneNumber),
                Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/homephone", PiiKinds.PhoneNumber),
                Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/otherphone", PiiKinds.PhoneNumber),
                Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/dateofbirth", PiiKinds.DateOfBirth),
                Claim("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/streetaddress", PiiKinds.PostalAddress),
                Claim("email", PiiKinds.Email),
                Claim("name", PiiKinds.PersonName),
                Claim("given_name", PiiKinds.PersonName),
                Claim("family_name", PiiKinds.PersonName),
                Claim("phone_number", PiiKinds.PhoneNumber),
                Claim("birthdate", PiiKinds.DateOfBirth),
                Claim("preferred_username", PiiKinds.UserName),
                Claim("unique_name", PiiKinds.UserName),
            });

        private static System.Collections.Generic.KeyValuePair<string, string> Claim(string type, string kind) =>
            new System.Collections.Generic.KeyValuePair<string, string>(type, kind);
    }
}
