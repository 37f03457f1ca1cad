using PrivacyAnalyzers.Map;

namespace PrivacyAnalyzers.Cli;

/// <summary>Where one finding's data goes: a flow from PII members to a destination, at a place in the code.</summary>
internal sealed record MapFlow(string Rule, string Destination, string Kind, IReadOnlyList<string> Members, string File, int Line, int Column, string Status, string Message);

/// <summary>One project's personal data and where it goes.</summary>
internal sealed record ProjectMap(string Name, IReadOnlyList<InventoryElement> Elements, IReadOnlyList<MapFlow> Flows);

/// <summary>The privacy map of what was loaded; <see cref="Problems"/> says what could not be (the map is then partial).</summary>
internal sealed record PrivacyMap(IReadOnlyList<ProjectMap> Projects, IReadOnlyList<string> Problems)
{
    public bool IsPartial => Problems.Count > 0;
}
