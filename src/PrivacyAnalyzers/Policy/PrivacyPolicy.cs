using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Retention;

namespace PrivacyAnalyzers.Policy
{
    /// <summary>A processor the team shares personal data with: where it is reached and where it keeps the data.</summary>
    internal sealed class Processor
    {
        public Processor(string name, string region, string? purpose, ImmutableArray<string> hosts, ImmutableArray<string> sdks)
        {
            Name = name;
            Region = region;
            Purpose = purpose;
            Hosts = hosts;
            Sdks = sdks;
        }

        public string Name { get; }

        /// <summary>ISO 3166-1 alpha-2 code of the country the processor keeps the data in.</summary>
        public string Region { get; }

        public string? Purpose { get; }

        public ImmutableArray<string> Hosts { get; }

        public ImmutableArray<string> Sdks { get; }
    }

    /// <summary>Who may receive a kind of personal data, in which countries it may be kept, how long it is kept and why
    /// it is processed.</summary>
    internal sealed class KindSharing
    {
        public KindSharing(string kind, ImmutableArray<string> processors, ImmutableArray<string> regions, string? retention = null, ImmutableArray<string> purposes = default)
        {
            Kind = kind;
            Processors = processors;
            Regions = regions;
            Retention = retention;
            Purposes = purposes.IsDefault ? ImmutableArray<string>.Empty : purposes;
        }

        public string Kind { get; }

        public ImmutableArray<string> Processors { get; }

        /// <summary>Empty: any region of an allowed processor.</summary>
        public ImmutableArray<string> Regions { get; }

        /// <summary>How long data of this kind is kept, an ISO 8601 duration (<c>P30D</c>); null when the file does not say
        /// (a value that is not a duration is a problem, and left out).</summary>
        public string? Retention { get; }

        /// <summary>Why data of this kind is processed; empty when the file does not say.</summary>
        public ImmutableArray<string> Purposes { get; }
    }

    /// <summary>Something in the policy file that cannot be used, and where.</summary>
    internal sealed class PolicyProblem
    {
        public PolicyProblem(Location location, string path, string what, string detail)
        {
            Location = location;
            Path = path;
            What = what;
            Detail = detail;
        }

        public Location Location { get; }

        /// <summary>Where in the document: <c>kinds.Cnci</c>, <c>processors[1].region</c>.</summary>
        public string Path { get; }

        public string What { get; }

        public string Detail { get; }
    }

    /// <summary>
    /// The team's <c>privacy-policy.json</c>: its processors and, per kind of personal data, which processors may receive
    /// it, in which countries it may be kept, how long it is kept and why it is processed. Read once per compilation from the AdditionalFiles; what cannot be used
    /// is a <see cref="PolicyProblem"/> (reported by PII9003) and left out, the rest still applies. A file that is not
    /// JSON is ignored whole.
    /// </summary>
    internal sealed class PrivacyPolicy
    {
        public const string FileName = "privacy-policy.json";

        /// <summary>SDKs a processor can be reached through (the catalog's third-party rows name these).</summary>
        public static readonly ImmutableArray<string> KnownSdks = ImmutableArray.Create(
            "Twilio", "SendGrid", "Stripe", "OpenAI", "AzureOpenAI", "Microsoft.Extensions.AI", "Sentry", "ApplicationInsights");

        private static readonly ImmutableArray<string> TopLevel = ImmutableArray.Create("$schema", "processors", "kinds", "ownHosts");
        private static readonly ImmutableArray<string> ProcessorProperties = ImmutableArray.Create("name", "region", "purpose", "hosts", "sdks");
        private static readonly ImmutableArray<string> KindProperties = ImmutableArray.Create("processors", "regions", "retention", "purposes");

        private PrivacyPolicy(string path, ImmutableArray<Processor> processors, ImmutableDictionary<string, KindSharing> kinds, ImmutableArray<string> ownHosts,
            ImmutableArray<PolicyProblem> problems, bool isUsable = true)
        {
            Path = path;
            Processors = processors;
            Kinds = kinds;
            OwnHosts = ownHosts;
            Problems = problems;
            IsUsable = isUsable;
        }

        public string Path { get; }

        public ImmutableArray<Processor> Processors { get; }

        /// <summary>By kind name (<see cref="PiiKinds"/>), case ignored.</summary>
        public ImmutableDictionary<string, KindSharing> Kinds { get; }

        public ImmutableArray<PolicyProblem> Problems { get; }

        /// <summary>Hosts of the team's own services (<c>api.example.pk</c>, <c>*.example.pk</c>): requests there share nothing.</summary>
        public ImmutableArray<string> OwnHosts { get; }

        /// <summary>False when the file could not be read as a policy at all (not JSON, not an object, unreadable): the rules
        /// then judge as if there were no file, and PII9003 says why.</summary>
        public bool IsUsable { get; }

        /// <summary>The processors reached through <paramref name="sdk"/>.</summary>
        public IEnumerable<Processor> ProcessorsUsing(string sdk) =>
            Processors.Where(p => p.Sdks.Any(s => string.Equals(s, sdk, StringComparison.OrdinalIgnoreCase)));

        /// <summary>The processors that own <paramref name="host"/> (a listed host, or under a <c>*.</c> one).</summary>
        public IEnumerable<Processor> ProcessorsAt(string host) => Processors.Where(p => p.Hosts.Any(h => HostMatches(h, host)));

        public bool IsOwnHost(string host) => OwnHosts.Any(h => HostMatches(h, host));

        /// <summary><c>api.twilio.com</c> matches itself; <c>*.twilio.com</c> matches every name under twilio.com.</summary>
        public static bool HostMatches(string pattern, string host) =>
            pattern.StartsWith("*.", StringComparison.Ordinal)
                ? host.EndsWith(pattern.Substring(1), StringComparison.OrdinalIgnoreCase)
                : string.Equals(pattern, host, StringComparison.OrdinalIgnoreCase);

        /// <summary>The project's policy file, or null when it has none. Never throws: an unreadable file is a problem.</summary>
        public static PrivacyPolicy? Load(AnalyzerOptions options, CancellationToken cancellation)
        {
            var file = options.AdditionalFiles.FirstOrDefault(f => string.Equals(System.IO.Path.GetFileName(f.Path), FileName, StringComparison.OrdinalIgnoreCase));
            if (file is null)
            {
                return null;
            }

            SourceText? text;
            try
            {
                text = file.GetText(cancellation);
            }
            catch (IOException)
            {
                text = null;
            }

            if (text is null)
            {
                var problem = new PolicyProblem(Location.Create(file.Path, default, default), FileName, "unreadable", "the file cannot be read; no policy applies");
                return Empty(file.Path, ImmutableArray.Create(problem));
            }

            return Read(file.Path, text);
        }

        /// <summary>Reads a policy from its text; <paramref name="path"/> names it in problems.</summary>
        public static PrivacyPolicy Read(string path, SourceText text)
        {
            var reader = new Validation(path, text);
            JsonNode root;
            try
            {
                root = JsonNode.Parse(text.ToString());
            }
            catch (JsonSyntaxException syntax)
            {
                reader.Problem(new TextSpan(Math.Min(syntax.Position, text.Length), 0), FileName, "not valid JSON", syntax.Message + "; the whole file is ignored until it is fixed");
                return Empty(path, reader.Problems.ToImmutable());
            }

            return reader.Read(root);
        }

        private static PrivacyPolicy Empty(string path, ImmutableArray<PolicyProblem> problems) =>
            new PrivacyPolicy(path, ImmutableArray<Processor>.Empty, ImmutableDictionary<string, KindSharing>.Empty, ImmutableArray<string>.Empty, problems, isUsable: false);

        /// <summary>One pass over the document: keeps what is valid, records the rest.</summary>
        private sealed class Validation
        {
            private readonly string _path;
            private readonly SourceText _text;

            public Validation(string path, SourceText text)
            {
                _path = path;
                _text = text;
            }

            public ImmutableArray<PolicyProblem>.Builder Problems { get; } = ImmutableArray.CreateBuilder<PolicyProblem>();

            public void Problem(TextSpan span, string path, string what, string detail) =>
                Problems.Add(new PolicyProblem(Location.Create(_path, span, _text.Lines.GetLinePositionSpan(span)), path, what, detail));

            private void Problem(JsonNode node, string path, string what, string detail) =>
                Problem(TextSpan.FromBounds(node.Start, node.End), path, what, detail);

            public PrivacyPolicy Read(JsonNode root)
            {
                if (root.Kind != JsonKind.Object)
                {
                    Problem(root, FileName, "not an object", "the file must be a JSON object with 'processors' and 'kinds'");
                    return Empty(_path, Problems.ToImmutable());
                }

                var processors = ImmutableArray.CreateBuilder<Processor>();
                var kinds = ImmutableDictionary.CreateBuilder<string, KindSharing>(StringComparer.OrdinalIgnoreCase);
                var ownHosts = ImmutableArray<string>.Empty;
                JsonNode? kindsNode = null;
                foreach (var property in root.Properties)
                {
                    switch (property.Key.Text)
                    {
                        case "$schema":
                            break;
                        case "processors":
                            ReadProcessors(property.Value, processors);
                            break;
                        case "kinds":
                            kindsNode = property.Value;
                            break;
                        case "ownHosts":
                            ownHosts = Strings(property.Value, "ownHosts", IsHost, "a host name such as 'api.example.com' or '*.example.com'");
                            break;
                        default:
                            Unknown(property.Key, property.Key.Text!, TopLevel);
                            break;
                    }
                }

                // Kinds name processors: read after every processor is known, wherever the file puts them.
                if (kindsNode is not null)
                {
                    ReadKinds(kindsNode, processors.Select(p => p.Name).ToImmutableHashSet(StringComparer.Ordinal), kinds);
                }

                return new PrivacyPolicy(_path, processors.ToImmutable(), kinds.ToImmutable(), ownHosts, Problems.ToImmutable());
            }

            private void ReadProcessors(JsonNode node, ImmutableArray<Processor>.Builder processors)
            {
                if (node.Kind != JsonKind.Array)
                {
                    Problem(node, "processors", "not an array", "'processors' is a list of objects with a name and a region");
                    return;
                }

                var names = new HashSet<string>(StringComparer.Ordinal);
                for (var i = 0; i < node.Items.Count; i++)
                {
                    var item = node.Items[i];
                    var at = "processors[" + i + "]";
                    if (item.Kind != JsonKind.Object)
                    {
                        Problem(item, at, "not an object", "a processor is an object with a name and a region");
                        continue;
                    }

                    string? name = null, region = null, purpose = null;
                    var hosts = ImmutableArray<string>.Empty;
                    var sdks = ImmutableArray<string>.Empty;
                    var valid = true;
                    foreach (var property in item.Properties)
                    {
                        var value = property.Value;
                        switch (property.Key.Text)
                        {
                            case "name":
                                name = NonEmptyString(value, at + ".name");
                                if (name is not null && !names.Add(name))
                                {
                                    Problem(value, at + ".name", "duplicate processor", $"another processor is already called '{name}'; this one is ignored");
                                    valid = false;
                                }

                                break;
                            case "region":
                                region = Region(value, at + ".region");
                                break;
                            case "purpose":
                                purpose = NonEmptyString(value, at + ".purpose");
                                break;
                            case "hosts":
                                hosts = Strings(value, at + ".hosts", IsHost, "a host name such as 'api.example.com' (no scheme, path or port)");
                                break;
                            case "sdks":
                                sdks = Strings(value, at + ".sdks", sdk => KnownSdks.Contains(sdk), "one of " + string.Join(", ", KnownSdks), KnownSdks);
                                break;
                            default:
                                Unknown(property.Key, at + "." + property.Key.Text, ProcessorProperties);
                                break;
                        }
                    }

                    if (name is null || region is null)
                    {
                        if (valid)
                        {
                            Problem(item, at, "incomplete processor", "a processor needs a 'name' and a 'region'; this one is ignored");
                        }

                        continue;
                    }

                    if (valid)
                    {
                        processors.Add(new Processor(name, region, purpose, hosts, sdks));
                    }
                }
            }

            private void ReadKinds(JsonNode node, ImmutableHashSet<string> processorNames, ImmutableDictionary<string, KindSharing>.Builder kinds)
            {
                if (node.Kind != JsonKind.Object)
                {
                    Problem(node, "kinds", "not an object", "'kinds' maps each kind of personal data (Cnic, PhoneNumber, ...) to who may receive it");
                    return;
                }

                foreach (var property in node.Properties)
                {
                    var kindName = property.Key.Text!;
                    var at = "kinds." + kindName;
                    if (PiiKinds.Find(kindName) is not { } kind)
                    {
                        var closest = OptionCatalog.ClosestName(kindName, PiiKinds.All.Select(k => k.Name));
                        Problem(property.Key, at, "unknown kind", (closest is null ? "" : $"did you mean '{closest}'? ") + "kinds are the names of PiiKind");
                        continue;
                    }

                    if (property.Value.Kind != JsonKind.Object)
                    {
                        Problem(property.Value, at, "not an object", "a kind maps to an object with 'processors', 'regions', 'retention' and 'purposes'");
                        continue;
                    }

                    var allowed = ImmutableArray<string>.Empty;
                    var regions = ImmutableArray<string>.Empty;
                    var purposes = ImmutableArray<string>.Empty;
                    string? retention = null;
                    foreach (var rule in property.Value.Properties)
                    {
                        switch (rule.Key.Text)
                        {
                            case "processors":
                                allowed = Strings(rule.Value, at + ".processors", processorNames.Contains, "the name of a processor of this file", processorNames);
                                break;
                            case "regions":
                                regions = Strings(rule.Value, at + ".regions", IsRegion, "an ISO 3166-1 alpha-2 country code such as 'PK' or 'IN'");
                                break;
                            case "retention":
                                retention = Retention(rule.Value, at + ".retention");
                                break;
                            case "purposes":
                                purposes = Strings(rule.Value, at + ".purposes", purpose => !string.IsNullOrWhiteSpace(purpose), "a non-empty text saying why this kind is processed");
                                break;
                            default:
                                Unknown(rule.Key, at + "." + rule.Key.Text, KindProperties);
                                break;
                        }
                    }

                    kinds[kind.Name] = new KindSharing(kind.Name, allowed, regions, retention, purposes);
                }
            }

            /// <summary>The valid strings of an array; each invalid one is a problem.</summary>
            private ImmutableArray<string> Strings(JsonNode node, string at, Func<string, bool> isValid, string expected, IEnumerable<string>? suggestions = null)
            {
                if (node.Kind != JsonKind.Array)
                {
                    Problem(node, at, "not an array", "a list of strings is expected");
                    return ImmutableArray<string>.Empty;
                }

                var values = ImmutableArray.CreateBuilder<string>();
                for (var i = 0; i < node.Items.Count; i++)
                {
                    var item = node.Items[i];
                    if (item.Kind == JsonKind.String && isValid(item.Text!))
                    {
                        values.Add(item.Text!);
                        continue;
                    }

                    var closest = item.Kind == JsonKind.String && suggestions is not null ? OptionCatalog.ClosestName(item.Text!, suggestions) : null;
                    Problem(item, $"{at}[{i}]", item.Kind == JsonKind.String ? $"'{item.Text}' is not valid" : "not a string",
                        (closest is null ? "" : $"did you mean '{closest}'? ") + "expected " + expected + "; this entry is ignored");
                }

                return values.ToImmutable();
            }

            private string? NonEmptyString(JsonNode node, string at)
            {
                if (node.Kind == JsonKind.String && !string.IsNullOrWhiteSpace(node.Text))
                {
                    return node.Text;
                }

                Problem(node, at, "not a name", "a non-empty string is expected");
                return null;
            }

            private string? Region(JsonNode node, string at)
            {
                if (node.Kind == JsonKind.String && IsRegion(node.Text!))
                {
                    return node.Text;
                }

                Problem(node, at, "not a region", "an ISO 3166-1 alpha-2 country code such as 'PK', 'IN' or 'US' is expected");
                return null;
            }

            private string? Retention(JsonNode node, string at)
            {
                if (node.Kind == JsonKind.String && IsoDuration.IsValid(node.Text))
                {
                    return node.Text;
                }

                Problem(node, at, node.Kind == JsonKind.String ? $"'{node.Text}' is not an ISO 8601 duration" : "not a duration",
                    "a period such as 'P30D' (30 days), 'P90D', 'P7Y' or 'P1Y6M' is expected; no retention is declared for this kind until it is fixed");
                return null;
            }

            private void Unknown(JsonNode key, string at, ImmutableArray<string> expected)
            {
                var closest = OptionCatalog.ClosestName(key.Text!, expected);
                Problem(key, at, "unknown property", (closest is null ? "" : $"did you mean '{closest}'? ") + "expected one of " + string.Join(", ", expected));
            }
        }

        private static bool IsHost(string host) =>
            host.Length > 0 && host.Length <= 253 && host.IndexOfAny(new[] { '/', ':', ' ', '?', '#', '@' }) < 0
            && host.Split('.').All(label => label.Length > 0 && (label == "*" || label.All(c => char.IsLetterOrDigit(c) || c == '-')));

        private static bool IsRegion(string code) => Regions.IsCountryCode(code);
    }
}
