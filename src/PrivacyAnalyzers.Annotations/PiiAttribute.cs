using System;

namespace PrivacyAnalyzers.Annotations
{
    /// <summary>
    /// Marks a field, property, parameter or return value as holding personal data of the given kind.
    /// On a positional record parameter, <c>[property: Pii(...)]</c> and <c>[Pii(...)]</c> both tag the property.
    /// </summary>
    [AttributeUsage(
        AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.ReturnValue,
        AllowMultiple = false,
        Inherited = true)]
    public sealed class PiiAttribute : Attribute
    {
        /// <summary>Tags the member as personal data of <paramref name="kind"/>.</summary>
        public PiiAttribute(PiiKind kind)
        {
            Kind = kind;
        }

        /// <summary>The kind of personal data.</summary>
        public PiiKind Kind { get; }
    }
}
