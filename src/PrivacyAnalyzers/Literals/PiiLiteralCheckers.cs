using System;
using System.Text;
using System.Text.RegularExpressions;

namespace PrivacyAnalyzers.Literals
{
    /// <summary>
    /// Recognises literals that look like real identity or payment numbers, by format and check digit, so that random
    /// digits do not count: CNIC (#####-#######-# with a valid province digit), Aadhaar (12 digits, Verhoeff), payment
    /// cards (issuer prefix and Luhn), IBAN (country length and mod-97), Indian PAN (AAAAA9999A with a valid holder type).
    /// </summary>
    internal static class PiiLiteralCheckers
    {
        // Well-known test numbers published by card networks and gateways; allowed unless a team says otherwise.
        private static readonly string[] TestCardNumbers =
        {
            "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556", "5555555555554444",
            "5105105105105100", "2223003122003222", "378282246310005", "371449635398431", "6011111111111117",
            "6011000990139424", "3566002020360505", "30569309025904",
        };

        // Where a number can sit inside longer text: digit groups, PAN-shaped and IBAN-shaped words.
        private static readonly Regex Candidates = new Regex(
            @"\d[\d -]{8,30}\d|\b[A-Z]{5}\d{4}[A-Z]\b|\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}\b",
            RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

        /// <summary>What the checks of a kind verify, as a message says it: a CNIC has no check digit (its last digit is
        /// the holder's gender) and a PAN's check letter has no published algorithm, so those are judged by their shape.</summary>
        public static string ChecksOf(string kind) => kind switch
        {
            "Cnic" => "format and province code; a CNIC has no check digit",
            "Pan" => "format and holder-type letter; a PAN has no published check",
            _ => "format and check digit",
        };

        /// <summary>The kind of the first real-looking number in <paramref name="text"/>, or null.</summary>
        public static string? Find(string text, bool allowTestNumbers)
        {
            if (text.Length < 10 || !HasDigit(text))
            {
                return null;
            }

            if (Classify(text, allowTestNumbers) is { } whole)
            {
                return whole;
            }

            try
            {
                foreach (Match match in Candidates.Matches(text))
                {
                    if (Classify(match.Value, allowTestNumbers) is { } kind)
                    {
                        return kind;
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological literal: give up on it rather than slow the build.
            }

            return null;
        }

        private static bool HasDigit(string text)
        {
            foreach (var c in text)
            {
                if (IsDigit(c))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The kind a whole literal looks like (a PiiKind member name), or null.</summary>
        public static string? Classify(string text, bool allowTestNumbers)
        {
            var trimmed = text.Trim();
            if (trimmed.Length < 10 || trimmed.Length > 40)
            {
                return null;
            }

            if (IsCnic(trimmed))
            {
                return "Cnic";
            }

            if (IsPan(trimmed))
            {
                return "Pan";
            }

            if (IsIban(trimmed))
            {
                return "BankAccount";
            }

            var digits = DigitsIfGroupedNumber(trimmed);
            if (digits is null)
            {
                return null;
            }

            if (IsAadhaar(digits))
            {
                return "Aadhaar";
            }

            if (IsCard(digits) && !(allowTestNumbers && Array.IndexOf(TestCardNumbers, digits) >= 0))
            {
                return "PaymentCard";
            }

            return null;
        }

        /// <summary>#####-#######-#, the first digit a province or region code (1-7).</summary>
        public static bool IsCnic(string text)
        {
            if (text.Length != 15 || text[5] != '-' || text[13] != '-')
            {
                return false;
            }

            for (var i = 0; i < text.Length; i++)
            {
                if (i != 5 && i != 13 && !IsDigit(text[i]))
                {
                    return false;
                }
            }

            return text[0] >= '1' && text[0] <= '7';
        }

        /// <summary>12 digits, not starting with 0 or 1, with a valid Verhoeff check digit.</summary>
        public static bool IsAadhaar(string digits)
        {
            return digits.Length == 12 && digits[0] >= '2' && Verhoeff(digits);
        }

        /// <summary>13-19 digits, a real issuer prefix, and a valid Luhn check digit.</summary>
        public static bool IsCard(string digits)
        {
            return digits.Length >= 13 && digits.Length <= 19 && HasIssuerPrefix(digits) && Luhn(digits);
        }

        /// <summary>Country code, two check digits, and the country's length; mod 97 == 1.</summary>
        public static bool IsIban(string text)
        {
            var compact = text.Replace(" ", string.Empty).ToUpperInvariant();
            if (compact.Length < 15 || compact.Length > 34 || !char.IsLetter(compact[0]) || !char.IsLetter(compact[1])
                || !IsDigit(compact[2]) || !IsDigit(compact[3]))
            {
                return false;
            }

            var expected = IbanLength(compact.Substring(0, 2));
            if (expected != 0 && compact.Length != expected)
            {
                return false;
            }

            var rearranged = compact.Substring(4) + compact.Substring(0, 4);
            var remainder = 0;
            foreach (var c in rearranged)
            {
                int value;
                if (IsDigit(c))
                {
                    value = c - '0';
                    remainder = ((remainder * 10) + value) % 97;
                }
                else if (c >= 'A' && c <= 'Z')
                {
                    value = c - 'A' + 10;
                    remainder = ((remainder * 100) + value) % 97;
                }
                else
                {
                    return false;
                }
            }

            return remainder == 1;
        }

        /// <summary>AAAAA9999A, the fourth letter the holder type (P person, C company, H HUF, F firm, A AOP, T trust,
        /// B BOI, L local authority, J juridical person, G government).</summary>
        public static bool IsPan(string text)
        {
            if (text.Length != 10)
            {
                return false;
            }

            for (var i = 0; i < 10; i++)
            {
                var isLetterPosition = i < 5 || i == 9;
                if (isLetterPosition ? !(text[i] >= 'A' && text[i] <= 'Z') : !IsDigit(text[i]))
                {
                    return false;
                }
            }

            return "PCHFATBLJG".IndexOf(text[3]) >= 0;
        }

        public static bool Luhn(string digits)
        {
            var sum = 0;
            var doubled = false;
            for (var i = digits.Length - 1; i >= 0; i--)
            {
                var d = digits[i] - '0';
                if (doubled)
                {
                    d *= 2;
                    if (d > 9)
                    {
                        d -= 9;
                    }
                }

                sum += d;
                doubled = !doubled;
            }

            return sum % 10 == 0;
        }

        public static bool Verhoeff(string digits)
        {
            var check = 0;
            for (var i = 0; i < digits.Length; i++)
            {
                var digit = digits[digits.Length - 1 - i] - '0';
                check = VerhoeffD[check, VerhoeffP[i % 8, digit]];
            }

            return check == 0;
        }

        private static bool HasIssuerPrefix(string digits)
        {
            int Prefix(int length) => int.Parse(digits.Substring(0, length), System.Globalization.CultureInfo.InvariantCulture);
            var two = Prefix(2);
            var four = Prefix(4);
            var six = Prefix(6);
            return digits[0] == '4'                                        // Visa
                || (two >= 51 && two <= 55) || (four >= 2221 && four <= 2720) // Mastercard
                || two == 34 || two == 37                                   // American Express
                || four == 6011 || two == 65 || (six >= 644000 && six <= 649999) // Discover
                || two == 62                                                // UnionPay
                || two == 60 || two == 81 || two == 82                      // RuPay
                || (four >= 3528 && four <= 3589)                           // JCB
                || two == 36 || two == 38 || (two == 30 && digits[2] <= '5'); // Diners Club
        }

        /// <summary>The digits of a number written plainly or grouped with single spaces or dashes; null otherwise.</summary>
        private static string? DigitsIfGroupedNumber(string text)
        {
            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (IsDigit(c))
                {
                    builder.Append(c);
                }
                else if ((c == ' ' || c == '-') && i > 0 && i < text.Length - 1 && IsDigit(text[i - 1]) && IsDigit(text[i + 1]))
                {
                    continue;
                }
                else
                {
                    return null;
                }
            }

            return builder.ToString();
        }

        private static int IbanLength(string country) => country switch
        {
            "PK" => 24, "IN" => 0, "AE" => 23, "SA" => 24, "GB" => 22, "DE" => 22, "FR" => 27, "NL" => 18, "ES" => 24,
            "IT" => 27, "CH" => 21, "BE" => 16, "AT" => 20, "IE" => 22, "SE" => 24, "NO" => 15, "DK" => 18, "PL" => 28,
            "TR" => 26, "QA" => 29, "KW" => 30, "BH" => 22, "OM" => 23, "JO" => 30, "EG" => 29,
            _ => 0,
        };

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static readonly int[,] VerhoeffD =
        {
            { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 }, { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 },
            { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 }, { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 }, { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
            { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 }, { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 }, { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 },
            { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 },
        };

        private static readonly int[,] VerhoeffP =
        {
            { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 }, { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 },
            { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 }, { 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 }, { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 },
            { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 }, { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 },
        };
    }
}
