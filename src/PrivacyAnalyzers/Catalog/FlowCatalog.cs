using System.Collections.Immutable;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>Framework types the flow walk sees through: the data they are built from is still in them.</summary>
    internal static class FlowCatalog
    {
        /// <summary>Objects made of their constructor arguments: <c>new Uri($"...{cnic}")</c>, <c>new StringContent(json)</c>.</summary>
        public static readonly ImmutableArray<string> CarrierTypes = ImmutableArray.Create(
            "System.Uri", "System.Net.Http.StringContent", "System.Net.Http.ByteArrayContent", "System.Net.Http.FormUrlEncodedContent",
            "System.Text.StringBuilder", "System.UriBuilder", "System.Collections.Generic.KeyValuePair`2", "System.BinaryData",
            "System.IO.MemoryStream", "StackExchange.Redis.HashEntry", "StackExchange.Redis.NameValueEntry", "StackExchange.Redis.SortedSetEntry",
            "Twilio.Types.PhoneNumber", "SendGrid.Helpers.Mail.EmailAddress", "SendGrid.Helpers.Mail.Content");

        /// <summary>Mutable objects whose content is what the code puts in them after construction: appended text, a set
        /// query. What is read from them (<c>ToString()</c>, <c>.Uri</c>) carries all of it. Collections are builders too.</summary>
        public static readonly ImmutableArray<string> BuilderTypes = ImmutableArray.Create("System.Text.StringBuilder", "System.UriBuilder");

        /// <summary>Calls that put their arguments into the collection or builder they are called on.</summary>
        public static readonly ImmutableHashSet<string> FillingMethods = ImmutableHashSet.Create(
            "Add", "AddRange", "Append", "AppendLine", "AppendFormat", "AppendJoin", "Insert", "InsertRange", "Push", "Enqueue",
            "TryAdd", "Replace", "Set", "SetValue", "AddOrUpdate", "GetOrAdd");

        /// <summary>LINQ operators whose result is made of what their delegates return (not of the source's elements).</summary>
        public static readonly ImmutableHashSet<string> ProjectingOperators = ImmutableHashSet.Create(
            "Select", "SelectMany", "Zip", "Join", "GroupJoin", "Max", "Min", "Aggregate");

        /// <summary>LINQ operators whose result holds both the source's elements and what their delegates return (keys).</summary>
        public static readonly ImmutableHashSet<string> KeyingOperators = ImmutableHashSet.Create(
            "GroupBy", "ToDictionary", "ToLookup", "CountBy", "AggregateBy", "Index");

        /// <summary>LINQ operators whose result is a count or a test, never an element (a <c>Max</c> can be an Aadhaar number).</summary>
        public static readonly ImmutableHashSet<string> CountingOperators = ImmutableHashSet.Create(
            "Count", "LongCount", "Any", "All", "Contains", "Sum", "Average", "SequenceEqual", "TryGetNonEnumeratedCount");

        /// <summary>What a collection or builder says about itself rather than hands back of its content.</summary>
        public static readonly ImmutableHashSet<string> ContainerFacts = ImmutableHashSet.Create(
            "Count", "LongCount", "Length", "LongLength", "Capacity", "MaxCapacity", "Rank", "IsReadOnly", "IsFixedSize",
            "IsSynchronized", "IsEmpty", "Comparer", "Host", "Scheme", "Port", "IndexOf", "LastIndexOf", "BinarySearch",
            "FindIndex", "FindLastIndex", "RemoveAll", "EnsureCapacity", "GetHashCode", "GetType", "GetEnumerator");

        /// <summary>Where LINQ's operators live: a call of theirs is followed through its source and delegates.</summary>
        public static readonly ImmutableArray<string> LinqTypes = ImmutableArray.Create("System.Linq.Enumerable", "System.Linq.Queryable", "System.Linq.ParallelEnumerable");

        /// <summary>Types whose text-returning methods build the text from their arguments (<c>string.Concat</c>,
        /// <c>Convert.ToBase64String</c>); every type of the namespaces in <see cref="TextBuildingNamespaces"/> too.</summary>
        public static readonly ImmutableArray<string> TextBuildingTypes = ImmutableArray.Create(
            "System.String", "System.Convert", "System.Uri", "System.Net.WebUtility", "System.Web.HttpUtility");

        public static readonly ImmutableArray<string> TextBuildingNamespaces = ImmutableArray.Create(
            "System.Text", "System.Text.RegularExpressions", "System.Text.Encodings.Web", "System.Buffers.Text");
    }
}
