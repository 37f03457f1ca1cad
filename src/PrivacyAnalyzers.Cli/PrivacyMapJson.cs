using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PrivacyAnalyzers.Cli;

/// <summary>Writes the map as JSON: fixed property order, sorted lists, '\n' line ends, so that two maps of the same code
/// are byte for byte equal and a diff shows only what changed.</summary>
internal static class PrivacyMapJson
{
    public const int FormatVersion = 1;

    public static string Write(PrivacyMap map)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("formatVersion", FormatVersion);
            json.WriteBoolean("partial", map.IsPartial);
            json.WriteStartArray("problems");
            foreach (var problem in map.Problems)
            {
                json.WriteStringValue(problem);
            }

            json.WriteEndArray();
            json.WriteStartArray("projects");
            foreach (var project in map.Projects)
            {
                json.WriteStartObject();
                json.WriteString("name", project.Name);
                json.WriteStartArray("elements");
                foreach (var element in project.Elements)
                {
                    json.WriteStartObject();
                    json.WriteString("member", element.Member);
                    json.WriteString("documentationId", element.DocumentationId);
                    json.WriteString("kind", element.Kind);
                    json.WriteString("classifiedBy", element.ClassifiedBy);
                    json.WriteString("file", element.File);
                    json.WriteNumber("line", element.Line);
                    if (element.Retention is not null)
                    {
                        json.WriteString("retention", element.Retention);
                        json.WriteString("retentionDeclaredBy", element.RetentionDeclaredBy);
                    }

                    if (element.Purposes.Count > 0)
                    {
                        json.WriteStartArray("purposes");
                        foreach (var purpose in element.Purposes)
                        {
                            json.WriteStringValue(purpose);
                        }

                        json.WriteEndArray();
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("flows");
                foreach (var flow in project.Flows)
                {
                    json.WriteStartObject();
                    if (flow.Rule is not null)
                    {
                        json.WriteString("rule", flow.Rule);
                    }

                    json.WriteString("destination", flow.Destination);
                    json.WriteString("kind", flow.Kind);
                    json.WriteStartArray("members");
                    foreach (var member in flow.Members)
                    {
                        json.WriteStringValue(member);
                    }

                    json.WriteEndArray();
                    json.WriteString("file", flow.File);
                    json.WriteNumber("line", flow.Line);
                    json.WriteNumber("column", flow.Column);
                    json.WriteString("status", flow.Status);
                    if (flow.Protection is not null)
                    {
                        json.WriteString("protection", flow.Protection);
                    }

                    if (flow.Suppressed)
                    {
                        json.WriteBoolean("suppressed", true);
                    }

                    json.WriteString("message", flow.Message);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
