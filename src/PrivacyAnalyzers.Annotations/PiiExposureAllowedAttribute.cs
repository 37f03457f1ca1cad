using System;

namespace PrivacyAnalyzers.Annotations
{
    /// <summary>
    /// A reviewed decision that personal data may leave the process here: on a member (it may be serialized wherever its
    /// type is), on a type (all its members), or on a method (the serialization calls and responses in it). The
    /// justification is required and is what a reviewer reads; without one the approval does not count (PII2003).
    /// </summary>
    /// <example><code>
    /// [PiiExposureAllowed("The signed-in user sees their own email on their profile page.")]
    /// public ActionResult&lt;ProfileDto&gt; GetOwnProfile() { ... }
    /// </code></example>
    [AttributeUsage(
        AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method,
        AllowMultiple = false,
        Inherited = false)]
    public sealed class PiiExposureAllowedAttribute : Attribute
    {
        /// <summary>Allows the exposure, for the reason given.</summary>
        public PiiExposureAllowedAttribute(string justification)
        {
            Justification = justification;
        }

        /// <summary>Why this personal data may leave the process here.</summary>
        public string Justification { get; }
    }
}
