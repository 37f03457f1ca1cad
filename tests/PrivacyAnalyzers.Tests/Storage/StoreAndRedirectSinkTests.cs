using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Storage;

/// <summary>The sinks real applications use beside EF Core and HttpClient (issue 13): EF Core's interpolated SQL, MongoDB
/// documents and updates, Redis values, blob uploads, and the addresses of redirects and generated links. Compiled against
/// the real MongoDB.Driver, StackExchange.Redis and Azure.Storage.Blobs packages.</summary>
public class StoreAndRedirectSinkTests
{
    private const string Model = """
        using PrivacyAnalyzers.Annotations;

        namespace Crm;

        public class Customer
        {
            public int Id { get; set; }
            [Pii(PiiKind.Cnic)] public string Cnic { get; set; } = "";
            public string Email { get; set; } = "";
            public string Password { get; set; } = "";
            public string CardNumber { get; set; } = "";
            public string DisplayName { get; set; } = "";
        }

        public class Subscriber
        {
            public int Id { get; set; }
            public string Plan { get; set; } = "";
        }
        """;

    [Fact]
    public async Task PII3006_interpolated_sql_writes_each_hole_as_a_parameter()
    {
        await Run<PiiInDatabaseParameterAnalyzer>("""
            using System.Linq;
            using Microsoft.AspNetCore.DataProtection;
            using Microsoft.EntityFrameworkCore;
            using Crm;

            class Repository(DbContext db, IDataProtector protector)
            {
                void Save(Customer c)
                {
                    db.Database.ExecuteSqlInterpolated({|#0:$"INSERT INTO kyc (id, cnic) VALUES ({c.Id}, {c.Cnic})"|});
                    db.Database.ExecuteSql({|#1:$"UPDATE users SET password = {c.Password} WHERE id = {c.Id}"|});
                    db.Database.ExecuteSqlInterpolated($"INSERT INTO kyc (id, cnic) VALUES ({c.Id}, {protector.Protect(c.Cnic)})");
                    db.Database.ExecuteSqlInterpolated($"UPDATE customers SET name = {c.DisplayName} WHERE id = {c.Id}");
                }
            }
            """,
            Diagnostic<PiiInDatabaseParameterAnalyzer>(0, "Customer.Cnic", "CNIC number", "DatabaseFacade.ExecuteSqlInterpolated"),
            Diagnostic<PiiInDatabaseParameterAnalyzer>(1, "Customer.Password", "password", "DatabaseFacade.ExecuteSql"));
    }

    [Fact]
    public async Task PII3006_mongodb_documents_replacements_and_updates()
    {
        await RunWithStores<PiiInDatabaseParameterAnalyzer>("""
            using System.Collections.Generic;
            using Microsoft.AspNetCore.Identity;
            using MongoDB.Driver;
            using Crm;

            class Repository(IMongoCollection<Customer> customers, IMongoCollection<Subscriber> subscribers, IPasswordHasher<Customer> hasher)
            {
                async System.Threading.Tasks.Task Save(Customer c, List<Customer> batch, Subscriber s)
                {
                    customers.InsertOne({|#0:c|});
                    await customers.InsertManyAsync({|#1:batch|});
                    customers.ReplaceOne(x => x.Id == c.Id, {|#2:c|});
                    customers.UpdateOne(x => x.Id == c.Id, Builders<Customer>.Update.Set(x => x.Password, {|#3:c.Password|}));
                    customers.UpdateOne(x => x.Id == c.Id, Builders<Customer>.Update.Set(x => x.Password, hasher.HashPassword(c, c.Password)));
                    subscribers.InsertOne(s);
                }
            }
            """,
            Diagnostic<PiiInDatabaseParameterAnalyzer>(0, "Customer", "Cnic: CNIC number, Password: password and CardNumber: payment card number", "IMongoCollection.InsertOne"),
            Diagnostic<PiiInDatabaseParameterAnalyzer>(1, "Customer", "Cnic: CNIC number, Password: password and CardNumber: payment card number", "IMongoCollection.InsertManyAsync"),
            Diagnostic<PiiInDatabaseParameterAnalyzer>(2, "Customer", "Cnic: CNIC number, Password: password and CardNumber: payment card number", "IMongoCollection.ReplaceOne"),
            Diagnostic<PiiInDatabaseParameterAnalyzer>(3, "Customer.Password", "password", "UpdateDefinitionBuilder.Set"));
    }

    [Fact]
    public async Task PII3008_redis_values_and_blob_uploads()
    {
        await RunWithStores<PiiInLocalStorageAnalyzer>("""
            using System;
            using Azure.Storage.Blobs;
            using StackExchange.Redis;
            using Crm;

            class Cache(IDatabase redis, BlobContainerClient container, BlobClient blob)
            {
                async System.Threading.Tasks.Task Save(Customer c)
                {
                    redis.StringSet("customer:" + c.Id, {|#0:c.Cnic|});
                    await redis.StringSetAsync("card:" + c.Id, {|#1:c.CardNumber|});
                    redis.HashSet("customer:" + c.Id, {|#2:new[] { new HashEntry("cnic", c.Cnic), new HashEntry("name", c.DisplayName) }|});
                    redis.StringSet("name:" + c.Id, c.DisplayName);
                    await container.UploadBlobAsync("kyc/" + c.Id, {|#3:BinaryData.FromString(c.Cnic)|});
                    await blob.UploadAsync({|#4:new BinaryData(c.Password)|});
                    await blob.UploadAsync(BinaryData.FromString(c.DisplayName));
                }
            }
            """,
            Diagnostic<PiiInLocalStorageAnalyzer>(0, "Customer.Cnic", "CNIC number", "IDatabase.StringSet"),
            Diagnostic<PiiInLocalStorageAnalyzer>(1, "Customer.CardNumber", "payment card number", "IDatabaseAsync.StringSetAsync"),
            Diagnostic<PiiInLocalStorageAnalyzer>(2, "Customer.Cnic", "CNIC number", "IDatabase.HashSet"),
            Diagnostic<PiiInLocalStorageAnalyzer>(3, "Customer.Cnic", "CNIC number", "BlobContainerClient.UploadBlobAsync"),
            Diagnostic<PiiInLocalStorageAnalyzer>(4, "Customer.Password", "password", "BlobClient.UploadAsync"));
    }

    [Fact]
    public async Task PII4002_redirects_and_generated_links()
    {
        await Run<PiiInUrlAnalyzer>("""
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Routing;
            using Crm;

            class AccountController(LinkGenerator links) : Controller
            {
                IActionResult Registered(Customer c)
                {
                    var confirm = Url.Action("Confirm", "Account", {|#0:new { email = c.Email, id = c.Id }|});
                    var path = links.GetPathByAction(HttpContext, "Confirm", "Account", {|#1:new { c.Cnic }|});
                    if (c.Id == 0)
                    {
                        return Redirect({|#2:"/welcome?email=" + c.Email|});
                    }

                    HttpContext.Response.Redirect({|#3:$"/kyc?cnic={c.Cnic}"|});
                    return RedirectToAction("Details", new { id = c.Id });
                }

                IResult Minimal(Customer c) => Results.Redirect({|#4:"/done?card=" + c.CardNumber|});
            }
            """,
            Diagnostic<PiiInUrlAnalyzer>(0, "Customer.Email", "email address", "IUrlHelper.Action"),
            Diagnostic<PiiInUrlAnalyzer>(1, "Customer.Cnic", "CNIC number", "LinkGenerator.GetPathByAction"),
            Diagnostic<PiiInUrlAnalyzer>(2, "Customer.Email", "email address", "ControllerBase.Redirect"),
            Diagnostic<PiiInUrlAnalyzer>(3, "Customer.Cnic", "CNIC number", "HttpResponse.Redirect"),
            Diagnostic<PiiInUrlAnalyzer>(4, "Customer.CardNumber", "payment card number", "Results.Redirect"));
    }

    [Fact]
    public async Task PII3008_file_writes_of_collections_and_PII1001_form_values_read_under_a_pii_key()
    {
        await Run<PiiInLocalStorageAnalyzer>("""
            using System.Collections.Generic;
            using System.IO;
            using System.Linq;
            using Crm;

            class Export
            {
                void Write(List<Customer> customers)
                {
                    File.WriteAllLines("kyc.csv", {|#0:customers.Select(c => c.Id + "," + c.Cnic)|});
                    File.WriteAllLines("ids.csv", customers.Select(c => c.Id + "," + c.DisplayName));
                    var cards = new List<string>();
                    foreach (var c in customers)
                    {
                        cards.Add(c.CardNumber);
                    }

                    File.AppendAllLines("cards.txt", {|#1:cards|});
                }
            }
            """,
            Diagnostic<PiiInLocalStorageAnalyzer>(0, "Customer.Cnic", "CNIC number", "File.WriteAllLines"),
            Diagnostic<PiiInLocalStorageAnalyzer>(1, "Customer.CardNumber", "payment card number", "File.AppendAllLines"));

        await Run<PiiLoggedAnalyzer>("""
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.Logging;

            public class CheckoutController(ILogger<CheckoutController> logger) : Controller
            {
                public IActionResult Pay()
                {
                    logger.LogInformation("Paying with {Card}", {|#0:Request.Form["cardNumber"]|});
                    logger.LogInformation("Plan {Plan}", {|#1:Request.Form["plan"]|});
                    return Ok();
                }
            }
            """,
            Diagnostic<PiiLoggedAnalyzer>(0, "form value 'cardNumber'", "payment card number", "ILogger.LogInformation"),
            Diagnostic<PiiLoggedAnalyzer>(1, "form value 'plan'", "personal data", "ILogger.LogInformation"));
    }

    [Fact]
    public async Task PII4002_route_templates_that_put_a_pii_parameter_in_the_path()
    {
        await Run<PiiInUrlAnalyzer>("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;

            [ApiController]
            public class UsersController : ControllerBase
            {
                [HttpGet({|#0:"users/{email}"|})]
                public IActionResult ByEmail(string email) => Ok();

                [HttpGet("users/{id:int}")]
                public IActionResult ById(int id) => Ok();

                [Route({|#1:"kyc/{cnic:length(15)?}"|})]
                public IActionResult Kyc(string cnic) => Ok();

                [HttpGet("search")]
                public IActionResult Search(string email) => Ok();
            }

            static class Endpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet({|#2:"/kyc/{cnic}/status"|}, (string cnic) => Results.Ok());
                    app.MapGet("/orders/{orderId}", (int orderId) => Results.Ok());
                }
            }
            """,
            Diagnostic<PiiInUrlAnalyzer>(0, "email", "email address", "route template 'users/{email}'"),
            Diagnostic<PiiInUrlAnalyzer>(1, "cnic", "CNIC number", "route template 'kyc/{cnic:length(15)?}'"),
            Diagnostic<PiiInUrlAnalyzer>(2, "cnic", "CNIC number", "route template '/kyc/{cnic}/status'"));
    }

    private static DiagnosticResult Diagnostic<TAnalyzer>(int markup, string path, string kind, string sink)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new() =>
        VerifyProject<TAnalyzer, EmptyCodeFixProvider>.Diagnostic(markup, path, kind, sink);

    private static Task Run<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new() =>
        VerifyProject<TAnalyzer, EmptyCodeFixProvider>.RunAsync(new[] { source, Model }, null, null, expected);

    private static Task RunWithStores<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new() =>
        VerifyProject<TAnalyzer, EmptyCodeFixProvider>.AnalyzeWithReferencesAsync(TestReferences.Stores, new[] { source, Model }, expected);
}
