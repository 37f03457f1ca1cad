using System;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>Where a value goes. Each rule reports one or more families; a sink row says which family each of its
    /// arguments goes to. Flags, so a row's and a rule's families are compared in one step.</summary>
    [Flags]
    internal enum SinkFamily
    {
        None = 0,

        /// <summary>A logging framework (PII1001).</summary>
        Log = 1 << 0,

        /// <summary>Console, Debug, Trace and TraceSource output (PII1002).</summary>
        ConsoleOrTrace = 1 << 1,

        /// <summary>The message of an exception (PII1003).</summary>
        ExceptionMessage = 1 << 2,

        /// <summary>A serializer writing an object (PII2001).</summary>
        Serializer = 1 << 3,

        /// <summary>An ASP.NET Core response body (PII2002).</summary>
        Response = 1 << 4,

        /// <summary>A value written to a database through an ADO.NET or Dapper parameter (PII3006).</summary>
        DatabaseParameter = 1 << 5,

        /// <summary>The text of a SQL statement (PII3007).</summary>
        SqlText = 1 << 6,

        /// <summary>A file (PII3008).</summary>
        File = 1 << 7,

        /// <summary>A memory or distributed cache (PII3008).</summary>
        Cache = 1 << 8,

        /// <summary>ASP.NET Core session state (PII3008).</summary>
        Session = 1 << 9,

        /// <summary>A response cookie (PII3008).</summary>
        Cookie = 1 << 10,

        /// <summary>The URL or query string of an HTTP request (PII4002; PII4001 when the address is http://).</summary>
        HttpUrl = 1 << 11,

        /// <summary>The content of an HTTP request (PII4001 when the address is http://).</summary>
        HttpBody = 1 << 12,

        /// <summary>Traces, metrics and error-reporting services: span tags, baggage and events, metric tags, Application
        /// Insights and Sentry properties, users and messages (PII1004).</summary>
        Telemetry = 1 << 13,

        /// <summary>A third party's service reached through its SDK: SMS, email, payment and AI requests (PII4003). HTTP
        /// requests reach third parties too; PII4003 judges those by their host.</summary>
        ThirdParty = 1 << 14,
    }

    internal static class SinkFamilies
    {
        /// <summary>Every family.</summary>
        public const SinkFamily All = (SinkFamily)~0;

        /// <summary>Places personal data has no purpose in, only leaks into: what operators read (logs, console,
        /// exception messages, SQL text) and what travels in the clear or in addresses (URLs, plain HTTP). Names that count
        /// only through their context are reported here and nowhere else (<c>PiiEvidence.NameInContext</c>).</summary>
        public const SinkFamily Leaks = SinkFamily.Log | SinkFamily.ConsoleOrTrace | SinkFamily.ExceptionMessage
            | SinkFamily.SqlText | SinkFamily.HttpUrl | SinkFamily.HttpBody | SinkFamily.Telemetry;

        /// <summary>Where data is kept at rest: the storage rules judge these under <c>FlowPolicy.Storage</c> (encryption
        /// is not enough for passwords and card data).</summary>
        public const SinkFamily AtRest = SinkFamily.DatabaseParameter | SinkFamily.File | SinkFamily.Cache | SinkFamily.Session | SinkFamily.Cookie;

        /// <summary>Where data leaves for someone else's service: what PII4003 judges against the privacy policy (and
        /// PII1004 leaves to it where the policy names the telemetry service).</summary>
        public const SinkFamily Shared = SinkFamily.ThirdParty | SinkFamily.HttpUrl | SinkFamily.HttpBody | SinkFamily.Telemetry;
    }
}
