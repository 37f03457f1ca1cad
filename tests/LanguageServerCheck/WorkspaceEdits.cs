using System.Text.Json.Nodes;

namespace LanguageServerCheck;

/// <summary>Applies an LSP WorkspaceEdit to the text of one file, as an editor does.</summary>
public static class WorkspaceEdits
{
    /// <summary>
    /// The text of <paramref name="filePath"/> after the edit's TextEdits for it (from <c>documentChanges</c> or
    /// <c>changes</c>). An edit that creates, renames or deletes files, or touches another file, fails the check: the check
    /// would not see all of it.
    /// </summary>
    public static string Apply(JsonObject edit, string filePath, string text)
    {
        var edits = new List<JsonObject>();
        if (edit["documentChanges"] is JsonArray documentChanges)
        {
            foreach (var change in documentChanges.Select(c => c!.AsObject()))
            {
                if (change.ContainsKey("kind"))
                {
                    throw new CheckFailedException($"the edit has a resource operation ({(string?)change["kind"]}): {change.ToJsonString()}");
                }

                AddFor((string)change["textDocument"]!["uri"]!, change["edits"]!.AsArray());
            }
        }
        else if (edit["changes"] is JsonObject changes)
        {
            foreach (var (uri, fileEdits) in changes)
            {
                AddFor(uri, fileEdits!.AsArray());
            }
        }

        if (edits.Count == 0)
        {
            throw new CheckFailedException($"the edit has no text edits for {filePath}: {edit.ToJsonString()}");
        }

        var lineStarts = LineStarts(text);
        var spans = edits
            .Select((e, order) => (Start: Offset(e["range"]!["start"]!), End: Offset(e["range"]!["end"]!), NewText: (string)e["newText"]!, Order: order))
            .OrderByDescending(e => e.Start).ThenByDescending(e => e.Order)
            .ToList();
        var result = text;
        var limit = int.MaxValue;
        foreach (var span in spans)
        {
            if (span.End < span.Start || span.End > limit)
            {
                throw new CheckFailedException($"the edit's text edits overlap or are reversed: {edit.ToJsonString()}");
            }

            result = result[..span.Start] + span.NewText + result[span.End..];
            limit = span.Start;
        }

        return result;

        void AddFor(string uri, JsonArray fileEdits)
        {
            if (!Finding.SamePath(uri, filePath))
            {
                throw new CheckFailedException($"the edit changes another file, {uri}");
            }

            edits.AddRange(fileEdits.Select(e => e!.AsObject()));
        }

        int Offset(JsonNode position)
        {
            var line = (int)position["line"]!;
            var character = (int)position["character"]!;
            if (line >= lineStarts.Count)
            {
                return text.Length;
            }

            var lineEnd = line + 1 < lineStarts.Count ? lineStarts[line + 1] : text.Length;
            return Math.Min(lineStarts[line] + character, lineEnd);
        }
    }

    /// <summary>Where each line starts; LSP ends lines at \n, \r\n or \r.</summary>
    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (text[i] is '\n' or '\r')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    /// <summary>A short account of the edit's shape: the container and each text edit's range and new text.</summary>
    public static string Describe(JsonObject edit)
    {
        var container = edit.ContainsKey("documentChanges") ? "documentChanges" : "changes";
        var edits = edit["documentChanges"] is JsonArray documentChanges
            ? documentChanges.SelectMany(c => c!["edits"]!.AsArray())
            : (edit["changes"] as JsonObject ?? new JsonObject()).SelectMany(c => c.Value!.AsArray());
        var described = edits.Select(e =>
        {
            var range = e!["range"]!;
            var newText = ((string)e["newText"]!).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
            return $"({(int)range["start"]!["line"]! + 1},{(int)range["start"]!["character"]! + 1})-({(int)range["end"]!["line"]! + 1},{(int)range["end"]!["character"]! + 1}) -> \"{newText}\"";
        }).ToList();
        return $"{container}, {described.Count} text edit(s): {string.Join("; ", described)}";
    }
}
