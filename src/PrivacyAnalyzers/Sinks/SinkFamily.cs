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
    }
}
