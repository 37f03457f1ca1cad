using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Engine;

/// <summary>
/// Helper summaries read from syntax (without binding the helper) must be exactly the summaries binding gives: the same
/// PII reads, the same whole objects, the same parameters flowing out. Every helper below is summarized both ways; the
/// shapes the syntax path does not claim to know must be left to binding, and the ones it does must not be.
/// </summary>
public class HelperSummaryFromSyntaxTests
{
    private const string Source = """
        using System.Collections.Generic;
        using PrivacyAnalyzers.Annotations;

        namespace Probe;

        public class Person
        {
            public int Id { get; set; }
            public string DisplayName { get; set; } = "";
            [Pii(PiiKind.Cnic)] public string Cnic { get; set; } = "";
            public string CardNumber = "";
            public bool CnicVerified { get; set; }
            public Document Document { get; set; } = new("", "");
            public Note Note { get; set; } = new();
            public List<string> Tags { get; set; } = new();
        }

        public record Document([property: Pii(PiiKind.Passport)] string Number, string Country);
        public class Note { [Pii(PiiKind.MessageContent)] public string Text { get; set; } = ""; }
        public class Employee : Person { public string Team { get; set; } = ""; }
        public class Base { public string Value { get; set; } = ""; }
        public class Hiding : Base { [Pii(PiiKind.Email)] public new string Value { get; set; } = ""; }
        public class Wrapper<T> { public T Inner { get; set; } = default!; }
        public struct Card { [Pii(PiiKind.PaymentCard)] public string Number { get; set; } }
        public interface IHasCnic { [Pii(PiiKind.Cnic)] string Cnic { get; } }
        public static class Static { [Pii(PiiKind.Cnic)] public static string Cnic = ""; }

        public static class Helpers
        {
            public static string Interpolated(Person p) => $"id {p.Id} cnic {p.Cnic}";
            public static string Nested(Person p) { return $"{p.Document.Number} from {p.Document.Country}"; }
            public static string Flows(string value) => $"v={value}";
            public static string FlowsWhole(Document d) => $"{d}";
            public static string RecordMember(Person p) => $"{p.Document}";
            public static string Field(Person p) => $"{p.CardNumber}";
            public static string Inherited(Employee e) => $"{e.Cnic} in {e.Team}";
            public static string Hidden(Hiding h) => $"{h.Value}";
            public static string Generic(Wrapper<Person> w) => $"{w.Inner.Cnic}";
            public static string Struct(Card c) => $"{c.Number}";
            public static string Plain(Person p) => p.Cnic;
            public static string Literal() => "nothing";
            public static string Facts(Person p, bool verbose, int count) => $"{p.Id} {p.CnicVerified} {verbose} {count} {p.Tags}";
            public static string Formatted(Person p) => $"{p.DisplayName,10:X} {(p.Note.Text)}";
            public static string Tagged([Pii(PiiKind.Pan)] string pan) => $"{pan}";
            public static string TwoParameters(string first, Person p, string last) => $"{first} {p.Id} {last}";

            // Not the syntax path's: an interface, a concatenation, a call, a conditional access, a generic method, a static
            // member, a nullable value, a local.
            public static string Interface(IHasCnic h) => $"{h.Cnic}";
            public static string Concatenated(Person p) => "cnic " + p.Cnic;
            public static string Called(Person p) => $"{p.Cnic.Trim()}";
            public static string ConditionalAccess(Person? p) => $"{p?.Cnic}";
            public static string GenericMethod<T>(T value) => $"{value}";
            public static string StaticMember(Person p) => $"{Static.Cnic}";
            public static string NullableValue(int? n) => $"{n.Value}";
            public static string WithLocal(Person p) { var c = p.Cnic; return $"{c}"; }
        }
        """;

    private static readonly string[] NotForSyntax =
    {
        "Interface", "Concatenated", "Called", "ConditionalAccess", "GenericMethod", "StaticMember", "NullableValue", "WithLocal",
    };

    [Fact]
    public async Task Every_helper_summarized_from_syntax_has_the_summary_binding_gives()
    {
        var compilation = await WholePackage.CompileAsync(new[] { ("/Probe/Helpers.cs", Source) });
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var state = PrivacyCompilation.For(compilation);
        var helpers = compilation.GetTypeByMetadataName("Probe.Helpers")!.GetMembers().OfType<IMethodSymbol>().Where(m => m.MethodKind == MethodKind.Ordinary).ToList();
        Assert.Equal(24, helpers.Count);

        var fromSyntax = 0;
        foreach (var helper in helpers)
        {
            var node = helper.DeclaringSyntaxReferences[0].GetSyntax();
            var body = (SyntaxNode?)((MethodDeclarationSyntax)node).Body ?? ((MethodDeclarationSyntax)node).ExpressionBody!;
            var path = new HelperPath(helper, parent: null);
            var bySyntax = state.Helpers.SummarizeFromSyntax(helper, body, path);
            var byBinding = state.Helpers.SummarizeByBinding(helper, node, path)!;
            if (NotForSyntax.Contains(helper.Name))
            {
                Assert.True(bySyntax is null, $"{helper.Name} should be left to binding");
                continue;
            }

            Assert.True(bySyntax is not null, $"{helper.Name} should be read from syntax");
            fromSyntax++;
            Assert.Equal(Describe(byBinding), Describe(bySyntax!));
        }

        Assert.Equal(16, fromSyntax);
    }

    [Fact]
    public async Task The_summaries_themselves_are_what_the_helpers_put_in_their_result()
    {
        var compilation = await WholePackage.CompileAsync(new[] { ("/Probe/Helpers.cs", Source) });
        var state = PrivacyCompilation.For(compilation);
        string Summary(string name)
        {
            var helper = compilation.GetTypeByMetadataName("Probe.Helpers")!.GetMembers(name).OfType<IMethodSymbol>().Single();
            return Describe(state.Helpers.Get(helper, path: null)!);
        }

        Assert.Equal("Person.Cnic (read) | ", Summary("Interpolated"));
        Assert.Equal("Document.Number (read) | ", Summary("Nested"));
        Assert.Equal(" | 0", Summary("Flows"));
        Assert.Equal("Document.Number (object) | ", Summary("RecordMember"));
        Assert.Equal("Person.Cnic (read) | ", Summary("Inherited"));
        Assert.Equal("Hiding.Value (read) | ", Summary("Hidden"));
        Assert.Equal("Person.Cnic (read) | ", Summary("Generic"));
        // An int parameter can carry an Aadhaar number, so it flows; a bool cannot.
        Assert.Equal(" | 2", Summary("Facts"));
        Assert.Equal("Note.Text (read) | ", Summary("Formatted"));
        Assert.Equal("pan (read) | ", Summary("Tagged"));
        Assert.Equal(" | 0, 2", Summary("TwoParameters"));
    }

    private static string Describe(HelperSummary summary) =>
        string.Join("; ", summary.Hits.Select(h => string.Join(", ", h.Members.Select(m => m.Path)) + (h.IsWholeObject ? " (object)" : h.MaskTarget is null ? " (unmaskable)" : " (read)")))
        + " | " + string.Join(", ", summary.FlowingParameters.OrderBy(p => p));
}
