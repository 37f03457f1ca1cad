using System.Text;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Reliability;

/// <summary>
/// Code at the edges of what the rules walk: a 50,000-line file, deeply nested expressions, recursive helpers,
/// self-referencing and mutually recursive types and runaway generics for the serialization walk (which stops six
/// members deep, so <c>Grow&lt;T&gt;</c> ends), generated code,
/// partial classes, top-level programs, file-scoped types, primary constructors, records and record structs. Every
/// analyzer runs; each case names exactly the findings it must give, and nothing may throw.
/// </summary>
public class StressTests
{
    private const string Usings = """
        using System.Text.Json;
        using Microsoft.Extensions.Logging;
        using PrivacyAnalyzers.Annotations;
        using Shop;

        """;

    [Fact]
    public async Task A_file_of_50000_lines_reports_each_logged_cnic_once()
    {
        var text = new StringBuilder(Usings).AppendLine("namespace Big;").AppendLine("public class Service").AppendLine("{")
            .AppendLine("    private readonly ILogger _log = null!;");
        var expected = new List<string>();
        for (var method = 0; method < 50_000 / 7; method++)
        {
            text.AppendLine($"    public int Handle{method}(Customer c, int n)").AppendLine("    {").AppendLine("        var total = n * 2;");
            text.AppendLine("        for (var i = 0; i < n; i++) { total += i; }");
            if (method % 100 == 0)
            {
                expected.Add($"PII1001 {CountLines(text) + 1}");
                text.AppendLine("        _log.LogInformation(\"Customer {Cnic}\", c.Cnic);");
            }
            else
            {
                text.AppendLine("        _log.LogInformation(\"Customer {Id}\", c.Id);");
            }

            text.AppendLine("        return total;").AppendLine("    }");
        }

        text.AppendLine("}");
        Assert.True(CountLines(text) >= 50_000);
        Assert.Equal(expected, await FindingsAsync(text.ToString()));
    }

    [Fact]
    public async Task Deeply_nested_expressions_are_followed_to_the_pii()
    {
        var concatenation = new StringBuilder("c.Cnic");
        for (var i = 0; i < 3000; i++)
        {
            concatenation.Append(" + \"-\" + c.Id");
        }

        var parentheses = new string('(', 400) + "c.Cnic" + new string(')', 400);
        var conditional = new StringBuilder("c.Cnic");
        for (var i = 0; i < 200; i++)
        {
            conditional.Insert(0, "flag ? \"none\" : (").Append(')');
        }

        // The compiler's own time grows steeply with nested interpolations (24 levels take seconds); 12 is enough here.
        var interpolation = "c.Cnic";
        for (var i = 0; i < 12; i++)
        {
            interpolation = "$\"[{" + interpolation + "}]\"";
        }

        var calls = new StringBuilder("c.Cnic");
        for (var i = 0; i < 300; i++)
        {
            calls.Insert(0, "Same(").Append(')');
        }

        var source = Usings + $$"""
            namespace Deep;
            public class Service
            {
                private readonly ILogger _log = null!;
                private static string Same(string value) => value;
                public void Log(Customer c, bool flag)
                {
                    _log.LogInformation({{concatenation}});
                    _log.LogInformation({{parentheses}});
                    _log.LogInformation({{conditional}});
                    _log.LogInformation({{interpolation}});
                    _log.LogInformation({{calls}});
                }
            }
            """;
        Assert.Equal(
            At(source, ("PII1001", "LogInformation(c.Cnic +"), ("PII1001", "LogInformation(((("), ("PII1001", "LogInformation(flag"),
                ("PII1001", "LogInformation($"), ("PII1001", "LogInformation(Same(")),
            await FindingsAsync(source));
    }

    [Fact]
    public async Task Recursive_and_mutually_recursive_helpers_end()
    {
        var source = Usings + """
            namespace Recursion;
            public class Service
            {
                private readonly ILogger _log = null!;
                private static string Describe(Customer c, int depth) => depth == 0 ? c.Cnic : Describe(c, depth - 1);
                private static string Ping(Customer c, int n) => n == 0 ? c.Password : Pong(c, n - 1);
                private static string Pong(Customer c, int n) => n == 0 ? "done" : Ping(c, n - 1);
                private static string Loop(string s) => Loop(s + "!");
                public void Log(Customer c)
                {
                    _log.LogInformation(Describe(c, 3));
                    _log.LogInformation(Pong(c, 3));
                    _log.LogInformation(Loop(c.Id.ToString()));
                }
            }
            """;
        Assert.Equal(At(source, ("PII1001", "LogInformation(Describe"), ("PII1001", "LogInformation(Pong")), await FindingsAsync(source));
    }

    [Fact]
    public async Task Helpers_fanning_out_into_helpers_end_and_still_find_what_is_near()
    {
        // Ten helpers, each calling the ten of the next level, four levels deep: 11,110 summaries if every call were
        // followed into every helper. Each summary walk has a budget; what lies within it (the first branch) is found.
        var levels = new StringBuilder();
        for (var level = 1; level <= 4; level++)
        {
            for (var i = 0; i < 10; i++)
            {
                var result = level == 4
                    ? (i == 0 ? "c.Cnic" : "c.Id.ToString()")
                    : "$\"" + string.Concat(Enumerable.Range(0, 10).Select(j => $"{{L{level + 1}_{j}(c)}} ")) + "\"";
                levels.AppendLine($"    private static string L{level}_{i}(Customer c) => {result};");
            }
        }

        var source = Usings + "namespace FanOut;\npublic class Service\n{\n    private readonly ILogger _log = null!;\n" + levels
            + "    public void Log(Customer c) => _log.LogInformation(L1_0(c));\n}\n";
        Assert.Equal(At(source, ("PII1001", "LogInformation(L1_0")), await FindingsAsync(source));
    }

    [Fact]
    public async Task Self_referencing_recursive_and_runaway_generic_types_are_walked_once()
    {
        var source = Usings + """
            namespace Graphs;
            public class Node
            {
                public Node? Parent { get; set; }
                public List<Node> Children { get; set; } = new();
                public Dictionary<string, Node[]> Index { get; set; } = new();
                [Pii(PiiKind.Cnic)] public string Cnic { get; set; } = "";
            }
            public class Left { public Right? Other { get; set; } [Pii(PiiKind.Passport)] public string PassportNo { get; set; } = ""; }
            public class Right { public Left? Other { get; set; } public List<Right> Siblings { get; set; } = new(); }
            public class Grow<T> { public Grow<Grow<T>>? Next { get; set; } public T? Value { get; set; } }
            public class Entity<TSelf> where TSelf : Entity<TSelf> { public List<TSelf> Related { get; set; } = new(); }
            public class Account : Entity<Account> { public string CardNumber { get; set; } = ""; }
            public class Wrapper<T> { public T? Inner { get; set; } }
            public static class Export
            {
                public static string Tree(Node n) => JsonSerializer.Serialize(n);
                public static string Pair(Right r) => JsonSerializer.Serialize(r);
                public static string Runaway(Grow<Customer> g) => JsonSerializer.Serialize(g);
                public static string SelfTyped(Account a) => JsonSerializer.Serialize(a);
                public static string Wrapped(Wrapper<Wrapper<Wrapper<Wrapper<Node>>>> w) => JsonSerializer.Serialize(w);
                public static string Nested(Dictionary<string, List<Dictionary<int, Left[]>>> d) => JsonSerializer.Serialize(d);
            }
            """;
        // The runaway generic holds a whole Customer: one finding naming its six PII members (five, and one more).
        var expected = new[] { ("Tree(", "Node.Cnic"), ("Pair(", "Right.Other.PassportNo"), ("Runaway(", "Grow") }
            .Concat(new[] { ("SelfTyped(", "Account.CardNumber"), ("Wrapped(", "Wrapper.Inner.Inner.Inner.Inner.Cnic"), ("Nested(", "Left.PassportNo") })
            .Select(e => At(source, ("PII2001", e.Item1)).Single() + " " + e.Item2);
        var run = await AnalyzeAsync(("/0/Test0.cs", source));
        Assert.Equal(
            expected.OrderBy(e => e, StringComparer.Ordinal),
            run.Where(d => d.Id != "PII5001").Select(d => $"{d.Id} {Line(d)} {d.GetMessage().Split('\'')[1]}").OrderBy(e => e, StringComparer.Ordinal));
        Assert.StartsWith(
            "'Grow' (Value.Cnic: CNIC number, Value.CardNumber: payment card number, Value.Password: password, Value.Pan: PAN, Value.AadhaarNumber: Aadhaar number and 1 more) is written",
            run.Single(d => d.GetMessage().StartsWith("'Grow'", StringComparison.Ordinal)).GetMessage());
    }

    [Fact]
    public async Task Generated_code_is_not_analyzed()
    {
        var generated = "// <auto-generated/>\n" + Usings + """
            namespace Generated;
            public class Client
            {
                private readonly ILogger _log = null!;
                public void Log(Customer c) => _log.LogInformation(c.Cnic);
            }
            """;
        var handWritten = generated.Replace("// <auto-generated/>\n", string.Empty).Replace("namespace Generated", "namespace HandWritten");
        var generatedByName = handWritten.Replace("namespace HandWritten", "namespace GeneratedByName");
        // [GeneratedCode] on a type or a method of an ordinary file: the rules never run there, so they report nothing there.
        var generatedByAttribute = Usings + """
            namespace GeneratedByAttribute;
            [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
            public class Client
            {
                private readonly ILogger _log = null!;
                public void Log(Customer c) => _log.LogInformation(c.Cnic);
            }
            public class Partly
            {
                private readonly ILogger _log = null!;
                [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                public void Log(Customer c) => _log.LogInformation(c.Cnic);
            }
            """;
        var run = await AnalyzeAsync(
            ("/0/Client.g.cs", generatedByName), ("/0/Header.cs", generated), ("/0/Handwritten.cs", handWritten), ("/0/Attributed.cs", generatedByAttribute));
        Assert.Equal(
            At(handWritten, ("PII1001", "LogInformation")).Select(f => "/0/Handwritten.cs " + f),
            run.Select(d => $"{d.Location.SourceTree!.FilePath} {d.Id} {Line(d)}"));
    }

    [Fact]
    public async Task Partial_classes_file_scoped_types_primary_constructors_and_records()
    {
        var source = Usings + """
            namespace Modern;
            public partial class Profile { [Pii(PiiKind.Cnic)] public string NationalCard = ""; }
            public partial class Profile
            {
                public void Log(ILogger log) => log.LogInformation("Card {Card}", NationalCard);
            }
            file sealed class Wire { public string CardNumber { get; set; } = ""; public int Id { get; set; } }
            public class Sender(ILogger<Sender> log, string cnic)
            {
                public void Send(Customer c) => log.LogInformation("Sending for {Cnic}", c.Cnic);
                public void SendOwn() => log.LogInformation("Own {Cnic}", cnic);
                public string Wire() => JsonSerializer.Serialize(new Wire());
            }
            public record struct CardRecord(string CardNumber, int Id);
            public readonly record struct Reference(int Id, string Label);
            public record class Holder([property: Pii(PiiKind.Passport)] string Document);
            public class Audit(ILogger log)
            {
                public void Card(CardRecord card) => log.LogInformation($"{card}");
                public void Safe(Reference reference) => log.LogInformation($"{reference}");
                public void Holder(Holder holder) => log.LogInformation(holder.ToString());
            }
            """;
        Assert.Equal(
            At(source, ("PII1001", "\"Card {Card}\""), ("PII1001", "Sending for"), ("PII1001", "\"Own {Cnic}\""), ("PII2001", "Serialize(new Wire())"),
                ("PII1001", "$\"{card}\""), ("PII1001", "holder.ToString()")),
            await FindingsAsync(source));
    }

    [Fact]
    public async Task Top_level_programs_are_analyzed()
    {
        var source = Usings + """
            var customer = new Customer { Cnic = "placeholder" };
            Console.WriteLine(customer.Cnic);
            Console.WriteLine(customer.Id);
            Report(customer);
            static void Report(Customer c) => Console.WriteLine($"Card {c.CardNumber}");
            """;
        var run = await WholePackage.AnalyzeAsync(await WholePackage.CompileAsync(new[] { ("/0/Program.cs", source), ("/0/Model.cs", TestModel.Source) }, OutputKind.ConsoleApplication));
        Assert.Empty(run.Failures);
        Assert.Equal(At(source, ("PII1002", "WriteLine(customer.Cnic)"), ("PII1002", "c.CardNumber")), Lines(run.Diagnostics, "/0/Program.cs"));
    }

    /// <summary>"ID line" for each (rule, text on the line it must be reported at), in order.</summary>
    private static List<string> At(string source, params (string Rule, string LineText)[] expected)
    {
        var lines = source.Split('\n');
        return expected.Select(e =>
        {
            var matching = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(e.LineText, StringComparison.Ordinal)).ToList();
            Assert.True(matching.Count == 1, $"'{e.LineText}' is on {matching.Count} lines");
            return $"{e.Rule} {matching[0] + 1}";
        }).ToList();
    }

    /// <summary>Findings in <paramref name="source"/> (compiled with the shared test model) as "ID line", in order.</summary>
    private static async Task<List<string>> FindingsAsync(string source) =>
        Lines(await AnalyzeAsync(("/0/Test0.cs", source)), "/0/Test0.cs");

    private static async Task<IEnumerable<Diagnostic>> AnalyzeAsync(params (string Path, string Text)[] sources)
    {
        var compilation = await WholePackage.CompileAsync(sources.Append(("/0/Model.cs", TestModel.Source)));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "the stress source does not compile: " + string.Join("\n", errors.Take(3)));
        var run = await WholePackage.AnalyzeAsync(compilation);
        Assert.Empty(run.Failures);
        return run.Diagnostics.Where(d => d.Location.SourceTree?.FilePath != "/0/Model.cs");
    }

    private static List<string> Lines(IEnumerable<Diagnostic> diagnostics, string path) =>
        diagnostics.Where(d => d.Location.SourceTree?.FilePath == path && d.Id != "PII5001")
            .OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => $"{d.Id} {Line(d)}").ToList();

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;

    private static int CountLines(StringBuilder text)
    {
        var lines = 0;
        for (var i = 0; i < text.Length; i++)
        {
            lines += text[i] == '\n' ? 1 : 0;
        }

        return lines;
    }
}
