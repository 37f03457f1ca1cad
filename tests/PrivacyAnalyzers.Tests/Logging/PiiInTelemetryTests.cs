using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Infrastructure.Verify<PrivacyAnalyzers.Rules.PiiInTelemetryAnalyzer>;

namespace PrivacyAnalyzers.Tests.Logging;

/// <summary>PII1004 against the real telemetry APIs: System.Diagnostics Activity and Meter (what OpenTelemetry records),
/// the OpenTelemetry API, Application Insights and Sentry. Same flow, sanitizers and mask fix as logging.</summary>
public class PiiInTelemetryTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Diagnostics.Metrics;
        using Microsoft.ApplicationInsights;
        using OpenTelemetry;
        using OpenTelemetry.Trace;
        using PrivacyAnalyzers.Annotations;
        using Sentry;
        using Shop;

        """;

    [Fact]
    public async Task Span_tags_baggage_events_and_metric_tags_are_reported()
    {
        await RunAsync(Usings + """
            class Tracing(ActivitySource source, Counter<int> counter, Histogram<double> latency, TelemetrySpan span)
            {
                void Run(Customer c)
                {
                    var activity = Activity.Current!;
                    activity.SetTag("customer.cnic", {|#0:c.Cnic|});
                    activity.AddBaggage("card", {|#1:c.CardNumber|});
                    activity.DisplayName = {|#2:$"KYC {c.Pan}"|};
                    source.StartActivity("kyc", ActivityKind.Server, default(ActivityContext), {|#3:new[] { new KeyValuePair<string, object?>("cnic", c.Cnic) }|});
                    activity.AddEvent(new ActivityEvent("kyc", default, {|#4:new ActivityTagsCollection { { "passport", c.Kyc.PassportNo } }|}));
                    counter.Add(1, {|#5:new KeyValuePair<string, object?>("cnic", c.Cnic)|});
                    latency.Record(1.5, {|#6:new TagList { { "pan", c.Pan } }|});
                    Baggage.SetBaggage("cnic", {|#7:c.Cnic|});
                    span.SetAttribute("password", {|#8:c.Password|});
                }
            }
            """, null,
            Verify.Diagnostic(0, "Customer.Cnic", "CNIC number", "Activity.SetTag"),
            Verify.Diagnostic(1, "Customer.CardNumber", "payment card number", "Activity.AddBaggage"),
            Verify.Diagnostic(2, "Customer.Pan", "PAN", "Activity.DisplayName"),
            Verify.Diagnostic(3, "Customer.Cnic", "CNIC number", "ActivitySource.StartActivity"),
            Verify.Diagnostic(4, "Kyc.PassportNo", "passport number", "new ActivityEvent"),
            Verify.Diagnostic(5, "Customer.Cnic", "CNIC number", "Counter.Add"),
            Verify.Diagnostic(6, "Customer.Pan", "PAN", "Histogram.Record"),
            Verify.Diagnostic(7, "Customer.Cnic", "CNIC number", "Baggage.SetBaggage"),
            Verify.Diagnostic(8, "Customer.Password", "password", "TelemetrySpan.SetAttribute"));
    }

    [Fact]
    public async Task Application_Insights_and_Sentry_properties_users_messages_and_breadcrumbs_are_reported()
    {
        await RunAsync(Usings + """
            class Reporting(TelemetryClient telemetry, IHub hub)
            {
                void Run(Customer c)
                {
                    telemetry.TrackEvent("kyc", {|#0:new Dictionary<string, string> { ["cnic"] = c.Cnic }|});
                    telemetry.TrackTrace({|#1:$"KYC for {c.Cnic}"|});
                    telemetry.Context.User.AuthenticatedUserId = {|#2:c.Pan|};
                    SentrySdk.CaptureMessage({|#3:"Card rejected " + c.CardNumber|});
                    SentrySdk.AddBreadcrumb({|#4:$"KYC {c.Cnic}"|});
                    SentrySdk.ConfigureScope(scope =>
                    {
                        scope.SetTag("cnic", {|#5:c.Cnic|});
                        scope.SetExtra("pan", {|#6:c.Pan|});
                        scope.User = new SentryUser { Id = c.Id.ToString(), Username = {|#7:c.Cnic|} };
                    });
                    hub.CaptureMessage({|#8:c.Password|});
                    // Through `?.`, as real code writes it (found on a public app: RemoteIpAddress?.ToString()).
                    telemetry.Context.Location.Ip = {|#9:c.Cnic?.Trim()|};
                }
            }
            """, null,
            Verify.Diagnostic(0, "Customer.Cnic", "CNIC number", "TelemetryClient.TrackEvent"),
            Verify.Diagnostic(1, "Customer.Cnic", "CNIC number", "TelemetryClient.TrackTrace"),
            Verify.Diagnostic(2, "Customer.Pan", "PAN", "UserContext.AuthenticatedUserId"),
            Verify.Diagnostic(3, "Customer.CardNumber", "payment card number", "SentrySdk.CaptureMessage"),
            Verify.Diagnostic(4, "Customer.Cnic", "CNIC number", "SentrySdk.AddBreadcrumb"),
            Verify.Diagnostic(5, "Customer.Cnic", "CNIC number", "Scope.SetTag"),
            Verify.Diagnostic(6, "Customer.Pan", "PAN", "Scope.SetExtra"),
            Verify.Diagnostic(7, "Customer.Cnic", "CNIC number", "SentryUser.Username"),
            Verify.Diagnostic(8, "Customer.Password", "password", "ISentryClient.CaptureMessage"),
            Verify.Diagnostic(9, "Customer.Cnic", "CNIC number", "LocationContext.Ip"));
    }

    [Fact]
    public async Task Ids_facts_masked_values_and_keys_named_after_pii_are_not_reported()
    {
        await RunAsync(Usings + """
            class Tracing(Counter<int> counter, TelemetryClient telemetry)
            {
                void Run(Customer c)
                {
                    var activity = Activity.Current!;
                    // A key that names the data is not the data; the values here are ids, flags, counts and masks.
                    activity.SetTag("customer.cnic.verified", c.CnicVerified);
                    activity.SetTag("customer.id", c.Id);
                    activity.SetTag("customer.cnic", Pii.Mask(c.Cnic, PiiKind.Cnic));
                    activity.AddBaggage("tags", c.Tags.Count.ToString());
                    counter.Add(1, new KeyValuePair<string, object?>("has_card", c.CardNumber.Length > 0));
                    telemetry.TrackEvent("kyc", new Dictionary<string, string> { ["customer"] = c.Id.ToString(), ["status"] = c.Kyc.Status });
                    telemetry.TrackTrace($"KYC for customer {c.Id}");
                    SentrySdk.CaptureMessage($"KYC failed for {c.Id}");
                    SentrySdk.ConfigureScope(scope => scope.User = new SentryUser { Id = c.Id.ToString() });
                }
            }
            """, null);
    }

    [Fact]
    public async Task The_mask_fix_and_Fix_All_mask_the_values_and_the_code_compiles()
    {
        await RunAsync(Usings + """
            class Tracing(TelemetryClient telemetry)
            {
                void Run(Customer c)
                {
                    Activity.Current?.SetTag("customer.cnic", {|#0:c.Cnic|});
                    telemetry.TrackTrace({|#1:$"Card {c.CardNumber}"|});
                    SentrySdk.ConfigureScope(scope => scope.SetTag("pan", {|#2:c.Pan|}));
                }
            }
            """, Usings + """
            class Tracing(TelemetryClient telemetry)
            {
                void Run(Customer c)
                {
                    Activity.Current?.SetTag("customer.cnic", Pii.Mask(c.Cnic, PiiKind.Cnic));
                    telemetry.TrackTrace($"Card {Pii.Mask(c.CardNumber, PiiKind.PaymentCard)}");
                    SentrySdk.ConfigureScope(scope => scope.SetTag("pan", Pii.Mask(c.Pan, PiiKind.Pan)));
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", "CNIC number", "Activity.SetTag"),
            Verify.Diagnostic(1, "Customer.CardNumber", "payment card number", "TelemetryClient.TrackTrace"),
            Verify.Diagnostic(2, "Customer.Pan", "PAN", "Scope.SetTag"));
    }

    [Fact]
    public async Task The_mask_fix_wraps_the_value_inside_a_tag_pair_not_the_pair()
    {
        // Wrapping the KeyValuePair would hand Counter.Add a string: the fixed code must still compile.
        await RunAsync(Usings + """
            class Metrics(Counter<int> counter)
            {
                void Run(Customer c) => counter.Add(1, {|#0:new KeyValuePair<string, object?>("cnic", c.Cnic)|});
            }
            """, Usings + """
            class Metrics(Counter<int> counter)
            {
                void Run(Customer c) => counter.Add(1, new KeyValuePair<string, object?>("cnic", Pii.Mask(c.Cnic, PiiKind.Cnic)));
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", "CNIC number", "Counter.Add"));
    }

    [Fact]
    public async Task Properties_of_an_Application_Insights_item_filled_before_it_is_tracked_are_reported()
    {
        // Found on a public app: the properties were set on an EventTelemetry, then the item was tracked whole.
        await RunAsync(Usings + """
            using Microsoft.ApplicationInsights.DataContracts;

            class Reporting(TelemetryClient telemetry)
            {
                void Run(Customer c)
                {
                    var item = new EventTelemetry("kyc");
                    item.Properties["cnic"] = {|#0:c.Cnic|};
                    item.Properties.Add("pan", {|#1:c.Pan|});
                    telemetry.Context.GlobalProperties["card"] = {|#2:c.CardNumber|};
                    telemetry.TrackEvent(item);

                    // Look-alikes: an ordinary dictionary, and an id.
                    var local = new Dictionary<string, string>();
                    local["cnic"] = c.Cnic;
                    item.Properties["customer"] = c.Id.ToString();
                }
            }
            """, null,
            Verify.Diagnostic(0, "Customer.Cnic", "CNIC number", "item.Properties[...]"),
            Verify.Diagnostic(1, "Customer.Pan", "PAN", "item.Properties.Add"),
            Verify.Diagnostic(2, "Customer.CardNumber", "payment card number", "telemetry.Context.GlobalProperties[...]"));
    }

    private static async Task RunAsync(string source, string? fixedSource, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/0/Test0.cs", source));
        test.TestState.Sources.Add(("/0/Model.cs", TestModel.Source));
        test.TestState.AdditionalReferences.AddRange(TestReferences.Telemetry);
        if (fixedSource is not null)
        {
            test.FixedState.Sources.Add(("/0/Test0.cs", fixedSource));
            test.FixedState.Sources.Add(("/0/Model.cs", TestModel.Source));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
