using PrivacyAnalyzers.Map;

namespace PrivacyAnalyzers.Cli;

/// <summary>Where PII goes: from members to a destination, at a place in the code; unprotected (a rule's finding, with its
/// rule) or protected (with how: masking, hashing, encryption). <see cref="Suppressed"/>: an unprotected flow whose finding the
/// code suppresses (<c>#pragma warning disable</c>, <c>[SuppressMessage]</c>): still unprotected, and the map says so.</summary>
internal sealed record MapFlow(string? Rule, string Destination, string Kind, IReadOnlyList<string> Members, string File, int Line, int Column,
    string Status, string? Protection, string Message, bool Suppressed = false);

/// <summary>One project's personal data and where it goes, and the privacy policy it declares (not part of the JSON map:
/// the record of processing reads it).</summary>
internal sealed record ProjectMap(string Name, IReadOnlyList<InventoryElement> Elements, IReadOnlyList<MapFlow> Flows, PrivacyAnalyzers.Policy.PrivacyPolicy? Policy = null);

/// <summary>The privacy map of what was loaded; <see cref="Problems"/> says what could not be (the map is then partial).</summary>
internal sealed record PrivacyMap(IReadOnlyList<ProjectMap> Projects, IReadOnlyList<string> Problems)
{
    public bool IsPartial => Problems.Count > 0;
}
