using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>What an option's value must look like; decides how it is read and what PII9001 says when it is not.</summary>
    internal enum OptionValue
    {
        /// <summary><c>true</c> or <c>false</c>.</summary>
        Flag,

        /// <summary>Comma-separated identifiers (member names).</summary>
        Identifiers,

        /// <summary>Comma-separated names of a kind, for a key that ends in a <c>PiiKind</c> member.</summary>
        KindNames,

        /// <summary>Comma-separated full type names (<c>Namespace.Type</c>).</summary>
        TypeNames,

        /// <summary>Comma-separated full attribute type names (<c>Namespace.TypeAttribute</c>).</summary>
        AttributeNames,

        /// <summary>Comma-separated full method names (<c>Namespace.Type.Method</c>).</summary>
        MethodNames,

        /// <summary>Comma-separated full property or field names (<c>Namespace.Type.Member</c>), for a key that ends in a
        /// <c>PiiKind</c> member.</summary>
        MemberNames,

        /// <summary>Comma-separated attribute type names, full (<c>Namespace.TypeAttribute</c>) or simple (<c>TypeAttribute</c>,
        /// <c>Type</c>).</summary>
        AttributeNamesFullOrSimple,
    }

    /// <summary>One option: its <c>.editorconfig</c> key, what its value must be, its default as the docs show it, and the
    /// line the README's option table gives it. Keys ending in <c>&lt;Kind&gt;</c> stand for one key per <c>PiiKind</c>.</summary>
    internal sealed class OptionRow
    {
        private const string KindPlaceholder = "<Kind>";

        public OptionRow(string key, OptionValue value, string defaultText, string doc)
        {
            Key = key;
            Value = value;
            DefaultText = defaultText;
            Doc = doc;
        }

        /// <summary>As users write it (<c>PII3005.allow_encrypted_card_numbers</c>); Roslyn hands keys over lower-cased.</summary>
        public string Key { get; }

        public OptionValue Value { get; }

        /// <summary>The default as the README shows it (<c>`false`</c>, <c>none</c>).</summary>
        public string DefaultText { get; }

        /// <summary>The README's description of the option, in Markdown.</summary>
        public string Doc { get; }

        /// <summary>Whether this row is a family of keys, one per <c>PiiKind</c> (<c>privacy_analyzers.names.&lt;Kind&gt;</c>).</summary>
        public bool IsPerKind => Key.EndsWith(KindPlaceholder, StringComparison.Ordinal);

        /// <summary>What PII9001's page lists as the accepted values.</summary>
        public string AcceptedValues => Value switch
        {
            OptionValue.Flag => "`true` or `false`",
            OptionValue.Identifiers => "comma-separated identifiers",
            OptionValue.KindNames => "`<Kind>` a `PiiKind` member (any case); a comma-separated list of names (letters, digits, `_`, spaces)",
            OptionValue.TypeNames => "comma-separated full type names (`Namespace.Type`)",
            OptionValue.AttributeNames => "comma-separated full type names (`Namespace.TypeAttribute`)",
            OptionValue.MemberNames => "`<Kind>` a `PiiKind` member (any case); comma-separated full member names (`Namespace.Type.Member`)",

            OptionValue.AttributeNamesFullOrSimple => "comma-separated attribute type names, full (`Namespace.TypeAttribute`) or simple (`TypeAttribute` or `Type`)",
            _ => "comma-separated full method names (`Namespace.Type.Method`)",
        };

        /// <summary>Whether <paramref name="key"/> (any case) is this option; for a per-kind row, the kind part is returned.</summary>
        public bool Matches(string key, out string? kind)
        {
            kind = null;
            if (!IsPerKind)
            {
                return string.Equals(key, Key, StringComparison.OrdinalIgnoreCase);
            }

            var prefix = Key.Substring(0, Key.Length - KindPlaceholder.Length);
            if (key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                kind = key.Substring(prefix.Length);
                return true;
            }

            return false;
        }
    }

    /// <summary>
    /// Every option the package reads, in the order the README's table lists them. PII9001, the options reader
    /// (<see cref="Engine.PrivacyOptions"/>) and the tests that check the README and PII9001's page all read this list.
    /// </summary>
    internal static class OptionCatalog
    {
        /// <summary>Global options start with this; rule options with a rule ID and a dot.</summary>
        public const string GlobalPrefix = "privacy_analyzers.";

        public static readonly OptionRow KindNames = new OptionRow(
            "privacy_analyzers.names.<Kind>", OptionValue.KindNames, "none",
            "your own strong names for a `PiiKind`, comma separated (`national card code, nic_no`)");

        public static readonly OptionRow IgnoredNames = new OptionRow(
            "privacy_analyzers.ignored_names", OptionValue.Identifiers, "none",
            "member names that are never PII");

        public static readonly OptionRow WeakNamesArePii = new OptionRow(
            "privacy_analyzers.weak_names_are_pii", OptionValue.Flag, "`false`",
            "`true` to let names that need a person's context (address, IP, full name, device id, PIN) count wherever the context does not say a business's or the system's");

        public static readonly OptionRow Sources = new OptionRow(
            "privacy_analyzers.sources.<Kind>", OptionValue.MemberNames, "none",
            "properties or fields of your own or a library's types whose value is personal data of that kind (`MyCo.Web.RequestInfo.ClientIp`)");

        public static readonly OptionRow PiiAttributes = new OptionRow(
            "privacy_analyzers.pii_attributes", OptionValue.AttributeNames, "none",
            "full names of your own attributes that mean personal data (`MyCo.Privacy.SensitiveAttribute`)");

        public static readonly OptionRow CiphertextAttributes = new OptionRow(
            "privacy_analyzers.ciphertext_attributes", OptionValue.AttributeNamesFullOrSimple, "none",
            "your own attributes that say a member holds ciphertext (`EncryptedString`, `MyCo.Crypto.CiphertextAttribute`): such a member counts as encrypted in every rule");

        public static readonly OptionRow Sanitizers = new OptionRow(
            "privacy_analyzers.sanitizers", OptionValue.MethodNames, "none",
            "your own masking/redaction methods (`MyCo.Privacy.Scrubber.Scrub`): values through them are not reported");

        public static readonly OptionRow LogSinks = new OptionRow(
            "privacy_analyzers.log_sinks", OptionValue.MethodNames, "none",
            "your own logging methods (`MyCo.Audit.AuditLog.Write`): checked like a logger (PII1001)");

        public static readonly OptionRow EncryptingValueConverters = new OptionRow(
            "privacy_analyzers.encrypting_value_converters", OptionValue.TypeNames, "none",
            "full names of your own EF Core value converters that encrypt, comma separated");

        public static readonly OptionRow RandomizedValueConverters = new OptionRow(
            "PII3009.randomized_value_converters", OptionValue.TypeNames, "none",
            "full names of your own EF Core value converters that encrypt with a fresh IV each time: queries on their columns are reported (they count as encrypting too)");

        public static readonly OptionRow AllowEncryptedCardNumbers = new OptionRow(
            "PII3005.allow_encrypted_card_numbers", OptionValue.Flag, "`false`",
            "`true` if your policy allows encrypted card numbers at rest");

        public static readonly OptionRow AllowTestNumbers = new OptionRow(
            "PII5002.allow_test_numbers", OptionValue.Flag, "`true`",
            "`false` to report well-known test card numbers too");

        public static readonly ImmutableArray<OptionRow> All = ImmutableArray.Create(
            KindNames, IgnoredNames, WeakNamesArePii, Sources, PiiAttributes, CiphertextAttributes, Sanitizers, LogSinks, EncryptingValueConverters, RandomizedValueConverters,
            AllowEncryptedCardNumbers, AllowTestNumbers);

        /// <summary>The option a key (any case) belongs to, and for a per-kind key the kind as written.</summary>
        public static OptionRow? Find(string key, out string? kind)
        {
            foreach (var row in All)
            {
                if (row.Matches(key, out kind))
                {
                    return row;
                }
            }

            kind = null;
            return null;
        }

        /// <summary>The option key closest to a key that is none (<c>privacy_analyzers.sanitiser</c> gives
        /// <c>privacy_analyzers.sanitizers</c>), as the docs write it: same owner (<c>privacy_analyzers.</c> or the rule ID),
        /// and a name that at most a third of its letters would change; null when none is that close. Per-kind keys are
        /// compared by the part before the kind.</summary>
        public static string? Closest(string key)
        {
            var dot = key.IndexOf('.');
            if (dot < 0)
            {
                return null;
            }

            string? best = null;
            var bestDistance = int.MaxValue;
            var name = key.Substring(dot + 1).ToLowerInvariant();
            foreach (var row in All)
            {
                var rowDot = row.Key.IndexOf('.');
                if (!string.Equals(row.Key.Substring(0, rowDot), key.Substring(0, dot), StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var written = (row.IsPerKind ? row.Key.Substring(0, row.Key.Length - "<Kind>".Length) : row.Key).Substring(rowDot + 1).ToLowerInvariant();
                var compared = row.IsPerKind && name.Length > written.Length ? name.Substring(0, written.Length) : name;
                var distance = Distance(compared, written);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (row.Key, distance);
                }
            }

            return bestDistance <= Math.Max(1, name.Length / 3) ? best : null;
        }

        /// <summary>The candidate a misspelt <paramref name="name"/> most likely meant (case ignored), or null when none is
        /// close: shared by the options and the policy file.</summary>
        public static string? ClosestName(string name, IEnumerable<string> candidates)
        {
            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var candidate in candidates)
            {
                var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (candidate, distance);
                }
            }

            return bestDistance <= Math.Max(1, name.Length / 3) ? best : null;
        }

        /// <summary>Edit distance (insertions, deletions, substitutions, and swaps of two neighbouring letters, the commonest
        /// typo: "Cnci" is one edit from "Cnic").</summary>
        private static int Distance(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (var i = 0; i <= a.Length; i++)
            {
                d[i, 0] = i;
            }

            for (var j = 0; j <= b.Length; j++)
            {
                d[0, j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    d[i, j] = Math.Min(d[i - 1, j - 1] + cost, Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1));
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                    }
                }
            }

            return d[a.Length, b.Length];
        }

        /// <summary>Keys the package owns: <c>privacy_analyzers.*</c> and <c>PII1234.*</c>. A key of that shape that is no
        /// option is a misspelling, which would otherwise configure nothing, silently.</summary>
        public static bool IsOwnedKey(string key)
        {
            if (key.StartsWith(GlobalPrefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (key.Length < 9 || key[7] != '.' || !key.StartsWith("pii", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            for (var i = 3; i < 7; i++)
            {
                if (key[i] < '0' || key[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
