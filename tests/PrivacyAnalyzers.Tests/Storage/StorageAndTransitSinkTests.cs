using Microsoft.CodeAnalysis.Testing;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PrivacyAnalyzers.Tests.Storage;

/// <summary>PII3006-PII3008 and PII4001-PII4002: database parameters, SQL text, local storage and transport, with the
/// protections each accepts (hashes for passwords, encryption for identity data, nothing for card security codes).</summary>
public class StorageAndTransitSinkTests
{
    private const string Model = """
        using PrivacyAnalyzers.Annotations;

        namespace Crm;

        public class Customer
        {
            public int Id { get; set; }
            [Pii(PiiKind.Cnic)] public string Cnic { get; set; } = "";
            [Pii(PiiKind.PhoneNumber)] public string Msisdn { get; set; } = "";
            public string Password { get; set; } = "";
            public string Cvv { get; set; } = "";
            public string CardNumber { get; set; } = "";
            public string DisplayName { get; set; } = "";
        }
        """;

    [Fact]
    public async Task PII3006_ado_net_and_dapper_parameters_by_kind_and_protection()
    {
        await Run<PiiInDatabaseParameterAnalyzer>("""
            using System.Data;
            using Dapper;
            using Microsoft.AspNetCore.DataProtection;
            using Microsoft.AspNetCore.Identity;
            using Microsoft.Data.Sqlite;
            using Crm;

            class Repository(SqliteConnection connection, IDataProtector protector, IPasswordHasher<Customer> hasher)
            {
                void Save(Customer c)
                {
                    using var command = connection.CreateCommand();
                    command.Parameters.AddWithValue("@cnic", {|#0:c.Cnic|});
                    command.Parameters.AddWithValue("@cnicProtected", protector.Protect(c.Cnic));
                    command.Parameters.AddWithValue("@phone", c.Msisdn);
                    command.Parameters.AddWithValue("@name", c.DisplayName);
                    var password = command.CreateParameter();
                    password.Value = {|#1:protector.Protect(c.Password)|};
                    command.Parameters.Add(new SqliteParameter("@hash", hasher.HashPassword(c, c.Password)));
                    command.Parameters.Add(new SqliteParameter("@cvv", {|#2:c.Cvv|}));
                    command.Parameters.Add(new SqliteParameter("@card", SqliteType.Text) { Value = {|#3:c.CardNumber|} });

                    connection.Execute("insert into kyc (cnic, phone) values (@Cnic, @Msisdn)", {|#4:new { c.Cnic, c.Msisdn }|});
                    connection.Execute("insert into kyc (cnic) values (@Cnic)", new { Cnic = protector.Protect(c.Cnic) });
                    connection.Execute("insert into customers values (@Id, @Cnic)", {|#5:c|});
                    var parameters = new DynamicParameters();
                    parameters.Add("@card", {|#6:c.CardNumber|});
                    parameters.Add("@id", c.Id);
                }
            }
            """,
            Diagnostic<PiiInDatabaseParameterAnalyzer>(0, "Customer.Cnic", "CNIC number", "SqliteParameterCollection.AddWithValue"),
            Diagnostic<PiiInDatabaseParameterAnalyzer>(1, "Customer.Password", "password", "SqliteParameter.Value"),
            Diagnostic<PiiInDatabaseParameterAnalyzer>(2, "Customer.Cvv", "card security code", "new SqliteParameter"),
            Diagnostic<PiiInDatabaseParameterAnalyzer>(3, "Customer.CardNumber", "payment card number", "SqliteParameter.Value"),
            Diagnostic<PiiInDatabaseParameterAnalyzer>(4, "Customer.Cnic", "CNIC number", "IDbConnection.Execute"),
            // Dapper writes every property of the object: one finding names all it stores that needs protection.
            Diagnostic<PiiInDatabaseParameterAnalyzer>(5, "Customer", "Cnic: CNIC number, Password: password, Cvv: card security code and CardNumber: payment card number", "IDbConnection.Execute"),
            Diagnostic<PiiInDatabaseParameterAnalyzer>(6, "Customer.CardNumber", "payment card number", "DynamicParameters.Add"));
    }

    [Fact]
    public async Task PII3007_pii_spliced_into_sql_text_but_not_passed_as_parameters()
    {
        await Run<PiiInSqlTextAnalyzer>("""
            using Dapper;
            using Microsoft.Data.Sqlite;
            using Microsoft.EntityFrameworkCore;
            using Crm;

            class Repository(SqliteConnection connection, DbContext db)
            {
                void Find(Customer c)
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = {|#0:$"select * from kyc where cnic = '{c.Cnic}'"|};
                    command.CommandText = "select * from kyc where cnic = @cnic";
                    using var other = new SqliteCommand({|#1:"select * from sms where msisdn = '" + c.Msisdn + "'"|}, connection);
                    connection.Query<int>({|#2:$"select id from kyc where cnic = '{c.Cnic}'"|});
                    connection.Query<int>("select id from kyc where cnic = @Cnic", new { c.Cnic });
                    db.Database.ExecuteSqlRaw({|#3:"delete from kyc where cnic = '" + c.Cnic + "'"|});
                    db.Database.ExecuteSqlRaw("delete from kyc where id = " + c.Id);
                    db.Set<Customer>().FromSqlRaw({|#4:"select * from customers where cnic = '" + c.Cnic + "'"|});
                }
            }
            """,
            Diagnostic<PiiInSqlTextAnalyzer>(0, "Customer.Cnic", "CNIC number", "SqliteCommand.CommandText"),
            Diagnostic<PiiInSqlTextAnalyzer>(1, "Customer.Msisdn", "phone number", "new SqliteCommand"),
            Diagnostic<PiiInSqlTextAnalyzer>(2, "Customer.Cnic", "CNIC number", "IDbConnection.Query"),
            Diagnostic<PiiInSqlTextAnalyzer>(3, "Customer.Cnic", "CNIC number", "DatabaseFacade.ExecuteSqlRaw"),
            Diagnostic<PiiInSqlTextAnalyzer>(4, "Customer.Cnic", "CNIC number", "DbSet.FromSqlRaw"));
    }

    [Fact]
    public async Task PII3008_files_caches_session_and_cookies()
    {
        await Run<PiiInLocalStorageAnalyzer>("""
            using System.IO;
            using System.Security.Cryptography;
            using Microsoft.AspNetCore.DataProtection;
            using Microsoft.AspNetCore.Http;
            using Microsoft.Extensions.Caching.Distributed;
            using Microsoft.Extensions.Caching.Memory;
            using Crm;

            class Store(IDistributedCache cache, IMemoryCache memory, IDataProtector protector)
            {
                void Keep(Customer c, HttpContext http, Stream output, ICryptoTransform encryptor)
                {
                    File.WriteAllText("kyc.txt", {|#0:c.Cnic|});
                    File.AppendAllText("log.txt", c.Msisdn);
                    File.WriteAllText("kyc.enc", protector.Protect(c.Cnic));
                    cache.SetString({|#1:"kyc:" + c.Cnic|}, "pending");
                    memory.Set("card:" + c.Id, {|#2:c.CardNumber|});
                    http.Session.SetString("pwd", {|#3:c.Password|});
                    http.Response.Cookies.Append("cnic", {|#4:c.Cnic|});
                    using var writer = new StreamWriter(output);
                    writer.WriteLine({|#5:c.Cvv|});
                    using var crypto = new CryptoStream(output, encryptor, CryptoStreamMode.Write);
                    using var sealedWriter = new StreamWriter(crypto);
                    sealedWriter.WriteLine(c.Cnic);
                }
            }
            """,
            Diagnostic<PiiInLocalStorageAnalyzer>(0, "Customer.Cnic", "CNIC number", "File.WriteAllText"),
            Diagnostic<PiiInLocalStorageAnalyzer>(1, "Customer.Cnic", "CNIC number", "IDistributedCache.SetString"),
            Diagnostic<PiiInLocalStorageAnalyzer>(2, "Customer.CardNumber", "payment card number", "IMemoryCache.Set"),
            Diagnostic<PiiInLocalStorageAnalyzer>(3, "Customer.Password", "password", "ISession.SetString"),
            Diagnostic<PiiInLocalStorageAnalyzer>(4, "Customer.Cnic", "CNIC number", "IResponseCookies.Append"),
            Diagnostic<PiiInLocalStorageAnalyzer>(5, "Customer.Cvv", "card security code", "StreamWriter.WriteLine"));
    }

    [Fact]
    public async Task PII4001_and_PII4002_plain_http_and_urls()
    {
        const string source = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            using Crm;

            class Gateway(HttpClient http)
            {
                async Task Send(Customer c)
                {
                    await http.GetAsync({|#0:$"https://kyc.example.pk/verify?cnic={c.Cnic}"|});
                    await http.PostAsJsonAsync({|#1:"http://sms.example.pk/send"|}, {|#2:new { to = c.Msisdn, text = "hi" }|});
                    await http.PostAsync({|#3:new Uri("http://crm.example.pk/customers/" + c.Id)|}, {|#4:new StringContent(c.Cnic)|});
                    await http.PostAsync("https://crm.example.pk/customers", new StringContent(c.Cnic));
                    await http.PostAsJsonAsync("http://localhost:5000/kyc", new { c.Cnic });
                    await http.GetAsync($"https://crm.example.pk/customers/{c.Id}");
                    using var request = new HttpRequestMessage(HttpMethod.Get, {|#5:"https://crm.example.pk/lookup?msisdn=" + c.Msisdn|});
                }
            }
            """;
        await Run<PiiInUrlAnalyzer>(source,
            Diagnostic<PiiInUrlAnalyzer>(0, "Customer.Cnic", "CNIC number", "HttpClient.GetAsync"),
            Diagnostic<PiiInUrlAnalyzer>(5, "Customer.Msisdn", "phone number", "new HttpRequestMessage"));
        await Run<PiiOverPlainHttpAnalyzer>(source,
            Diagnostic<PiiOverPlainHttpAnalyzer>(2, "Customer.Msisdn", "phone number", "HttpClient.PostAsJsonAsync"),
            Diagnostic<PiiOverPlainHttpAnalyzer>(4, "Customer.Cnic", "CNIC number", "HttpClient.PostAsync"));
    }

    private static DiagnosticResult Diagnostic<TAnalyzer>(int markup, string path, string kind, string sink)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new() =>
        VerifyProject<TAnalyzer, EmptyCodeFixProvider>.Diagnostic(markup, path, kind, sink);

    private static Task Run<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new() =>
        VerifyProject<TAnalyzer, EmptyCodeFixProvider>.RunAsync(new[] { source, Model }, null, null, expected);
}
