using MessagingPlatform.Billing;
using MessagingPlatform.Customers;
using MessagingPlatform.Messaging;
using Microsoft.Extensions.Logging;
using Serilog;

using var loggerFactory = LoggerFactory.Create(builder => builder.AddSimpleConsole());
var serilog = new LoggerConfiguration().CreateLogger();

var customer = new Customer
{
    FullName = "Ayesha Khan",
    Cnic = "35202-1234567-1",
    Msisdn = "+923001234567",
    Email = "ayesha@example.pk",
};

new KycService(loggerFactory.CreateLogger<KycService>())
    .Submit(customer, new KycSubmission(customer.Id, customer.Cnic, "CNIC"));

new SmsSender(serilog).Send(new SmsMessage { SenderId = "ACME", To = customer.Msisdn, Body = "Your code is 4821" });

new BillingService(loggerFactory.CreateLogger<BillingService>()).Charge(
    new PaymentMethod { CustomerId = customer.Id, CardNumber = "4539148803436467", Cvv = "123", CardholderName = customer.FullName },
    1500m);
