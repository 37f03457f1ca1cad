using System;

namespace PrivacyAnalyzers.Annotations
{
    /// <summary>
    /// How long personal data is kept, as an ISO 8601 duration: <c>P30D</c> (30 days), <c>P90D</c>, <c>P7Y</c>,
    /// <c>P1Y6M</c>, <c>PT12H</c>. On a member, or on a class or struct for all its members (a member's own retention
    /// overrides its type's). On a positional record parameter, <c>[property: Retention(...)]</c> and
    /// <c>[Retention(...)]</c> both apply to the property. The analyzers read it for the record of processing and report
    /// personal data that EF Core stores with no retention declared here or per kind in <c>privacy-policy.json</c>
    /// (PII3010); a value that is not an ISO 8601 duration is reported (PII9004) and declares nothing.
    /// </summary>
    /// <example><code>
    /// [Retention("P30D")] // identity documents: 30 days after the account is deleted
    /// public string CnicImagePath { get; set; }
    /// </code></example>
    [AttributeUsage(
        AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Class | AttributeTargets.Struct,
        AllowMultiple = false,
        Inherited = true)]
    public sealed class RetentionAttribute : Attribute
    {
        /// <summary>Declares the period the data is kept for.</summary>
        /// <param name="duration">An ISO 8601 duration, such as <c>P30D</c> or <c>P7Y</c>.</param>
        public RetentionAttribute(string duration)
        {
            Duration = duration;
        }

        /// <summary>The period, as written: an ISO 8601 duration such as <c>P30D</c>.</summary>
        public string Duration { get; }
    }
}
