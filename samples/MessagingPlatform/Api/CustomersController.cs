using MessagingPlatform.Customers;
using Microsoft.AspNetCore.Mvc;
using PrivacyAnalyzers.Annotations;

namespace MessagingPlatform.Api;

[ApiController]
[Route("customers")]
public sealed class CustomersController(CustomerStore store) : ControllerBase
{
    // Compliant: the list screen gets a summary without identity numbers or contact details.
    [HttpGet]
    public IEnumerable<CustomerSummary> List() => store.All().Select(CustomerSummary.From);

    // Non-compliant: returns the entity, with the CNIC, Aadhaar, MSISDN, email and name, to any caller.
    [HttpGet("{id:guid}")]
    public ActionResult<Customer> Get(Guid id) => store.Find(id) is { } customer ? customer : NotFound();

    // Compliant: a reviewed exposure, with the reason where reviewers see it.
    [PiiExposureAllowed("The KYC back office verifies documents and needs the full record; the route is restricted to the kyc-officer role.")]
    [HttpGet("{id:guid}/kyc")]
    public IActionResult GetForKycOfficer(Guid id) => store.Find(id) is { } customer ? Ok(customer) : NotFound();
}
