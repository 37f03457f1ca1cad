using System.Collections.Immutable;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>Framework types the flow walk sees through: the data they are built from is still in them.</summary>
    internal static class FlowCatalog
    {
        /// <summary>Objects made of their constructor arguments: <c>new Uri($"...{cnic}")</c>, <c>new StringContent(json)</c>.</summary>
        public static readonly ImmutableArray<string> CarrierTypes = ImmutableArray.Create(
            "System.Uri", "System.Net.Http.StringContent", "System.Net.Http.ByteArrayContent", "System.Net.Http.FormUrlEncodedContent");

        /// <summary>Types whose text-returning methods build the text from their arguments (<c>string.Concat</c>,
        /// <c>Convert.ToBase64String</c>); every type of the namespaces in <see cref="TextBuildingNamespaces"/> too.</summary>
        public static readonly ImmutableArray<string> TextBuildingTypes = ImmutableArray.Create("System.String", "System.Convert");

        public static readonly ImmutableArray<string> TextBuildingNamespaces = ImmutableArray.Create("System.Text", "System.Text.RegularExpressions");
    }
}
