using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAnalyzers.Classification
{
    /// <summary>
    /// A team's vocabulary from .editorconfig/.globalconfig: <c>privacy_analyzers.names.&lt;Kind&gt; = phrase, ...</c> (extra
    /// strong names per kind), <c>privacy_analyzers.ignored_names = Name, ...</c>, and
    /// <c>privacy_analyzers.weak_names_are_pii = true</c>. Malformed entries are collected as <see cref="Problems"/>
    /// (reported by PII9001) and otherwise ignored.
    /// </summary>
    internal sealed class TaxonomyOptions
    {
        public const string NamesPrefix = "privacy_analyzers.names.";
        public const string IgnoredNames = "privacy_analyzers.ignored_names";
        public const string WeakNamesArePii = "privacy_analyzers.weak_names_are_pii";
        public const string PiiAttributes = "privacy_analyzers.pii_attributes";
        public const string Sanitizers = "privacy_analyzers.sanitizers";
        public const string LogSinks = "privacy_analyzers.log_sinks";

        public static readonly TaxonomyOptions Default = new TaxonomyOptions();

        // .editorconfig keys arrive lower-cased, so kinds are looked up without case.
        private static readonly Dictionary<string, string> KnownKinds = CreateKinds(
            "PersonalData", "Cnic", "Aadhaar", "Pan", "NationalId", "Passport", "PaymentCard", "CardSecurityCode", "BankAccount",
            "Password", "Secret", "Email", "PhoneNumber", "PersonName", "PostalAddress", "DateOfBirth", "IpAddress",
            "MessageContent", "CallRecording", "IdentityDocument");

        private static Dictionary<string, string> CreateKinds(params string[] kinds)
        {
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var kind in kinds)
            {
                map[kind] = kind;
            }

            return map;
        }

        private TaxonomyOptions()
        {
        }

        public List<(string[] Words, string Kind)> ExtraNames { get; } = new List<(string[], string)>();

        public HashSet<string> Ignored { get; } = new HashSet<string>(StringComparer.Ordinal);

        public bool WeakNamesCount { get; private set; }

        /// <summary>Full names of the team's own attributes that mean "personal data".</summary>
        public HashSet<string> ExtraAttributes { get; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary><c>Namespace.Type.Method</c> of the team's own masking or redaction methods.</summary>
        public HashSet<string> ExtraSanitizers { get; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary><c>Namespace.Type.Method</c> of the team's own logging methods (an <c>AuditLog.Write</c>).</summary>
        public HashSet<string> ExtraLogSinks { get; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>(key, what is wrong) for each malformed option.</summary>
        public List<(string Key, string Problem)> Problems { get; } = new List<(string, string)>();

        public static TaxonomyOptions Read(AnalyzerConfigOptions options)
        {
            var result = new TaxonomyOptions();
            foreach (var key in options.Keys)
            {
                if (!key.StartsWith("privacy_analyzers.", StringComparison.Ordinal) || !options.TryGetValue(key, out var value))
                {
                    continue;
                }

                if (key.StartsWith(NamesPrefix, StringComparison.Ordinal))
                {
                    var written = key.Substring(NamesPrefix.Length);
                    if (!KnownKinds.TryGetValue(written, out var kind))
                    {
                        result.Problems.Add((key, $"'{written}' is not a PiiKind"));
                        continue;
                    }

                    foreach (var phrase in Options.List(options, key))
                    {
                        var words = IdentifierWords.Split(phrase);
                        if (words.Count == 0 || !IsIdentifierPhrase(phrase))
                        {
                            result.Problems.Add((key, $"'{phrase}' is not a name"));
                            continue;
                        }

                        result.ExtraNames.Add((words.ToArray(), kind));
                    }
                }
                else if (key == IgnoredNames)
                {
                    foreach (var name in Options.List(options, key))
                    {
                        if (IsIdentifierPhrase(name))
                        {
                            result.Ignored.Add(name);
                        }
                        else
                        {
                            result.Problems.Add((key, $"'{name}' is not an identifier"));
                        }
                    }
                }
                else if (key == PiiAttributes)
                {
                    ReadQualifiedNames(options, key, "Namespace.TypeAttribute", result.ExtraAttributes, result.Problems);
                }
                else if (key == Sanitizers)
                {
                    ReadQualifiedNames(options, key, "Namespace.Type.Method", result.ExtraSanitizers, result.Problems);
                }
                else if (key == LogSinks)
                {
                    ReadQualifiedNames(options, key, "Namespace.Type.Method", result.ExtraLogSinks, result.Problems);
                }
                else if (key == WeakNamesArePii)
                {
                    if (bool.TryParse(value?.Trim(), out var flag))
                    {
                        result.WeakNamesCount = flag;
                    }
                    else
                    {
                        result.Problems.Add((key, $"'{value}' is not true or false"));
                    }
                }
                else if (key == Options.EncryptingValueConverters)
                {
                    // Read by the EF Core rules themselves; here only checked, so that a malformed name is reported.
                    ReadQualifiedNames(options, key, "Namespace.Type", new HashSet<string>(StringComparer.Ordinal), result.Problems);
                }
                else
                {
                    // A misspelled key would otherwise configure nothing, silently.
                    result.Problems.Add((key, "not a PrivacyAnalyzers option"));
                }
            }

            return result;
        }

        /// <summary>Dotted names shaped like <paramref name="example"/> (at least that many parts).</summary>
        private static void ReadQualifiedNames(AnalyzerConfigOptions options, string key, string example, HashSet<string> into, List<(string, string)> problems)
        {
            var minimumParts = example.Split('.').Length;
            foreach (var name in Options.List(options, key))
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
                    problems.Add((key, $"'{name}' is not a full name like {example}"));
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
