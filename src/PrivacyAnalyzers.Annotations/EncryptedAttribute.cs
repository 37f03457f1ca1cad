using System;

namespace PrivacyAnalyzers.Annotations
{
    /// <summary>
    /// Marks a member that must be encrypted at rest. With the PrivacyAnalyzers.EntityFrameworkCore package,
    /// <c>modelBuilder.UsePiiEncryption(...)</c> applies an encrypting value converter to every member marked this way;
    /// the analyzers then treat it as stored encrypted. Supported on <see cref="string"/> members.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
    public sealed class EncryptedAttribute : Attribute
    {
    }
}
