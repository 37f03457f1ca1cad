using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Classification;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// A team's options for one set of files, read from .editorconfig/.globalconfig as <see cref="OptionCatalog"/> describes
    /// them. Malformed values and keys that are no option are collected as <see cref="Problems"/> (PII9001 reports them)
    /// and otherwise ignored: the default applies. Read once per options object (<see cref="PrivacyCompilation.OptionsFor"/>).
    /// </summary>
    internal sealed class PrivacyOptions
    {
        public static readonly PrivacyOptions Default = new PrivacyOptions();

        private PrivacyOptions()
        {
        }

        /// <summary>The team's own strong names: the words of each phrase, and its kind.</summary>
        public List<(string[] Words, string Kind)> ExtraNames { get; } = new List<(string[], string)>();

        public HashSet<string> IgnoredNames { get; } = new HashSet<string>(StringComparer.Ordinal);

        public bool WeakNamesArePii { get; private set; }

        /// <summary>The team's own sources: <c>Namespace.Type.Member</c> and the kind its value is.</summary>
        public Dictionary<string, string> TeamSources { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Full names of the team's own attributes that mean "personal data".</summary>
        public HashSet<string> PiiAttributes { get; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Names of the team's own attributes that say a member holds ciphertext, as written (full or simple).</summary>
        public HashSet<string> CiphertextAttributes { get; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary><c>Namespace.Type.Method</c> of the team's own masking or redaction methods.</summary>
        public HashSet<string> Sanitizers { get; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary><c>Namespace.Type.Method</c> of the team's own logging methods (an <c>AuditLog.Write</c>).</summary>
        public HashSet<string> LogSinks { get; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Full names of EF Core value converters that encrypt, the package's own included.</summary>
        public ImmutableHashSet<string> EncryptingValueConverters { get; private set; } =
            ImmutableHashSet.Create(StringComparer.Ordinal, KnownTypeNames.PiiEncryptionConverter);

        /// <summary>Full names of EF Core value converters that encrypt with a fresh IV each time, the package's own
        /// included: equality on their columns matches nothing (PII3009).</summary>
        public ImmutableHashSet<string> RandomizedValueConverters { get; private set; } =
            ImmutableHashSet.Create(StringComparer.Ordinal, KnownTypeNames.PiiEncryptionConverter);

        public bool AllowEncryptedCardNumbers { get; private set; }

        public bool AllowTestNumbers { get; private set; } = true;

        /// <summary>(key as written, what is wrong) for each malformed option.</summary>
        public List<(string Key, string Problem)> Problems { get; } = new List<(string, string)>();

        public static PrivacyOptions Read(AnalyzerConfigOptions options)
        {
            var result = new PrivacyOptions();
            foreach (var key in options.Keys)
            {
                if (!OptionCatalog.IsOwnedKey(key) || !options.TryGetValue(key, out var value))
                {
                    continue;
                }

                if (OptionCatalog.Find(key, out var kind) is not { } row)
                {
                    // Roslyn hands keys over lower-cased, so the key is shown as it arrives; the suggestion as the docs write it.
                    result.Problems.Add((key, OptionCatalog.Closest(key) is { } closest
                        ? $"not a PrivacyAnalyzers option; did you mean '{closest}'?"
                        : "not a PrivacyAnalyzers option"));
                    continue;
                }

                // Problems name the key as the docs write it (Roslyn hands keys over lower-cased).
                var shown = row.IsPerKind ? row.Key.Substring(0, row.Key.Length - "<Kind>".Length) + kind : row.Key;
                result.Read(row, shown, kind, value ?? string.Empty);
            }

            return result;
        }

        private void Read(OptionRow row, string key, string? kindWritten, string value)
        {
            if (row.Value == OptionValue.Flag)
            {
                if (!bool.TryParse(value.Trim(), out var flag))
                {
                    Problems.Add((key, $"'{value}' is not true or false"));
                }
                else if (row == OptionCatalog.WeakNamesArePii)
                {
                    WeakNamesArePii = flag;
                }
                else if (row == OptionCatalog.AllowEncryptedCardNumbers)
                {
                    AllowEncryptedCardNumbers = flag;
                }
                else if (row == OptionCatalog.AllowTestNumbers)
                {
                    AllowTestNumbers = flag;
                }

                return;
            }

            if (row.Value == OptionValue.KindNames)
            {
                if (PiiKinds.Find(kindWritten!) is not { } kind)
                {
                    Problems.Add((key, $"'{kindWritten}' is not a PiiKind"));
                    return;
                }

                foreach (var phrase in List(value))
                {
                    var words = IdentifierWords.Split(phrase);
                    if (words.Count == 0 || !IsIdentifierPhrase(phrase))
                    {
                        Problems.Add((key, $"'{phrase}' is not a name"));
                        continue;
                    }

                    ExtraNames.Add((words.ToArray(), kind.Name));
                }

                return;
            }

            if (row.Value == OptionValue.MemberNames)
            {
                if (PiiKinds.Find(kindWritten!) is not { } sourceKind)
                {
                    Problems.Add((key, $"'{kindWritten}' is not a PiiKind"));
                    return;
                }

                var members = new HashSet<string>(StringComparer.Ordinal);
                ReadQualifiedNames(key, value, "Namespace.Type.Member", members);
                foreach (var member in members)
                {
                    TeamSources[member] = sourceKind.Name;
                }

                return;
            }

            if (row.Value == OptionValue.Identifiers)
            {
                foreach (var name in List(value))
                {
                    if (IsIdentifierPhrase(name))
                    {
                        IgnoredNames.Add(name);
                    }
                    else
                    {
                        Problems.Add((key, $"'{name}' is not an identifier"));
                    }
                }

                return;
            }

            var into = row == OptionCatalog.PiiAttributes ? PiiAttributes
                : row == OptionCatalog.CiphertextAttributes ? CiphertextAttributes
                : row == OptionCatalog.Sanitizers ? Sanitizers
                : row == OptionCatalog.LogSinks ? LogSinks
                : new HashSet<string>(StringComparer.Ordinal);
            var example = row.Value switch
            {
                OptionValue.TypeNames => "Namespace.Type",
                OptionValue.AttributeNames => "Namespace.TypeAttribute",
                OptionValue.AttributeNamesFullOrSimple => "TypeAttribute",
                _ => "Namespace.Type.Method",
            };
            ReadQualifiedNames(key, value, example, into);
            if (row == OptionCatalog.EncryptingValueConverters)
            {
                EncryptingValueConverters = EncryptingValueConverters.Union(into);
            }
            else if (row == OptionCatalog.RandomizedValueConverters)
            {
                // A converter that encrypts randomly encrypts: it protects at rest for the storage rules too.
                RandomizedValueConverters = RandomizedValueConverters.Union(into);
                EncryptingValueConverters = EncryptingValueConverters.Union(into);
            }
        }

        /// <summary>Dotted names shaped like <paramref name="example"/> (at least that many parts).</summary>
        private void ReadQualifiedNames(string key, string value, string example, HashSet<string> into)
        {
            var minimumParts = example.Split('.').Length;
            foreach (var name in List(value))
            {
                var parts = name.Split('.');
                var valid = parts.Length >= minimumParts;
                foreach (var part in parts)
                {
                    valid &= part.Length > 0 && IsIdentifierPhrase(part) && part.IndexOf(' ') < 0;
                }

                if (valid)
                {
                    into.Add(name);
                }
                else
                {
                    Problems.Add((key, minimumParts == 1 ? $"'{name}' is not a type name like {example} or Namespace.{example}" : $"'{name}' is not a full name like {example}"));
                }
            }
        }

        /// <summary>A comma-separated list; blanks ignored.</summary>
        private static IEnumerable<string> List(string value)
        {
            foreach (var item in value.Split(','))
            {
                var trimmed = item.Trim();
                if (trimmed.Length > 0)
                {
                    yield return trimmed;
                }
            }
        }

        private static bool IsIdentifierPhrase(string text)
        {
            foreach (var c in text)
            {
                if (!char.IsLetterOrDigit(c) && c != '_' && c != ' ')
                {
                    return false;
                }
            }

            return text.Length > 0;
        }
    }
}
