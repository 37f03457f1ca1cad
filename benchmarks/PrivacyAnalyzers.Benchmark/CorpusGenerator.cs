using System.Text;

namespace PrivacyAnalyzers.Benchmark;

/// <summary>
/// Writes a messaging-platform service in the sample's style, one module per file group: entities with and without PII,
/// a DbContext, a controller, a service that logs and serializes, calls to other services (a partner's API, an SMS
/// provider, an AI model, with a span around them), a repository with SQL. About 40% of modules break a
/// rule somewhere; the rest is the ordinary code that every build spends most of its time on.
/// </summary>
internal static class CorpusGenerator
{
    public static List<(string Path, string Text)> Generate(int targetLines)
    {
        var files = new List<(string, string)>();
        var lines = 0;
        for (var module = 0; lines < targetLines; module++)
        {
            foreach (var (name, text) in Module(module))
            {
                files.Add(($"Module{module}/{name}.cs", text));
                lines += CountLines(text);
            }
        }

        return files;
    }

    public static int CountLines(string text)
    {
        var count = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                count++;
            }
        }

        return count;
    }

    private static IEnumerable<(string Name, string Text)> Module(int m)
    {
        var risky = m % 5 < 2;
        yield return ("Entities", $$"""
            using PrivacyAnalyzers.Annotations;

            namespace Corpus.Module{{m}};

            public sealed class Subscriber{{m}}
            {
                public int Id { get; set; }
                public string DisplayName { get; set; } = "";
                [Pii(PiiKind.Cnic)] {{(risky ? "" : "[Encrypted] ")}}public string? Cnic { get; set; }
                [Pii(PiiKind.PhoneNumber)] public string Msisdn { get; set; } = "";
                public string Country { get; set; } = "PK";
                public bool CnicVerified { get; set; }
                public int MessageCount { get; set; }
                public DateTime CreatedAt { get; set; }
                public List<Message{{m}}> Messages { get; set; } = new();
            }

            public sealed class Message{{m}}
            {
                public int Id { get; set; }
                public int SubscriberId { get; set; }
                [Pii(PiiKind.MessageContent)] public string Body { get; set; } = "";
                public string SenderId { get; set; } = "";
                public int Parts { get; set; }
                public DateTime SentAt { get; set; }
            }

            public sealed record SubscriberSummary{{m}}(int Id, string Country, bool CnicVerified, int MessageCount);

            public sealed class Tariff{{m}}
            {
                public int Id { get; set; }
                public string Name { get; set; } = "";
                public decimal PricePerPart { get; set; }
                public decimal Tax(decimal amount) => Math.Round(amount * 0.17m, 2);
                public decimal Total(int parts) => parts * PricePerPart + Tax(parts * PricePerPart);
            }
            """);

        yield return ("Data", $$"""
            using Microsoft.AspNetCore.DataProtection;
            using Microsoft.EntityFrameworkCore;
            using PrivacyAnalyzers.EntityFrameworkCore;

            namespace Corpus.Module{{m}};

            public sealed class Module{{m}}Context(DbContextOptions<Module{{m}}Context> options, IDataProtectionProvider protection) : DbContext(options)
            {
                public DbSet<Subscriber{{m}}> Subscribers => Set<Subscriber{{m}}>();
                public DbSet<Tariff{{m}}> Tariffs => Set<Tariff{{m}}>();

                protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
                    configurationBuilder.UsePiiEncryption(protection);

                protected override void OnModelCreating(ModelBuilder modelBuilder)
                {
                    modelBuilder.Entity<Subscriber{{m}}>().HasIndex(s => s.Msisdn);
                    modelBuilder.Entity<Tariff{{m}}>().Property(t => t.PricePerPart).HasPrecision(10, 4);
                }
            }
            """);

        yield return ("Service", $$"""
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers.Annotations;

            namespace Corpus.Module{{m}};

            public sealed class SubscriberService{{m}}(ILogger<SubscriberService{{m}}> logger, Serilog.ILogger audit)
            {
                private readonly Dictionary<int, Subscriber{{m}}> _byId = new();

                public SubscriberSummary{{m}} Register(Subscriber{{m}} subscriber)
                {
                    _byId[subscriber.Id] = subscriber;
                    logger.LogInformation("Registered {Id} in {Country}", subscriber.Id, subscriber.Country);
                    {{(risky ? "logger.LogDebug(\"CNIC {Cnic}\", subscriber.Cnic);" : "logger.LogDebug(\"CNIC {Cnic}\", Pii.Mask(subscriber.Cnic, PiiKind.Cnic));")}}
                    audit.Information("Subscriber {Id} has {Count} messages", subscriber.Id, subscriber.MessageCount);
                    var label = Describe(subscriber);
                    logger.LogTrace(label);
                    return Summarize(subscriber);
                }

                public decimal Bill(Subscriber{{m}} subscriber, Tariff{{m}} tariff)
                {
                    var parts = 0;
                    foreach (var message in subscriber.Messages)
                    {
                        parts += message.Parts;
                        if (message.Parts > 3)
                        {
                            logger.LogWarning("Long message {MessageId} of {Parts} parts", message.Id, message.Parts);
                        }
                    }

                    var total = tariff.Total(parts);
                    if (total < 0)
                    {
                        throw new InvalidOperationException($"Negative total for subscriber {subscriber.Id}");
                    }

                    return total;
                }

                public string Export(IEnumerable<Subscriber{{m}}> subscribers) =>
                    System.Text.Json.JsonSerializer.Serialize(subscribers.Select(Summarize){{(risky ? ".Concat<object>(subscribers)" : "")}});

                private static SubscriberSummary{{m}} Summarize(Subscriber{{m}} s) => new(s.Id, s.Country, s.CnicVerified, s.MessageCount);

                private static string Describe(Subscriber{{m}} s) => $"subscriber {s.Id} ({s.Country}, {s.MessageCount} messages)";
            }
            """);

        yield return ("Controller", $$"""
            using Microsoft.AspNetCore.Mvc;

            namespace Corpus.Module{{m}};

            [ApiController]
            [Route("module{{m}}/subscribers")]
            public sealed class SubscribersController{{m}}(SubscriberService{{m}} service) : ControllerBase
            {
                private static readonly List<Subscriber{{m}}> Store = new();

                [HttpGet]
                public IEnumerable<SubscriberSummary{{m}}> List() => Store.Select(s => new SubscriberSummary{{m}}(s.Id, s.Country, s.CnicVerified, s.MessageCount));

                [HttpGet("{id:int}")]
                public ActionResult<{{(risky ? $"Subscriber{m}" : $"SubscriberSummary{m}")}}> Get(int id)
                {
                    var subscriber = Store.FirstOrDefault(s => s.Id == id);
                    if (subscriber is null)
                    {
                        return NotFound();
                    }

                    return {{(risky ? "subscriber" : "service.Register(subscriber)")}};
                }

                [HttpPost]
                public IActionResult Create(Subscriber{{m}} subscriber)
                {
                    Store.Add(subscriber);
                    return Ok(service.Register(subscriber));
                }
            }
            """);

        // Shares with other services: a span tag, a partner's verification endpoint, an SMS provider and an AI model
        // (PII1004 and PII4003 with their SDKs referenced).
        yield return ("Outbound", $$"""
            using System.Diagnostics;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            using OpenAI.Chat;
            using PrivacyAnalyzers.Annotations;
            using Twilio.Rest.Api.V2010.Account;
            using Twilio.Types;

            namespace Corpus.Module{{m}};

            public sealed class Outbound{{m}}(HttpClient http, ActivitySource source, ChatClient chat)
            {
                public async Task<bool> Verify(Subscriber{{m}} subscriber)
                {
                    using var activity = source.StartActivity("verify");
                    activity?.SetTag("subscriber.id", subscriber.Id);
                    activity?.SetTag("subscriber.msisdn", {{(risky ? "subscriber.Msisdn" : "Pii.Mask(subscriber.Msisdn, PiiKind.PhoneNumber)")}});
                    var response = await http.PostAsJsonAsync("https://verify.partner{{m % 7}}.example.com/v1/check", new { subscriber.Id, {{(risky ? "subscriber.Cnic" : "subscriber.Country")}} });
                    return response.IsSuccessStatusCode;
                }

                public Task<MessageResource> Notify(Subscriber{{m}} subscriber, Message{{m}} message) =>
                    MessageResource.CreateAsync(to: new PhoneNumber(subscriber.Msisdn), from: new PhoneNumber("+15005550006"), body: message.Body);

                public string Classify(Subscriber{{m}} subscriber, Message{{m}} message)
                {
                    var options = new CreateMessageOptions(new PhoneNumber(subscriber.Msisdn)) { Body = message.Body, MaxPrice = 1.5m };
                    var prompt = {{(risky ? "$\"Sender {subscriber.Cnic} wrote: {message.Body}\"" : "$\"Message {message.Id} of {message.Parts} parts: {message.Body}\"")}};
                    return chat.CompleteChat(new UserChatMessage(prompt)).Value.Content[0].Text + options.Body;
                }
            }
            """);

        yield return ("Repository", $$"""
            using System.Data.Common;

            namespace Corpus.Module{{m}};

            public sealed class MessageRepository{{m}}(DbConnection connection)
            {
                public int Save(Message{{m}} message)
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = "insert into messages (id, subscriber_id, sender_id, parts) values (@id, @subscriber, @sender, @parts)";
                    Add(command, "@id", message.Id);
                    Add(command, "@subscriber", message.SubscriberId);
                    Add(command, "@sender", message.SenderId);
                    Add(command, "@parts", message.Parts);
                    return command.ExecuteNonQuery();
                }

                public int Purge(DateTime before)
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = "delete from messages where sent_at < @before";
                    Add(command, "@before", before);
                    return command.ExecuteNonQuery();
                }

                private static void Add(DbCommand command, string name, object value)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = name;
                    parameter.Value = value;
                    command.Parameters.Add(parameter);
                }
            }
            """);
    }
}
