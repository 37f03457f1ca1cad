namespace PrivacyAnalyzers.Sinks
{
    /// <summary>Where a value goes; each family is reported by its own rule.</summary>
    internal enum SinkFamily
    {
        /// <summary>A logging framework (PII1001).</summary>
        Log,

        /// <summary>Console, Debug, Trace and TraceSource output (PII1002).</summary>
        ConsoleOrTrace,

        /// <summary>The message of an exception (PII1003).</summary>
        ExceptionMessage,

        /// <summary>A value written to a database through an ADO.NET or Dapper parameter (PII3006).</summary>
        DatabaseParameter,

        /// <summary>The text of a SQL statement (PII3007).</summary>
        SqlText,

        /// <summary>Files, caches, session state and cookies (PII3008).</summary>
        LocalStorage,

        /// <summary>Anything sent in a request to an http:// address (PII4001).</summary>
        InsecureHttp,

        /// <summary>The URL or query string of an HTTP request (PII4002).</summary>
        RequestUrl,
    }
}
