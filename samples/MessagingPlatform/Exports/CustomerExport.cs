using System.Text.Json;
using System.Xml.Serialization;
using MessagingPlatform.Billing;
using MessagingPlatform.Customers;

namespace MessagingPlatform.Exports;

/// <summary>The nightly exports to the data warehouse and to the payment reconciliation job.</summary>
public sealed class CustomerExport(CustomerStore store)
{
    // Non-compliant: the warehouse gets every member of every customer.
    public string ToWarehouseJson() => JsonSerializer.Serialize(store.All());

    // Compliant: only what the warehouse needs.
    public string ToWarehouseSummaryJson() => JsonSerializer.Serialize(store.All().Select(CustomerSummary.From));

    // Non-compliant: full card numbers and security codes written to the reconciliation file.
    public void ToReconciliationXml(Stream output, List<PaymentMethod> cards) =>
        new XmlSerializer(typeof(List<PaymentMethod>)).Serialize(output, cards);
}
