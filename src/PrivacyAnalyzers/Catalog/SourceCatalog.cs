using System.Collections.Immutable;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>A framework member that hands over personal data of a kind, whatever the code around it is called: its
    /// value is classified as if the member were tagged.</summary>
    internal sealed class SourceRow
    {
        public SourceRow(string type, string member, string kind)
        {
            Type = type;
            Member = member;
            Kind = kind;
        }

        /// <summary>Metadata name of the declaring type.</summary>
        public string Type { get; }

        /// <summary>The property or field (methods: what they return).</summary>
        public string Member { get; }

        /// <summary>A <c>PiiKind</c> member name.</summary>
        public string Kind { get; }
    }

    /// <summary>
    /// Framework sources of personal data: values that are a person's data by what the API is, not by a name a team chose.
    /// Only members whose value is that data in every use belong here (the credentials of a request); values whose
    /// meaning depends on the application's policy (a client's IP address, claims) need context and are not rows.
    /// </summary>
    internal static class SourceCatalog
    {
        public static readonly ImmutableArray<SourceRow> Rows = ImmutableArray.Create(
            // The credentials a request carries: a bearer token, basic credentials, session cookies.
            new SourceRow("Microsoft.AspNetCore.Http.IHeaderDictionary", "Authorization", PiiKinds.Secret),
            new SourceRow("Microsoft.AspNetCore.Http.IHeaderDictionary", "Cookie", PiiKinds.Secret),
            new SourceRow("System.Net.Http.Headers.HttpRequestHeaders", "Authorization", PiiKinds.Secret),
            new SourceRow("System.Net.Http.Headers.AuthenticationHeaderValue", "Parameter", PiiKinds.Secret));
    }
}
