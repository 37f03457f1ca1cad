using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.CodeFixes;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Sharing;

/// <summary>PII4003 against the real SDKs (Twilio, SendGrid, Stripe, OpenAI, Azure OpenAI, Microsoft.Extensions.AI) and
/// HttpClient hosts, with and without a privacy-policy.json; and how it shares telemetry services with PII1004.</summary>
public class PiiSharedWithThirdPartyTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.DependencyInjection;
        using OpenAI.Chat;
        using OpenAI.Embeddings;
        using PrivacyAnalyzers.Annotations;
        using SendGrid.Helpers.Mail;
        using Sentry;
        using Stripe;
        using Twilio.Rest.Api.V2010.Account;
        using Twilio.Types;

        public class Subscriber
        {
            public int Id { get; set; }
            [Pii(PiiKind.PhoneNumber)] public string Msisdn { get; set; } = "";
            [Pii(PiiKind.Email)] public string Email { get; set; } = "";
            [Pii(PiiKind.Cnic)] public string Cnic { get; set; } = "";
            [Pii(PiiKind.PaymentCard)] public string CardNumber { get; set; } = "";
            [Pii(PiiKind.MessageContent)] public string LastMessage { get; set; } = "";
        }

        """;

    private const string Policy = """
        {
          "processors": [
            { "name": "Twilio", "region": "US", "purpose": "SMS delivery", "sdks": ["Twilio"] },
            { "name": "NADRA Verisys", "region": "PK", "purpose": "identity verification", "hosts": ["verisys.nadra.gov.pk"] },
            { "name": "KYC Cloud", "region": "US", "hosts": ["*.kyccloud.example"] },
            { "name": "Stripe", "region": "US", "sdks": ["Stripe"] },
            { "name": "Sentry", "region": "US", "sdks": ["Sentry"] }
          ],
          "kinds": {
            "PhoneNumber": { "processors": ["Twilio"] },
            "MessageContent": { "processors": ["Twilio"] },
            "Cnic": { "processors": ["NADRA Verisys", "KYC Cloud"], "regions": ["PK"] },
            "PaymentCard": { "processors": ["Stripe"] },
            "Email": { "processors": ["Stripe", "Sentry"], "regions": ["US", "PK"] }
          },
          "ownHosts": ["*.example.pk"]
        }
        """;

    private const string NoPolicyReason =
        "no privacy-policy.json says who may receive identity, payment or secret data; leave it out, or declare the processors and what each may receive in that file";

    [Fact]
    public async Task Without_a_policy_identity_payment_and_secret_data_sent_to_any_sdk_is_reported_at_info_level()
    {
        await RunAsync(Usings + """
            class Sharing(ChatClient chat, EmbeddingClient embeddings, IChatClient ai)
            {
                async Task Run(Subscriber s)
                {
                    // Phone numbers, e-mail addresses and message text are not reported without a policy: only identity,
                    // payment and secret kinds are.
                    MessageResource.Create(to: new PhoneNumber(s.Msisdn), from: new PhoneNumber("+15005550006"), body: {|#0:$"Your CNIC {s.Cnic} is verified"|});
                    var mail = MailHelper.CreateSingleEmail(new EmailAddress("kyc@example.pk"), new EmailAddress(s.Email), "KYC", {|#1:s.Cnic|}, s.LastMessage);
                    mail.AddTo(s.Email);
                    var customer = new CustomerCreateOptions { Email = s.Email, Metadata = {|#2:new Dictionary<string, string> { ["card"] = s.CardNumber }|} };
                    var card = new PaymentMethodCardOptions { Number = {|#3:s.CardNumber|} };
                    chat.CompleteChat(new UserChatMessage({|#4:$"Summarise the complaint of {s.Cnic}"|}));
                    chat.CompleteChat(OpenAI.Chat.ChatMessage.CreateUserMessage(s.LastMessage));
                    embeddings.GenerateEmbedding({|#5:s.Cnic|});
                    await ai.GetResponseAsync({|#6:"Check " + s.Cnic|});
                    await ai.GetResponseAsync(new[] { new Microsoft.Extensions.AI.ChatMessage(ChatRole.User, {|#7:s.Cnic|}) });
                }
            }
            """,
            policy: null,
            NoPolicy(0, "Subscriber.Cnic", "CNIC number", "MessageResource.Create", "Twilio"),
            NoPolicy(1, "Subscriber.Cnic", "CNIC number", "MailHelper.CreateSingleEmail", "SendGrid"),
            NoPolicy(2, "Subscriber.CardNumber", "payment card number", "CustomerCreateOptions.Metadata", "Stripe"),
            NoPolicy(3, "Subscriber.CardNumber", "payment card number", "PaymentMethodCardOptions.Number", "Stripe"),
            NoPolicy(4, "Subscriber.Cnic", "CNIC number", "new UserChatMessage", "OpenAI"),
            NoPolicy(5, "Subscriber.Cnic", "CNIC number", "EmbeddingClient.GenerateEmbedding", "OpenAI"),
            NoPolicy(6, "Subscriber.Cnic", "CNIC number", "IChatClient.GetResponseAsync", "Microsoft.Extensions.AI"),
            NoPolicy(7, "Subscriber.Cnic", "CNIC number", "new ChatMessage", "Microsoft.Extensions.AI"));
    }

    [Fact]
    public async Task Every_kind_of_SDK_entry_point_is_a_share_and_masked_values_ids_and_internal_hosts_are_not()
    {
        await RunAsync(Usings + """
            #pragma warning disable OPENAI001
            public class BillingAddress
            {
                public string TaxId { get; set; } = "";
            }

            class EntryPoints(IEmbeddingGenerator<string, Embedding<float>> generator, HttpClient http)
            {
                async Task Run(Subscriber s, BillingAddress billing)
                {
                    var mail = new SendGridMessage { PlainTextContent = {|#0:$"CNIC {s.Cnic}"|} };
                    mail.AddSubstitution("-cnic-", {|#1:s.Cnic|});
                    mail.Personalizations = new List<Personalization> { new Personalization { Subject = {|#2:s.Cnic|} } };
                    var sms = new CreateMessageOptions(new PhoneNumber(s.Msisdn)) { Body = {|#3:s.Cnic|} };
                    var address = new CustomerCreateOptions { Address = new AddressOptions { Line1 = {|#4:s.Cnic|} } };
                    var part = new TextContent({|#5:s.Cnic|});
                    part.Text = {|#6:s.CardNumber|};
                    await generator.GenerateAsync({|#7:new[] { s.Cnic }|});
                    await generator.GenerateVectorAsync({|#8:s.Cnic|});
                    var item = OpenAI.Responses.ResponseItem.CreateUserMessageItem({|#9:s.Cnic|});

                    // Look-alikes: masked, an id, the team's own text, internal hosts.
                    mail.AddSubstitution("-cnic-", Pii.Mask(s.Cnic, PiiKind.Cnic));
                    mail.AddSubstitution("-id-", s.Id.ToString());
                    var greeting = new TextContent("Hello");
                    await http.PostAsync("http://localhost:5000/kyc", new StringContent(s.Cnic));
                    await http.PostAsync("https://10.0.0.5/kyc", new StringContent(s.Cnic));
                    await http.PostAsync("https://kyc.internal/check", new StringContent(s.Cnic));
                    await http.PostAsync("https://partner.example.com/kyc", new StringContent(s.Id.ToString()));
                    // A name that is a person's only beside one (this tax ID may be a company's VAT number).
                    await http.PostAsync("https://partner.example.com/tax", new StringContent(billing.TaxId));
                    var tax = new TaxIdCreateOptions { Value = billing.TaxId };
                }
            }
            """,
            policy: null,
            NoPolicy(0, "Subscriber.Cnic", "CNIC number", "SendGridMessage.PlainTextContent", "SendGrid"),
            NoPolicy(1, "Subscriber.Cnic", "CNIC number", "SendGridMessage.AddSubstitution", "SendGrid"),
            NoPolicy(2, "Subscriber.Cnic", "CNIC number", "Personalization.Subject", "SendGrid"),
            NoPolicy(3, "Subscriber.Cnic", "CNIC number", "CreateMessageOptions.Body", "Twilio"),
            NoPolicy(4, "Subscriber.Cnic", "CNIC number", "AddressOptions.Line1", "Stripe"),
            NoPolicy(5, "Subscriber.Cnic", "CNIC number", "new TextContent", "Microsoft.Extensions.AI"),
            NoPolicy(6, "Subscriber.CardNumber", "payment card number", "TextContent.Text", "Microsoft.Extensions.AI"),
            NoPolicy(7, "Subscriber.Cnic", "CNIC number", "IEmbeddingGenerator.GenerateAsync", "Microsoft.Extensions.AI"),
            NoPolicy(8, "Subscriber.Cnic", "CNIC number", "IEmbeddingGenerator.GenerateVectorAsync", "Microsoft.Extensions.AI"),
            NoPolicy(9, "Subscriber.Cnic", "CNIC number", "ResponseItem.CreateUserMessageItem", "OpenAI"));
    }

    [Fact]
    public async Task With_a_policy_each_share_is_judged_by_processor_kind_and_region()
    {
        await RunAsync(Usings + """
            class Sharing(ChatClient chat, HttpClient http)
            {
                async Task Run(Subscriber s)
                {
                    // Allowed: phone number and message content to Twilio, card and e-mail to Stripe, CNIC to NADRA in PK.
                    MessageResource.Create(to: new PhoneNumber(s.Msisdn), from: new PhoneNumber("+15005550006"), body: s.LastMessage);
                    var options = new CreateMessageOptions(new PhoneNumber(s.Msisdn)) { Body = s.LastMessage };
                    var customer = new CustomerCreateOptions { Email = s.Email, Metadata = new Dictionary<string, string> { ["card"] = s.CardNumber } };
                    await http.PostAsJsonAsync("https://verisys.nadra.gov.pk/v1/verify", new { s.Cnic });
                    // A host of the team's own, and one inside the network: nobody else receives these.
                    await http.PostAsync("https://kyc.example.pk/check", new StringContent(s.Cnic));
                    await http.PostAsync("https://kyc-service/check", new StringContent(s.Cnic));

                    // Not allowed: a kind the processor is not listed for, a recipient the policy does not name, and a
                    // processor allowed the kind but keeping it outside the kind's regions.
                    MessageResource.Create(to: new PhoneNumber(s.Msisdn), body: {|#0:"CNIC " + s.Cnic|});
                    chat.CompleteChat(new UserChatMessage({|#1:s.Cnic|}));
                    await http.PostAsync("https://partner.example.com/x", {|#2:new StringContent(s.Cnic)|});
                    await http.PostAsJsonAsync("https://api.kyccloud.example/check", {|#3:new { s.Cnic }|});
                }
            }
            """,
            Policy,
            Result(0, "Subscriber.Cnic", "CNIC number", "MessageResource.Create", "'Twilio'",
                "privacy-policy.json does not allow the CNIC number to go to it; leave it out, or, if the policy does allow it, list the processor under kinds.Cnic.processors"),
            Result(1, "Subscriber.Cnic", "CNIC number", "new UserChatMessage", "OpenAI",
                "privacy-policy.json names no processor reached through this SDK; leave it out, or add the processor with its region and what it may receive"),
            Result(2, "Subscriber.Cnic", "CNIC number", "HttpClient.PostAsync", "partner.example.com",
                "privacy-policy.json names no processor at this host; leave it out, or add the processor with its region and what it may receive"),
            Result(3, "Subscriber.Cnic", "CNIC number", "HttpClient.PostAsJsonAsync", "'KYC Cloud' (api.kyccloud.example)",
                "it keeps data in US, and privacy-policy.json keeps the CNIC number only in PK; leave it out, or use a processor in PK"));
    }

    [Fact]
    public async Task Names_that_are_personal_data_beside_a_person_are_judged_only_where_there_is_a_policy()
    {
        var source = Usings + """
            public class User
            {
                public string Email { get; set; } = "";
                public string TaxId { get; set; } = "";
            }

            class Onboarding(ChatClient chat, IChatClient ai)
            {
                async Task Run(User user)
                {
                    var customer = new CustomerCreateOptions { Email = user.Email };
                    chat.CompleteChat(new UserChatMessage({|#0:$"Welcome {user.Email}"|}));
                    var tax = new TaxIdCreateOptions { Value = {|#1:user.TaxId|} };
                    var reply = await ai.GetResponseAsync<string>({|#2:"Classify " + user.Email|});
                }
            }
            """;
        await RunAsync(source, Policy,
            Result(0, "User.Email", "email address", "new UserChatMessage", "OpenAI",
                "privacy-policy.json names no processor reached through this SDK; leave it out, or add the processor with its region and what it may receive"),
            Result(1, "User.TaxId", "tax ID", "TaxIdCreateOptions.Value", "'Stripe'",
                "privacy-policy.json does not allow the tax ID to go to it; leave it out, or, if the policy does allow it, list the processor under kinds.TaxId.processors"),
            Result(2, "User.Email", "email address", "IChatClient.GetResponseAsync", "Microsoft.Extensions.AI",
                "privacy-policy.json names no processor reached through this SDK; leave it out, or add the processor with its region and what it may receive"));
        await RunAsync(source.Replace("{|#0:", "").Replace("{|#1:", "").Replace("{|#2:", "").Replace("|}", ""), policy: null);
    }

    [Fact]
    public async Task A_request_host_is_read_from_base_addresses_named_and_typed_clients_and_unknown_hosts_are_not_judged()
    {
        await RunAsync(Usings + """
            static class Setup
            {
                public static void Register(IServiceCollection services)
                {
                    services.AddHttpClient("kyc", c => c.BaseAddress = new Uri("https://api.kyccloud.example/"));
                    services.AddHttpClient<PartnerClient>(c => c.BaseAddress = new Uri("https://partner.example.com/"));
                    services.AddHttpClient("configured").ConfigureHttpClient(c => c.BaseAddress = new Uri("https://configured.example.com/"));
                    services.AddHttpClient("fromConfiguration", c => c.BaseAddress = new Uri(Environment.GetEnvironmentVariable("KYC_URL")!));
                }
            }

            class PartnerClient(HttpClient http)
            {
                public Task Send(Subscriber s) => http.PostAsJsonAsync("check", {|#0:new { s.Cnic }|});
            }

            class Clients(IHttpClientFactory factory)
            {
                private readonly HttpClient _partner = new() { BaseAddress = new Uri("https://partner.example.com/") };

                async Task Run(Subscriber s)
                {
                    var kyc = factory.CreateClient("kyc");
                    await kyc.PostAsJsonAsync("check", {|#1:s.Cnic|});
                    await factory.CreateClient("configured").PostAsJsonAsync("check", {|#2:s.Cnic|});
                    await _partner.PostAsJsonAsync("x", {|#3:s.Cnic|});
                    var later = new HttpClient();
                    later.BaseAddress = new Uri("https://partner.example.com/");
                    await later.PostAsJsonAsync("x", {|#4:s.Cnic|});
                    var request = new HttpRequestMessage(HttpMethod.Post, "https://partner.example.com/kyc") { Content = {|#5:new StringContent(s.Cnic)|} };
                    var message = new HttpRequestMessage(HttpMethod.Post, new Uri("https://partner.example.com/kyc"));
                    message.Content = {|#6:new StringContent("cnic=" + s.Cnic)|};
                    await _partner.SendAsync(message);

                    // The code does not show where these go: a base address from configuration, a host built at run time.
                    await factory.CreateClient("fromConfiguration").PostAsJsonAsync("check", s.Cnic);
                    await _partner.PostAsJsonAsync($"https://{Environment.MachineName}.example.com/x", s.Cnic);
                    await factory.CreateClient("unregistered").PostAsJsonAsync("check", s.Cnic);
                    await _partner.SendAsync(new HttpRequestMessage(HttpMethod.Post, "kyc") { Content = new StringContent(s.Cnic) });
                }
            }
            """,
            policy: null,
            NoPolicy(0, "Subscriber.Cnic", "CNIC number", "HttpClient.PostAsJsonAsync", "partner.example.com"),
            NoPolicy(1, "Subscriber.Cnic", "CNIC number", "HttpClient.PostAsJsonAsync", "api.kyccloud.example"),
            NoPolicy(2, "Subscriber.Cnic", "CNIC number", "HttpClient.PostAsJsonAsync", "configured.example.com"),
            NoPolicy(3, "Subscriber.Cnic", "CNIC number", "HttpClient.PostAsJsonAsync", "partner.example.com"),
            NoPolicy(4, "Subscriber.Cnic", "CNIC number", "HttpClient.PostAsJsonAsync", "partner.example.com"),
            NoPolicy(5, "Subscriber.Cnic", "CNIC number", "HttpRequestMessage.Content", "partner.example.com"),
            NoPolicy(6, "Subscriber.Cnic", "CNIC number", "HttpRequestMessage.Content", "partner.example.com"));
    }

    [Fact]
    public async Task A_project_that_references_Azure_OpenAI_sends_its_OpenAI_calls_there()
    {
        var source = Usings + """
            class Prompts(ChatClient chat)
            {
                void Ask(string question) => chat.CompleteChat(new UserChatMessage(question));

                // Passed to a method that sends it: reported where it is passed, with the send inside as another location.
                void Run(Subscriber s) => Ask({|#0:s.Cnic|});
            }
            """;
        await RunAsync(source, policy: null, azure: true,
            NoPolicy(0, "Subscriber.Cnic", "CNIC number", "new UserChatMessage in Prompts.Ask", "AzureOpenAI"));
        await RunAsync(source, policy: null, azure: false,
            NoPolicy(0, "Subscriber.Cnic", "CNIC number", "new UserChatMessage in Prompts.Ask", "OpenAI"));
    }

    [Fact]
    public async Task A_telemetry_service_the_policy_allows_a_kind_is_judged_only_by_its_region_and_PII1004_leaves_it()
    {
        var source = Usings + """
            class Errors
            {
                void Run(Subscriber s) => SentrySdk.ConfigureScope(scope => scope.User = new SentryUser { Email = {|#0:s.Email|}, Username = {|#1:s.Cnic|} });
            }
            """;
        const string euOnly = """
            {
              "processors": [ { "name": "Sentry", "region": "US", "sdks": ["Sentry"] } ],
              "kinds": { "Email": { "processors": ["Sentry"], "regions": ["DE"] } }
            }
            """;

        // The e-mail address may go to Sentry, but only to a Sentry that keeps it in DE: PII4003. The CNIC may not go at
        // all: that is telemetry, PII1004's.
        await RunAsync(source, euOnly, azure: false,
            Result(0, "Subscriber.Email", "email address", "SentryUser.Email", "'Sentry'",
                "it keeps data in US, and privacy-policy.json keeps the email address only in DE; leave it out, or use a processor in DE"));
        await RunAsync<PiiInTelemetryAnalyzer>(source, euOnly, azure: false,
            new DiagnosticResult(PiiInTelemetryAnalyzer.Rule).WithLocation(1).WithArguments("Subscriber.Cnic", "CNIC number", "SentryUser.Username")
                .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));

        // Allowed where it keeps it: neither rule. Without a policy: PII1004 for both, PII4003 for none.
        await RunAsync(source, Policy, azure: false);
        await RunAsync(source.Replace("{|#0:", "").Replace("{|#1:", "").Replace("|}", ""), policy: null, azure: false);
        await RunAsync<PiiInTelemetryAnalyzer>(source, policy: null, azure: false,
            new DiagnosticResult(PiiInTelemetryAnalyzer.Rule).WithLocation(0).WithArguments("Subscriber.Email", "email address", "SentryUser.Email")
                .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations),
            new DiagnosticResult(PiiInTelemetryAnalyzer.Rule).WithLocation(1).WithArguments("Subscriber.Cnic", "CNIC number", "SentryUser.Username")
                .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
    }

    [Fact]
    public async Task A_policy_file_that_is_not_JSON_is_judged_as_no_policy()
    {
        await RunAsync(Usings + """
            class Prompts(ChatClient chat)
            {
                void Run(Subscriber s) => chat.CompleteChat(new UserChatMessage({|#0:s.Cnic|}), new UserChatMessage(s.Email));
            }
            """,
            "{ \"processors\": [ }",
            NoPolicy(0, "Subscriber.Cnic", "CNIC number", "new UserChatMessage", "OpenAI"));
    }

    [Fact]
    public async Task An_object_sent_whole_is_one_finding_per_reason()
    {
        await RunAsync(Usings + """
            class Partner(HttpClient http)
            {
                Task Run(Subscriber s) => http.PostAsJsonAsync("https://partner.example.com/subscribers", {|#0:s|});
            }
            """,
            Policy,
            Result(0, "Subscriber", "Msisdn: phone number, Email: email address, Cnic: CNIC number, CardNumber: payment card number and LastMessage: message content",
                "HttpClient.PostAsJsonAsync", "partner.example.com",
                "privacy-policy.json names no processor at this host; leave it out, or add the processor with its region and what it may receive"));
    }

    [Fact]
    public void Sharing_has_no_fix_because_approving_a_transfer_is_a_policy_decision()
    {
        Assert.DoesNotContain(PiiSharedWithThirdPartyAnalyzer.Rule.Id, new MaskPiiCodeFix().FixableDiagnosticIds);
    }

    private static DiagnosticResult NoPolicy(int markup, string member, string kind, string sink, string recipient) =>
        Result(markup, member, kind, sink, recipient + ", a third party", NoPolicyReason).WithSeverity(DiagnosticSeverity.Info);

    private static DiagnosticResult Result(int markup, string member, string kind, string sink, string recipient, string reason) =>
        new DiagnosticResult(PiiSharedWithThirdPartyAnalyzer.Rule).WithLocation(markup).WithArguments(member, kind, sink, recipient, reason)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static Task RunAsync(string source, string? policy, params DiagnosticResult[] expected) =>
        RunAsync<PiiSharedWithThirdPartyAnalyzer>(source, policy, azure: false, expected);

    private static Task RunAsync(string source, string? policy, bool azure, params DiagnosticResult[] expected) =>
        RunAsync<PiiSharedWithThirdPartyAnalyzer>(source, policy, azure, expected);

    private static async Task RunAsync<TAnalyzer>(string source, string? policy, bool azure, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = TestReferences.Net10AspNetCore,
            CompilerDiagnostics = CompilerDiagnostics.Errors,
        };
        test.TestState.Sources.Add(("/0/Test0.cs", source));
        test.TestState.AdditionalReferences.AddRange(TestReferences.PackagesBesideAspNetCore);
        test.TestState.AdditionalReferences.AddRange(TestReferences.ThirdParties);
        test.TestState.AdditionalReferences.AddRange(TestReferences.Telemetry);
        if (azure)
        {
            test.TestState.AdditionalReferences.AddRange(TestReferences.AzureOpenAI);
        }

        if (policy is not null)
        {
            test.TestState.AdditionalFiles.Add(("/0/privacy-policy.json", policy));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
