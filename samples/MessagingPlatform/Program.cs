using MessagingPlatform.Billing;
using MessagingPlatform.Customers;
using MessagingPlatform.Data;
using MessagingPlatform.Exports;
using Microsoft.EntityFrameworkCore;
using MessagingPlatform.Messaging;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
builder.Services.AddDataProtection();
builder.Services.AddDbContext<PlatformDbContext>(options => options.UseSqlite("Data Source=platform.db"));
builder.Services.AddDbContext<KycVaultDbContext>(options => options.UseSqlite("Data Source=kyc-vault.db"));
builder.Services.AddSingleton<CustomerStore>();
builder.Services.AddSingleton<MessageStore>();
builder.Services.AddSingleton<KycService>();
builder.Services.AddSingleton<BillingService>();
builder.Services.AddSingleton<CustomerExport>();
builder.Services.AddSingleton<Serilog.ILogger>(new LoggerConfiguration().CreateLogger());
builder.Services.AddSingleton<SmsSender>();
builder.Services.AddHttpClient<NadraVerification>(client => client.BaseAddress = new Uri("https://verisys.nadra.gov.pk/"));

var app = builder.Build();
app.MapControllers();

app.MapPost("/customers/{id:guid}/kyc", (Guid id, KycSubmission submission, CustomerStore store, KycService kyc) =>
{
    if (store.Find(id) is not { } customer)
    {
        return Results.NotFound();
    }

    kyc.Submit(customer, submission);
    return Results.Ok(CustomerSummary.From(customer));
});

app.MapPost("/sms", (SmsMessage message, SmsSender sender, MessageStore messages) =>
{
    messages.Add(message);
    return sender.Send(message) ? Results.Accepted($"/sms/{message.MessageId}") : Results.StatusCode(502);
});

// Non-compliant: the delivery-report endpoint returns the recipient's number and the message body.
app.MapGet("/sms/{id:guid}", (Guid id, MessageStore messages) => messages.Find(id));

app.MapPost("/billing/charge", (PaymentMethod card, decimal amount, BillingService billing) =>
{
    billing.Charge(card, amount);
    return Results.NoContent();
});

app.Run();
