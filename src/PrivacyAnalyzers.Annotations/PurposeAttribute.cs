using System;

namespace PrivacyAnalyzers.Annotations
{
    /// <summary>
    /// Why personal data is processed (<c>"CNIC verification with NADRA"</c>, <c>"billing"</c>), for the record of
    /// processing. On a member, or on a class or struct for all its members; repeat it for several purposes. A member's own
    /// purposes replace its type's. On a positional record parameter, <c>[property: Purpose(...)]</c> and
    /// <c>[Purpose(...)]</c> both apply to the property.
    /// </summary>
    /// <example><code>
    /// [Purpose("Know-your-customer checks required by the regulator")]
    /// [Purpose("Fraud prevention")]
    /// public string Cnic { get; set; }
    /// </code></example>
    [AttributeUsage(
        AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Class | AttributeTargets.Struct,
        AllowMultiple = true,
        Inherited = true)]
    public sealed class PurposeAttribute : Attribute
    {
        /// <summary>Declares one purpose the data is processed for.</summary>
        public PurposeAttribute(string purpose)
        {
            Purpose = purpose;
        }

        /// <summary>Why the data is processed, in words a privacy officer reads.</summary>
        public string Purpose { get; }
    }
}
