using MessagingPlatform.Customers;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;

namespace MessagingPlatform.Data;

/// <summary>Hand-written SQL for the delivery-report tables, beside EF Core.</summary>
public sealed class DeliveryReportRepository(SqliteConnection connection, IDataProtectionProvider dataProtection)
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("delivery-reports");

    // Non-compliant: the CNIC is stored as written, and the MSISDN is spliced into the SQL text.
    public void RecordOptOut(Customer customer)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"insert into opt_outs (msisdn, cnic) values ('{customer.Msisdn}', @cnic)";
        command.Parameters.AddWithValue("@cnic", customer.Cnic);
        command.ExecuteNonQuery();
    }

    // Compliant: parameters only, and the CNIC protected.
    public void RecordOptOutSafely(Customer customer)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "insert into opt_outs (customer_id, cnic) values (@id, @cnic)";
        command.Parameters.AddWithValue("@id", customer.Id.ToString());
        command.Parameters.AddWithValue("@cnic", _protector.Protect(customer.Cnic ?? ""));
        command.ExecuteNonQuery();
    }
}
