using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace PrivacyAnalyzers.Tests.EntityFrameworkCore;

/// <summary>A temporary folder for the SQLite files and Data Protection key rings of one test class, and ways to read a
/// database file as an attacker with a copy of it would: raw bytes and raw column values, without EF Core.</summary>
internal sealed class EncryptedDatabaseFolder : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "pii-ef-" + Guid.NewGuid().ToString("N")));

    public string Database(string name) => Path.Combine(_folder.FullName, name + ".db");

    public IDataProtectionProvider KeyRing(string name) => KeyRingServices(name).GetRequiredService<IDataProtectionProvider>();

    public ServiceProvider KeyRingServices(string name)
    {
        var services = new ServiceCollection();
        AddKeyRing(services, name);
        return services.BuildServiceProvider();
    }

    public void AddKeyRing(IServiceCollection services, string name) =>
        services.AddDataProtection()
            .SetApplicationName("privacy-analyzers-tests")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(_folder.FullName, name)));

    /// <summary>The whole file as text: a value stored as written shows up in it.</summary>
    public static string FileText(string database)
    {
        SqliteConnection.ClearAllPools();
        return Encoding.UTF8.GetString(File.ReadAllBytes(database));
    }

    public static List<string?> RawColumns(string database, string table, string column)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"{column}\" FROM \"{table}\" ORDER BY rowid";
        using var reader = command.ExecuteReader();
        var values = new List<string?>();
        while (reader.Read())
        {
            values.Add(reader.IsDBNull(0) ? null : reader.GetString(0));
        }

        return values;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
