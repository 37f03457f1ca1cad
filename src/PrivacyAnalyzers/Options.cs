using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers
{
    /// <summary>Reads .editorconfig options: <c>privacy_analyzers.&lt;key&gt;</c> for global ones, <c>&lt;RuleId&gt;.&lt;key&gt;</c> for one rule.</summary>
    internal static class Options
    {
        public const string EncryptingValueConverters = "privacy_analyzers.encrypting_value_converters";
        public const string AllowEncryptedCardNumbers = "PII3005.allow_encrypted_card_numbers";
        public const string AllowTestNumbers = "PII5002.allow_test_numbers";

        public static AnalyzerConfigOptions For(AnalyzerOptions options, SyntaxTree? tree) =>
            tree is null ? options.AnalyzerConfigOptionsProvider.GlobalOptions : options.AnalyzerConfigOptionsProvider.GetOptions(tree);

        /// <summary>A comma-separated list; blanks ignored.</summary>
        public static ImmutableHashSet<string> List(AnalyzerConfigOptions options, string key)
        {
            if (!options.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value))
            {
                return ImmutableHashSet<string>.Empty;
            }

            var builder = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            foreach (var item in value.Split(','))
            {
                var trimmed = item.Trim();
                if (trimmed.Length > 0)
                {
                    builder.Add(trimmed);
                }
            }

            return builder.ToImmutable();
        }

        /// <summary>true/false; anything else (or absent) is the default.</summary>
        public static bool Flag(AnalyzerConfigOptions options, string key, bool defaultValue = false)
        {
            return options.TryGetValue(key, out var value) && bool.TryParse(value?.Trim(), out var flag) ? flag : defaultValue;
        }
    }
}
