using System.Net;
using System.Text;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Map;

namespace PrivacyAnalyzers.Cli;

/// <summary>
/// Writes the map as one self-contained HTML page (styles and script inline, nothing fetched): a picture of which kinds of
/// personal data go to which destinations, protected or not; the flows and the members, each row carrying its kind,
/// destination and status so that the filters can hide it. The tables are plain HTML, readable without the script; the
/// script only draws the picture and applies the filters. No timestamp: the same map gives the same page.
/// </summary>
internal static class PrivacyMapHtml
{
    public static string Write(PrivacyMap map, string title)
    {
        var html = new StringBuilder();
        var flows = map.Projects.SelectMany(p => p.Flows.Select(f => (Project: p.Name, Flow: f))).ToList();
        var elements = map.Projects.SelectMany(p => p.Elements.Select(e => (Project: p.Name, Element: e))).ToList();
        var names = elements.GroupBy(e => e.Element.DocumentationId).ToDictionary(g => g.Key, g => g.First().Element.Member);
        var unprotected = flows.Count(f => f.Flow.Status == "unprotected");

        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Privacy map: ").Append(Encode(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<header>\n<h1>Privacy map: ").Append(Encode(title)).Append("</h1>\n<p id=\"summary\">")
            .Append(elements.Count).Append(" personal-data members, ")
            .Append(unprotected).Append(" unprotected and ").Append(flows.Count - unprotected).Append(" protected flows, in ")
            .Append(map.Projects.Count).Append(map.Projects.Count == 1 ? " project" : " projects").Append(".</p>\n");
        if (map.IsPartial)
        {
            html.Append("<div id=\"partial\" role=\"alert\"><strong>This map is partial.</strong> What could not be loaded or compiled may hide more:<ul>\n");
            foreach (var problem in map.Problems)
            {
                html.Append("<li>").Append(Encode(problem)).Append("</li>\n");
            }

            html.Append("</ul></div>\n");
        }

        html.Append("</header>\n");
        AppendFilters(html, map, flows.Select(f => f.Flow.Kind).Concat(elements.Select(e => e.Element.Kind)), flows.Select(f => f.Flow.Destination));

        html.Append("<section>\n<h2>Where personal data goes</h2>\n")
            .Append("<p class=\"note\">Each line runs from a kind of personal data to a destination; its width grows with the number of flows. ")
            .Append("<span class=\"unprotected\">Red</span>: unprotected (a rule's finding). <span class=\"protected\">Green</span>: protected ")
            .Append("(masked, hashed, encrypted, or a share the privacy policy allows). Click a name to filter by it.</p>\n")
            .Append("<svg id=\"picture\" role=\"img\" aria-label=\"Kinds of personal data and the destinations they flow to\"></svg>\n")
            .Append("<noscript><p>The picture needs JavaScript; the tables below hold the same flows.</p></noscript>\n</section>\n");

        AppendFlows(html, flows, names);
        AppendElements(html, elements, flows);
        html.Append("<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendFilters(StringBuilder html, PrivacyMap map, IEnumerable<string> kinds, IEnumerable<string> destinations)
    {
        html.Append("<section id=\"filters\" aria-label=\"Filters\">\n");
        AppendSelect(html, "filter-kind", "Kind", "All kinds",
            kinds.Where(k => k.Length > 0).Distinct().OrderBy(PiiKinds.Describe, StringComparer.Ordinal).Select(k => (k, PiiKinds.Describe(k))));
        AppendSelect(html, "filter-destination", "Destination", "All destinations",
            destinations.Distinct().Order(StringComparer.Ordinal).Select(d => (d, d)));
        AppendSelect(html, "filter-status", "Status", "Any status", new[] { ("unprotected", "unprotected"), ("protected", "protected") });
        if (map.Projects.Count > 1)
        {
            AppendSelect(html, "filter-project", "Project", "All projects", map.Projects.Select(p => (p.Name, p.Name)));
        }

        html.Append("<span id=\"shown\" aria-live=\"polite\"></span>\n</section>\n");
    }

    private static void AppendSelect(StringBuilder html, string id, string label, string all, IEnumerable<(string Value, string Text)> options)
    {
        html.Append("<label>").Append(label).Append(" <select id=\"").Append(id).Append("\">\n<option value=\"\">").Append(all).Append("</option>\n");
        foreach (var (value, text) in options)
        {
            html.Append("<option value=\"").Append(Encode(value)).Append("\">").Append(Encode(text)).Append("</option>\n");
        }

        html.Append("</select></label>\n");
    }

    private static void AppendFlows(StringBuilder html, List<(string Project, MapFlow Flow)> flows, Dictionary<string, string> names)
    {
        html.Append("<section>\n<h2>Flows</h2>\n<table id=\"flows\">\n<colgroup><col style=\"width:9%\"><col style=\"width:9%\"><col style=\"width:15%\"><col style=\"width:9%\"><col style=\"width:8%\"><col style=\"width:18%\"><col></colgroup>\n<thead><tr><th>Status</th><th>Kind</th><th>Members</th><th>Destination</th>")
            .Append("<th>Rule or protection</th><th>Where</th><th>What</th></tr></thead>\n<tbody>\n");
        foreach (var (project, flow) in flows)
        {
            html.Append("<tr data-kind=\"").Append(Encode(flow.Kind)).Append("\" data-destination=\"").Append(Encode(flow.Destination))
                .Append("\" data-status=\"").Append(flow.Status).Append("\" data-project=\"").Append(Encode(project)).Append("\">")
                .Append("<td class=\"").Append(flow.Status).Append("\">").Append(flow.Status).Append(flow.Suppressed ? " (suppressed in code)" : "").Append("</td>")
                .Append("<td>").Append(Encode(flow.Kind.Length > 0 ? PiiKinds.Describe(flow.Kind) : "")).Append("</td>")
                .Append("<td>").Append(Encode(string.Join(", ", flow.Members.Select(m => DisplayName(m, names))))).Append("</td>")
                .Append("<td>").Append(Encode(flow.Destination)).Append("</td>")
                .Append("<td>").Append(Encode(flow.Rule ?? flow.Protection ?? "")).Append("</td>")
                .Append("<td class=\"where\">").Append(Encode($"{flow.File}:{flow.Line}")).Append("</td>")
                .Append("<td>").Append(Encode(flow.Message)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>The members, each with the destinations its flows reach: a member row carries every destination and
    /// status of its flows, so filtering by destination or status keeps the members that go there.</summary>
    private static void AppendElements(StringBuilder html, List<(string Project, InventoryElement Element)> elements, List<(string Project, MapFlow Flow)> flows)
    {
        html.Append("<section>\n<h2>Personal data held</h2>\n<table id=\"elements\">\n<colgroup><col style=\"width:18%\"><col style=\"width:10%\"><col style=\"width:10%\"><col><col style=\"width:10%\"><col style=\"width:13%\"><col style=\"width:18%\"></colgroup>\n<thead><tr><th>Member</th><th>Kind</th><th>Classified by</th>")
            .Append("<th>Goes to</th><th>Retention</th><th>Purposes</th><th>Where declared</th></tr></thead>\n<tbody>\n");
        // Each member's flows, found once rather than by scanning every flow for every member.
        var flowsOf = flows.SelectMany(f => f.Flow.Members.Distinct().Select(member => (Key: (f.Project, member), f.Flow))).ToLookup(x => x.Key, x => x.Flow);
        foreach (var (project, element) in elements)
        {
            var reached = flowsOf[(project, element.DocumentationId)].ToList();
            var goesTo = reached.GroupBy(f => f.Destination).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} ({string.Join(", ", Counts(g))})")
                .ToList();
            html.Append("<tr data-kind=\"").Append(Encode(element.Kind)).Append("\" data-destinations=\"")
                .Append(Encode(string.Join("|", reached.Select(f => f.Destination).Distinct().Order(StringComparer.Ordinal))))
                .Append("\" data-statuses=\"").Append(string.Join("|", reached.Select(f => f.Status).Distinct().Order(StringComparer.Ordinal)))
                .Append("\" data-project=\"").Append(Encode(project)).Append("\">")
                .Append("<td>").Append(Encode(element.Member)).Append("</td>")
                .Append("<td>").Append(Encode(PiiKinds.Describe(element.Kind))).Append("</td>")
                .Append("<td>").Append(Encode(element.ClassifiedBy)).Append("</td>")
                .Append("<td>").Append(Encode(goesTo.Count == 0 ? "no flow found" : string.Join("; ", goesTo))).Append("</td>")
                .Append("<td>").Append(Encode(element.Retention is null ? "not declared" : $"{element.Retention} ({element.RetentionDeclaredBy})")).Append("</td>")
                .Append("<td>").Append(Encode(element.Purposes.Count == 0 ? "not declared" : string.Join("; ", element.Purposes))).Append("</td>")
                .Append("<td class=\"where\">").Append(Encode($"{element.File}:{element.Line}")).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");

        static IEnumerable<string> Counts(IEnumerable<MapFlow> flows) =>
            flows.GroupBy(f => f.Status).OrderByDescending(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
    }

    /// <summary><c>P:Shop.Customers.Customer.Cnic</c> as the inventory names it (<c>Customer.Cnic</c>), or as its last
    /// two names when it is not in the inventory (a framework member).</summary>
    private static string DisplayName(string documentationId, Dictionary<string, string> names)
    {
        if (names.TryGetValue(documentationId, out var name))
        {
            return name;
        }

        var parts = documentationId[(documentationId.IndexOf(':') + 1)..].Split('.');
        return string.Join(".", parts.Skip(Math.Max(0, parts.Length - 2)));
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5rem; color: #1d1d1f; }
        h1 { font-size: 1.4rem; margin: 0 0 .25rem; } h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
        #partial { background: #fff4ce; border: 1px solid #c99a00; padding: .5rem .75rem; margin: .5rem 0; }
        #filters { position: sticky; top: 0; background: #fff; padding: .5rem 0; border-bottom: 1px solid #ddd; display: flex; gap: 1rem; flex-wrap: wrap; align-items: center; }
        table { border-collapse: collapse; width: 100%; table-layout: fixed; } td { overflow-wrap: anywhere; } th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #eee; }
        th { background: #f6f6f6; } td.where { font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
        .unprotected { color: #b3261e; font-weight: 600; } .protected { color: #1b7f3b; font-weight: 600; }
        .note { color: #555; } tr[hidden] { display: none; }
        #picture { width: 100%; max-width: 960px; display: block; } #picture text { font-size: 13px; cursor: pointer; }
        #picture path.unprotected { stroke: #b3261e; } #picture path.protected { stroke: #1b7f3b; } #picture path { fill: none; stroke-opacity: .55; }
        """;

    private const string Script = """
        (function () {
          var filters = ['kind', 'destination', 'status', 'project'].map(function (name) {
            return { name: name, select: document.getElementById('filter-' + name) };
          }).filter(function (f) { return f.select; });
          function chosen(name) {
            var f = filters.filter(function (f) { return f.name === name; })[0];
            return f ? f.select.value : '';
          }
          function has(list, value) { return value === '' || (list || '').split('|').indexOf(value) >= 0; }
          function apply() {
            var kind = chosen('kind'), destination = chosen('destination'), status = chosen('status'), project = chosen('project');
            var flows = document.querySelectorAll('#flows tbody tr'), shownFlows = 0;
            flows.forEach(function (row) {
              var show = (kind === '' || row.dataset.kind === kind) && (destination === '' || row.dataset.destination === destination)
                && (status === '' || row.dataset.status === status) && (project === '' || row.dataset.project === project);
              row.hidden = !show;
              if (show) { shownFlows++; }
            });
            var elements = document.querySelectorAll('#elements tbody tr'), shownElements = 0;
            elements.forEach(function (row) {
              var show = (kind === '' || row.dataset.kind === kind) && has(row.dataset.destinations, destination)
                && has(row.dataset.statuses, status) && (project === '' || row.dataset.project === project);
              row.hidden = !show;
              if (show) { shownElements++; }
            });
            document.getElementById('shown').textContent = shownFlows + ' of ' + flows.length + ' flows, ' + shownElements + ' of ' + elements.length + ' members shown';
            draw();
          }
          function draw() {
            var svg = document.getElementById('picture'), ns = 'http://www.w3.org/2000/svg';
            while (svg.firstChild) { svg.removeChild(svg.firstChild); }
            var links = {}, kinds = [], destinations = [];
            document.querySelectorAll('#flows tbody tr:not([hidden])').forEach(function (row) {
              var kind = row.cells[1].textContent || '(kind not known)', destination = row.dataset.destination;
              var key = kind + '\u0000' + destination + '\u0000' + row.dataset.status;
              links[key] = (links[key] || { kind: kind, destination: destination, status: row.dataset.status, count: 0 });
              links[key].count++;
              if (kinds.indexOf(kind) < 0) { kinds.push(kind); }
              if (destinations.indexOf(destination) < 0) { destinations.push(destination); }
            });
            kinds.sort(); destinations.sort();
            var rowHeight = 30, height = Math.max(kinds.length, destinations.length, 1) * rowHeight + 20, width = 900, left = 190, right = 710;
            svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
            svg.setAttribute('height', height);
            function y(list, index) { return 10 + rowHeight / 2 + index * (height - 20) / Math.max(list.length, 1); }
            Object.keys(links).sort().forEach(function (key) {
              var link = links[key], y1 = y(kinds, kinds.indexOf(link.kind)), y2 = y(destinations, destinations.indexOf(link.destination));
              var shift = link.status === 'protected' ? 3 : -3, path = document.createElementNS(ns, 'path');
              path.setAttribute('d', 'M' + (left + 8) + ' ' + (y1 + shift) + ' C' + ((left + right) / 2) + ' ' + (y1 + shift) + ' ' + ((left + right) / 2) + ' ' + (y2 + shift) + ' ' + (right - 8) + ' ' + (y2 + shift));
              path.setAttribute('class', link.status);
              path.setAttribute('stroke-width', String(2 + 2 * Math.sqrt(link.count)));
              path.dataset.kind = link.kind; path.dataset.destination = link.destination; path.dataset.status = link.status; path.dataset.count = link.count;
              var title = document.createElementNS(ns, 'title');
              title.textContent = link.kind + ' \u2192 ' + link.destination + ': ' + link.count + ' ' + link.status;
              path.appendChild(title);
              svg.appendChild(path);
            });
            function label(text, x, yy, anchor, filter, value) {
              var t = document.createElementNS(ns, 'text');
              t.setAttribute('x', x); t.setAttribute('y', yy + 4); t.setAttribute('text-anchor', anchor);
              t.textContent = text;
              t.addEventListener('click', function () { select(filter, value); });
              svg.appendChild(t);
            }
            var kindValues = {};
            document.querySelectorAll('#filter-kind option').forEach(function (o) { kindValues[o.textContent] = o.value; });
            kinds.forEach(function (kind, i) { label(kind, left, y(kinds, i), 'end', 'kind', kindValues[kind] || ''); });
            destinations.forEach(function (destination, i) { label(destination, right, y(destinations, i), 'start', 'destination', destination); });
          }
          function select(name, value) {
            var f = filters.filter(function (f) { return f.name === name; })[0];
            if (f) { f.select.value = f.select.value === value ? '' : value; apply(); }
          }
          filters.forEach(function (f) { f.select.addEventListener('change', apply); });
          apply();
        })();
        """;
}
