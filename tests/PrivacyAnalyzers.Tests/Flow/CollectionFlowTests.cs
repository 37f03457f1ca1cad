using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Infrastructure.Verify<PrivacyAnalyzers.Rules.PiiLoggedAnalyzer>;

namespace PrivacyAnalyzers.Tests.Flow;

/// <summary>PII carried by collections, LINQ projections, builders, tuples and encoders to a log call (issue 13).</summary>
public class CollectionFlowTests
{
    private const string Cnic = "CNIC number";
    private const string Info = "ILogger.LogInformation";

    [Fact]
    public async Task Linq_projections_carry_what_their_selector_returns()
    {
        await Verify.AnalyzerAsync("""
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                void Run(ILogger logger, List<Customer> customers)
                {
                    logger.LogInformation({|#0:string.Join(", ", customers.Select(s => s.Cnic))|});
                    var documents = customers.Select(c => c.Cnic).Where(x => x.Length > 0).Select(x => x.Trim()).ToList();
                    logger.LogInformation("Documents {Documents}", {|#1:documents|});
                    logger.LogInformation({|#2:string.Join(",", customers.GroupBy(c => c.Pan).Select(g => g.Key))|});
                    logger.LogInformation("First {Card}", {|#3:customers.Select(c => c.CardNumber).First()|});
                    logger.LogInformation({|#4:string.Join(",", customers.SelectMany(c => new[] { c.Cnic, c.DisplayName }))|});
                    logger.LogInformation({|#5:string.Join(",", from c in customers select c.Pan)|});
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", Cnic, Info),
            Verify.Diagnostic(1, "Customer.Cnic", Cnic, Info),
            Verify.Diagnostic(2, "Customer.Pan", "PAN", Info),
            Verify.Diagnostic(3, "Customer.CardNumber", "payment card number", Info),
            Verify.Diagnostic(4, "Customer.Cnic", Cnic, Info),
            Verify.Diagnostic(5, "Customer.Pan", "PAN", Info));
    }

    [Fact]
    public async Task Linq_look_alikes_filters_keys_counts_and_masked_projections_are_not_reported()
    {
        await Verify.AnalyzerAsync("""
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers.Annotations;
            using Shop;

            class Service
            {
                void Run(ILogger logger, List<Customer> customers, string wanted)
                {
                    logger.LogInformation(string.Join(",", customers.Select(c => c.Id)));
                    logger.LogInformation(string.Join(",", customers.Where(c => c.Cnic == wanted).Select(c => c.Id)));
                    logger.LogInformation(string.Join(",", customers.OrderBy(c => c.Cnic).Select(c => c.DisplayName)));
                    logger.LogInformation("Count {Count}", customers.Count(c => c.Cnic != null));
                    logger.LogInformation("Any {Any}", customers.Any(c => c.Pan == wanted));
                    logger.LogInformation(string.Join(",", customers.Select(c => c.Cnic.Length)));
                    logger.LogInformation(string.Join(",", customers.Select(c => Pii.Mask(c.Cnic, PiiKind.Cnic))));
                    logger.LogInformation(string.Join(",", customers.Select(c => System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(c.Cnic))))));
                    logger.LogInformation(string.Join(",", customers.GroupBy(c => c.Pan).Select(g => g.Count())));
                    var documents = customers.Select(c => c.Cnic).ToList();
                    logger.LogInformation("Documents {Count}", documents.Count);
                }
            }
            """);
    }

    [Fact]
    public async Task String_join_and_concat_in_every_overload()
    {
        await Verify.AnalyzerAsync("""
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                void Run(ILogger logger, Customer c, IEnumerable<string> tags)
                {
                    logger.LogInformation({|#0:string.Join(",", c.Cnic, c.DisplayName)|});
                    logger.LogInformation({|#1:string.Join(',', c.Id, c.Pan)|});
                    logger.LogInformation({|#2:string.Concat(c.DisplayName, c.Cnic, "x", "y")|});
                    logger.LogInformation({|#3:string.Join(",", new[] { c.CardNumber })|});
                    logger.LogInformation(string.Join(",", c.Id, c.DisplayName, tags));
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", Cnic, Info),
            Verify.Diagnostic(1, "Customer.Pan", "PAN", Info),
            Verify.Diagnostic(2, "Customer.Cnic", Cnic, Info),
            Verify.Diagnostic(3, "Customer.CardNumber", "payment card number", Info));
    }

    [Fact]
    public async Task Collections_filled_by_initializers_adds_and_indexers()
    {
        await Verify.AnalyzerAsync("""
            using System.Collections.Generic;
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                void Run(ILogger logger, Customer c)
                {
                    var documents = new List<string>();
                    documents.Add(c.Cnic);
                    logger.LogInformation({|#0:string.Join(",", documents)|});

                    var cards = new List<string> { c.CardNumber };
                    logger.LogInformation("Cards {Cards}", {|#1:cards|});

                    var fields = new Dictionary<string, object>();
                    fields["pan"] = c.Pan;
                    logger.LogInformation("Fields {Fields}", {|#2:fields|});

                    string[] values = { c.Cnic };
                    logger.LogInformation({|#3:string.Join(",", values)|});

                    var ids = new List<int> { c.Id };
                    ids.Add(c.Id);
                    logger.LogInformation("Ids {Ids} of {Count}", ids, documents.Count);
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", Cnic, Info),
            Verify.Diagnostic(1, "Customer.CardNumber", "payment card number", Info),
            Verify.Diagnostic(2, "Customer.Pan", "PAN", Info),
            Verify.Diagnostic(3, "Customer.Cnic", Cnic, Info));
    }

    [Fact]
    public async Task String_builders_carry_what_was_appended()
    {
        await Verify.AnalyzerAsync("""
            using System.Text;
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                void Run(ILogger logger, Customer c)
                {
                    var text = new StringBuilder();
                    text.Append("Customer ").Append(c.Id).Append(": ").Append(c.Cnic);
                    logger.LogInformation({|#0:text.ToString()|});

                    var card = new StringBuilder(c.CardNumber);
                    logger.LogInformation({|#1:card.ToString()|});

                    var lines = new StringBuilder();
                    lines.AppendLine($"pan {c.Pan}");
                    logger.LogInformation("{Lines}", {|#2:lines|});

                    var safe = new StringBuilder();
                    safe.Append("Customer ").Append(c.Id).AppendLine(c.DisplayName);
                    safe.Append(c.Cnic.Length);
                    logger.LogInformation(safe.ToString());
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", Cnic, Info),
            Verify.Diagnostic(1, "Customer.CardNumber", "payment card number", Info),
            Verify.Diagnostic(2, "Customer.Pan", "PAN", Info));
    }

    [Fact]
    public async Task Tuples_and_deconstruction_carry_each_element_to_its_own_variable()
    {
        await Verify.AnalyzerAsync("""
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                void Run(ILogger logger, Customer c)
                {
                    var (document, id) = (c.Cnic, c.Id);
                    logger.LogInformation("Document {Document}", {|#0:document|});
                    logger.LogInformation("Id {Id}", id);

                    string card, name;
                    (card, name) = (c.CardNumber, c.DisplayName);
                    logger.LogInformation("Card {Card} for {Name}", {|#1:card|}, name);

                    var pair = (Pan: c.Pan, c.DisplayName);
                    logger.LogInformation("Pan {Pan}", {|#2:pair.Pan|});
                    logger.LogInformation("Name {Name}", pair.DisplayName);
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", Cnic, Info),
            Verify.Diagnostic(1, "Customer.CardNumber", "payment card number", Info),
            Verify.Diagnostic(2, "Customer.Pan", "PAN", Info));
    }

    [Fact]
    public async Task Uri_builders_and_encoders_do_not_protect()
    {
        await Verify.AnalyzerAsync("""
            using System;
            using System.Net;
            using System.Text;
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                void Run(ILogger logger, Customer c)
                {
                    var address = new UriBuilder("https://kyc.example.com/verify") { Query = "cnic=" + Uri.EscapeDataString(c.Cnic) };
                    logger.LogInformation("Calling {Address}", {|#0:address.Uri|});
                    logger.LogInformation({|#1:WebUtility.UrlEncode(c.Pan)|});
                    logger.LogInformation({|#2:Convert.ToBase64String(Encoding.UTF8.GetBytes(c.CardNumber))|});

                    var plain = new UriBuilder("https://kyc.example.com/verify") { Query = "id=" + c.Id };
                    logger.LogInformation("Calling {Address}", plain.Uri);
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", Cnic, Info),
            Verify.Diagnostic(1, "Customer.Pan", "PAN", Info),
            Verify.Diagnostic(2, "Customer.CardNumber", "payment card number", Info));
    }

    [Fact]
    public async Task Fix_masks_the_read_inside_the_projection_and_the_builder_at_the_sink()
    {
        await Verify.FixAsync("""
            using System.Collections.Generic;
            using System.Linq;
            using System.Text;
            using Microsoft.Extensions.Logging;
            using Shop;

            class Service
            {
                void Run(ILogger logger, List<Customer> customers, Customer c)
                {
                    logger.LogInformation({|#0:string.Join(", ", customers.Select(s => s.Cnic))|});
                    var text = new StringBuilder();
                    text.Append("Customer ").Append(c.Pan);
                    logger.LogInformation({|#1:text.ToString()|});
                }
            }
            """, """
            using System.Collections.Generic;
            using System.Linq;
            using System.Text;
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers.Annotations;
            using Shop;

            class Service
            {
                void Run(ILogger logger, List<Customer> customers, Customer c)
                {
                    logger.LogInformation(string.Join(", ", customers.Select(s => Pii.Mask(s.Cnic, PiiKind.Cnic))));
                    var text = new StringBuilder();
                    text.Append("Customer ").Append(c.Pan);
                    logger.LogInformation(Pii.Mask(text.ToString(), PiiKind.Pan));
                }
            }
            """,
            Verify.Diagnostic(0, "Customer.Cnic", Cnic, Info),
            Verify.Diagnostic(1, "Customer.Pan", "PAN", Info));
    }

    [Fact]
    public async Task Fix_all_masks_every_projection_in_the_document()
    {
        await Verify.FixAllAsync(
            new[]
            {
                """
                using System.Collections.Generic;
                using System.Linq;
                using Microsoft.Extensions.Logging;
                using Shop;

                class Service
                {
                    void Run(ILogger logger, List<Customer> customers)
                    {
                        logger.LogInformation({|#0:string.Join(", ", customers.Select(s => s.Cnic))|});
                        logger.LogInformation({|#1:string.Join(", ", customers.Select(s => s.Pan))|});
                    }
                }
                """,
            },
            new[]
            {
                """
                using System.Collections.Generic;
                using System.Linq;
                using Microsoft.Extensions.Logging;
                using PrivacyAnalyzers.Annotations;
                using Shop;

                class Service
                {
                    void Run(ILogger logger, List<Customer> customers)
                    {
                        logger.LogInformation(string.Join(", ", customers.Select(s => Pii.Mask(s.Cnic, PiiKind.Cnic))));
                        logger.LogInformation(string.Join(", ", customers.Select(s => Pii.Mask(s.Pan, PiiKind.Pan))));
                    }
                }
                """,
            },
            Verify.Diagnostic(0, "Customer.Cnic", Cnic, Info),
            Verify.Diagnostic(1, "Customer.Pan", "PAN", Info));
    }
}
