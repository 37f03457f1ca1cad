using System.Text.Json.Nodes;

namespace LanguageServerCheck;

/// <summary>
/// One diagnostic in one file, as an editor shows it: code, 0-based range (UTF-16 columns, as LSP counts them), message,
/// severity and help link. Built from an LSP diagnostic or from a SARIF result of the command-line build, so the two can
/// be compared field by field.
/// </summary>
public sealed record Finding(string Code, int StartLine, int StartCharacter, int EndLine, int EndCharacter, string Severity, string Message, string? HelpLink)
{
    public override string ToString() =>
        $"({StartLine + 1},{StartCharacter + 1})-({EndLine + 1},{EndCharacter + 1}) {Severity} {Code}: {Message} [help: {HelpLink ?? "none"}]";

    public static Finding FromLsp(JsonObject diagnostic)
    {
        var range = diagnostic["range"]!;
        var code = diagnostic["code"] is JsonValue value ? value.ToString() : "";
        var severity = (int?)diagnostic["severity"] switch
        {
            1 => "error",
            2 => "warning",
            3 => "information",
            4 => "hint",
            null => "unspecified",
            var other => "severity-" + other,
        };
        return new Finding(
            code,
            (int)range["start"]!["line"]!,
            (int)range["start"]!["character"]!,
            (int)range["end"]!["line"]!,
            (int)range["end"]!["character"]!,
            severity,
            (string?)diagnostic["message"] ?? "",
            (string?)diagnostic["codeDescription"]?["href"]);
    }

    /// <summary>The results of a compiler SARIF 2.1 error log (<c>-p:ErrorLog=file,version=2.1</c>) located in <paramref name="filePath"/>.</summary>
    public static List<Finding> FromSarif(string sarifPath, string filePath)
    {
        var log = JsonNode.Parse(File.ReadAllText(sarifPath)) ?? throw new CheckFailedException($"{sarifPath} is empty");
        var findings = new List<Finding>();
        foreach (var run in log["runs"]!.AsArray())
        {
            var helpLinks = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var rule in run!["tool"]?["driver"]?["rules"]?.AsArray() ?? new JsonArray())
            {
                helpLinks[(string)rule!["id"]!] = (string?)rule["helpUri"];
            }

            foreach (var result in run["results"]?.AsArray() ?? new JsonArray())
            {
                var location = result!["locations"]?.AsArray().FirstOrDefault()?["physicalLocation"];
                var uri = (string?)location?["artifactLocation"]?["uri"];
                if (uri is null || !SamePath(uri, filePath))
                {
                    continue;
                }

                var region = location!["region"]!;
                var id = (string)result["ruleId"]!;
                var severity = (string?)result["level"] switch
                {
                    "error" => "error",
                    "warning" => "warning",
                    "note" => "information",
                    var other => "level-" + (other ?? "none"),
                };
                findings.Add(new Finding(
                    id,
                    (int)region["startLine"]! - 1,
                    (int)region["startColumn"]! - 1,
                    (int)region["endLine"]! - 1,
                    (int)region["endColumn"]! - 1,
                    severity,
                    (string?)result["message"]?["text"] ?? "",
                    helpLinks.GetValueOrDefault(id)));
            }
        }

        return findings;
    }

    public static bool SamePath(string uriOrPath, string path)
    {
        var left = Uri.TryCreate(uriOrPath, UriKind.Absolute, out var uri) && uri.IsFile ? uri.LocalPath : uriOrPath;
        return string.Equals(Path.GetFullPath(left), Path.GetFullPath(path), StringComparison.Ordinal);
    }

    /// <summary>Fails with both lists when the two multisets differ.</summary>
    public static void AssertSame(string what, IReadOnlyCollection<Finding> expected, IReadOnlyCollection<Finding> actual)
    {
        var missing = Subtract(expected, actual);
        var extra = Subtract(actual, expected);
        if (missing.Count == 0 && extra.Count == 0)
        {
            return;
        }

        var lines = new List<string> { $"{what}: the language server's PII diagnostics differ from the command-line build's" };
        lines.AddRange(missing.Select(f => "  only in the build:  " + f));
        lines.AddRange(extra.Select(f => "  only from the server: " + f));
        throw new CheckFailedException(string.Join(Environment.NewLine, lines));
    }

    private static List<Finding> Subtract(IEnumerable<Finding> from, IEnumerable<Finding> remove)
    {
        var left = from.ToList();
        foreach (var finding in remove)
        {
            left.Remove(finding);
        }

        return left;
    }

    public static string Codes(IEnumerable<Finding> findings) =>
        string.Join(" ", findings.Select(f => f.Code).Order(StringComparer.Ordinal));
}
