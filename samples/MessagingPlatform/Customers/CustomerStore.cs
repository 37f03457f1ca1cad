using System.Collections.Concurrent;

namespace MessagingPlatform.Customers;

/// <summary>In-memory customer store; the storage issue replaces it with EF Core.</summary>
public sealed class CustomerStore
{
    private readonly ConcurrentDictionary<Guid, Customer> _customers = new();

    public void Add(Customer customer) => _customers[customer.Id] = customer;

    public Customer? Find(Guid id) => _customers.TryGetValue(id, out var customer) ? customer : null;

    public IReadOnlyCollection<Customer> All() => _customers.Values.ToList();
}

/// <summary>What the customer list screen needs: no identity numbers, no contact details.</summary>
public sealed record CustomerSummary(Guid Id, string Country, KycStatus KycStatus)
{
    public static CustomerSummary From(Customer customer) => new(customer.Id, customer.Country, customer.KycStatus);
}
