using System;

namespace PrivacyAnalyzers.Annotations
{
    /// <summary>
    /// Marks a member that must be encrypted at rest. With the PrivacyAnalyzers.EntityFrameworkCore package,
    /// <c>configurationBuilder.UsePiiEncryption(...)</c> in a context's <c>ConfigureConventions</c> (or
    /// <c>options.UsePiiEncryption(...)</c>) applies an encrypting value converter to every member marked this way;
    /// the analyzers then treat it as stored encrypted. Supported on <see cref="string"/> members.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
    public sealed class EncryptedAttribute : Attribute
    {
    }
}
