using System.Collections.Generic;
using System.Collections.Immutable;

namespace PrivacyAnalyzers.Sinks
{
    /// <summary>
    /// Storage and transmission APIs, as data. Shapes that are not one type's methods (any DbParameter's Value, any
    /// DbCommand's CommandText, AddWithValue of any provider, StreamWriter not over a CryptoStream, HttpClient calls)
    /// are matched by <see cref="SinkResolver"/>.
    /// </summary>
    internal static class StorageSinkTable
    {
        private static readonly string[] DapperMethods =
        {
            "Execute", "ExecuteAsync", "ExecuteScalar", "ExecuteScalarAsync", "ExecuteReader", "ExecuteReaderAsync",
            "Query", "QueryAsync", "QueryFirst", "QueryFirstAsync", "QueryFirstOrDefault", "QueryFirstOrDefaultAsync",
            "QuerySingle", "QuerySingleAsync", "QuerySingleOrDefault", "QuerySingleOrDefaultAsync", "QueryMultiple", "QueryMultipleAsync",
        };

        private static readonly IReadOnlyDictionary<string, SinkFamily> DapperParameters = new Dictionary<string, SinkFamily>
        {
            ["sql"] = SinkFamily.SqlText,
            ["param"] = SinkFamily.DatabaseParameter,
        };

        private static readonly IReadOnlyDictionary<string, SinkFamily> RawSql = new Dictionary<string, SinkFamily>
        {
            ["sql"] = SinkFamily.SqlText,
        };

        private static readonly IReadOnlyDictionary<string, SinkFamily> FileContents = new Dictionary<string, SinkFamily>
        {
            ["contents"] = SinkFamily.LocalStorage,
            ["bytes"] = SinkFamily.LocalStorage,
        };

        private static readonly IReadOnlyDictionary<string, SinkFamily> KeyAndValue = new Dictionary<string, SinkFamily>
        {
            ["key"] = SinkFamily.LocalStorage,
            ["value"] = SinkFamily.LocalStorage,
        };

        public static readonly ImmutableArray<SinkDefinition> Definitions = ImmutableArray.Create(
            new SinkDefinition("Dapper.SqlMapper", DapperParameters, DapperMethods),
            new SinkDefinition("Dapper.DynamicParameters", new Dictionary<string, SinkFamily> { ["value"] = SinkFamily.DatabaseParameter }, "Add"),
            new SinkDefinition(
                "Microsoft.EntityFrameworkCore.RelationalQueryableExtensions", RawSql, "FromSqlRaw"),
            new SinkDefinition(
                "Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions", RawSql, "ExecuteSqlRaw", "ExecuteSqlRawAsync"),
            new SinkDefinition(
                "System.IO.File", FileContents,
                "WriteAllText", "WriteAllTextAsync", "WriteAllLines", "WriteAllLinesAsync", "WriteAllBytes", "WriteAllBytesAsync",
                "AppendAllText", "AppendAllTextAsync", "AppendAllLines", "AppendAllLinesAsync"),
            new SinkDefinition(
                "Microsoft.Extensions.Caching.Distributed.DistributedCacheExtensions", KeyAndValue, "SetString", "SetStringAsync", "Set", "SetAsync"),
            new SinkDefinition(
                "Microsoft.Extensions.Caching.Distributed.IDistributedCache", KeyAndValue, "Set", "SetAsync"),
            new SinkDefinition(
                "Microsoft.Extensions.Caching.Memory.CacheExtensions", KeyAndValue, "Set", "GetOrCreate", "GetOrCreateAsync"),
            new SinkDefinition("Microsoft.AspNetCore.Http.SessionExtensions", KeyAndValue, "SetString", "SetInt32"),
            new SinkDefinition("Microsoft.AspNetCore.Http.ISession", KeyAndValue, "Set"),
            new SinkDefinition("Microsoft.AspNetCore.Http.IResponseCookies", KeyAndValue, "Append"));
    }
}
