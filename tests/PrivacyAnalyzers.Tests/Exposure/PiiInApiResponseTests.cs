using Xunit;
using static PrivacyAnalyzers.Tests.Exposure.ExposureModel;
using Verify = PrivacyAnalyzers.Tests.Infrastructure.VerifyProject<PrivacyAnalyzers.Rules.PiiInApiResponseAnalyzer, PrivacyAnalyzers.CodeFixes.PiiExposureCodeFix>;

namespace PrivacyAnalyzers.Tests.Exposure;

/// <summary>PII2002: controller actions and minimal API handlers that send PII, and the ones that do not.</summary>
public class PiiInApiResponseTests
{
    [Fact]
    public async Task Anonymous_objects_are_judged_by_what_their_members_hold()
    {
        await Verify.RunAsync(new[] { """
            using Microsoft.AspNetCore.Mvc;
            using PrivacyAnalyzers.Annotations;
            using Shop;

            [ApiController]
            public class KycController : ControllerBase
            {
                private readonly Customer _customer = Store.Load("35202-1234567-1", "AB1234567");

                [HttpGet("doc")]
                public IActionResult Doc() => Ok({|#0:new { Doc = _customer.Cnic, _customer.Id }|});

                [HttpGet("travel")]
                public IActionResult Travel() => Ok({|#1:new { Travel = _customer.Kyc.PassportNo.Trim() }|});

                [HttpGet("plain")]
                public IActionResult Plain() => Ok(new { Name = _customer.DisplayName, _customer.Id, Length = _customer.Cnic.Length });

                [HttpGet("masked")]
                public IActionResult Masked() => Ok(new { Doc = Pii.Mask(_customer.Cnic, PiiKind.Cnic) });
            }
            """, ExposureModel.Source }, null, null,
            Verify.Diagnostic(0, "anonymous object.Doc", "CNIC number", "KycController.Doc"),
            Verify.Diagnostic(1, "anonymous object.Travel", "passport number", "KycController.Travel"));
    }

    [Fact]
    public async Task A_tagged_member_under_a_weak_name_in_an_anonymous_object_is_reported_and_offers_no_fix()
    {
        // `Msisdn` alone is a weak name, which responses do not count; the member it is copied from is tagged.
        const string source = """
            using Microsoft.AspNetCore.Mvc;
            using PrivacyAnalyzers.Annotations;

            public class Subscriber
            {
                public int Id { get; set; }
                [Pii(PiiKind.PhoneNumber)] public string Msisdn { get; set; } = "";
                public string Plan { get; set; } = "";
            }

            [ApiController]
            public class SubscribersController : ControllerBase
            {
                private static readonly Subscriber Loaded = new() { Msisdn = "923001234567" };

                [HttpGet("subscriber")]
                public IActionResult Get() => Ok({|#0:new { Loaded.Msisdn, Loaded.Id }|});

                [HttpGet("plan")]
                public IActionResult Plan() => Ok(new { Loaded.Plan, Loaded.Id });
            }
            """;
        var diagnostic = Verify.Diagnostic(0, "anonymous object.Msisdn", "phone number", "SubscribersController.Get");
        await Verify.RunAsync(new[] { source }, new[] { source }, null, new[] { diagnostic }, new[] { diagnostic });
    }

    [Fact]
    public async Task Controller_return_types_and_result_helpers()
    {
        const string get = "CustomersController.Get";
        await Verify.RunAsync(new[] { """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Mvc;
            using Shop;

            [ApiController]
            [Route("customers")]
            public class CustomersController : ControllerBase
            {
                private readonly Customer _customer = new();

                [HttpGet("{id}")]
                public Customer Get(int id) => {|#0:_customer|};

                [HttpGet("a/{id}")]
                public ActionResult<Customer> GetAction(int id) => {|#1:_customer|};

                [HttpGet("async/{id}")]
                public async Task<ActionResult<Customer>> GetAsync(int id)
                {
                    await Task.Yield();
                    if (id == 0) return NotFound();
                    return {|#2:_customer|};
                }

                [HttpGet]
                public IEnumerable<Customer> List() => {|#3:new[] { _customer }|};

                [HttpGet("ok/{id}")]
                public IActionResult GetOk(int id) => Ok({|#4:_customer.Kyc|});

                [HttpPost]
                public IActionResult Create() => CreatedAtAction(nameof(Get), new { id = 1 }, {|#5:_customer|});

                [HttpPut]
                public IActionResult Update() => Accepted({|#6:_customer|});

                [HttpPost("created")]
                public IActionResult CreatedPlain() => Created("/customers/1", {|#9:_customer.Kyc|});

                [HttpPost("accepted")]
                public IActionResult AcceptedRoute() => AcceptedAtRoute("kyc", null, {|#10:_customer.Kyc|});

                [HttpGet("object")]
                public IActionResult Raw() => new OkObjectResult({|#7:_customer|});

                [HttpGet("dto")]
                public ActionResult<CustomerDto> GetDto() => new CustomerDto { Id = _customer.Id };

                [NonAction]
                public Customer Load() => _customer;

                private Customer Internal() => _customer;
            }

            public class PagesController : Controller
            {
                public IActionResult Details() => Json({|#8:new Customer()|});
            }
            """, ExposureModel.Source }, null, null,
            // Every endpoint that sends a whole Customer (#0-#3, #5-#8) is one decision, reported at the first; the ones that
            // send only its Kyc (#4, #9, #10) are another.
            Verify.Diagnostic(0, "Customer", CustomerPii, get, " and 7 more endpoints"),
            Verify.Diagnostic(4, "Kyc.PassportNo", Passport, "CustomersController.GetOk", " and 2 more endpoints"));
    }

    [Fact]
    public async Task Minimal_api_handlers_and_results()
    {
        await Verify.RunAsync(new[] { """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using PrivacyAnalyzers.Annotations;
            using Shop;

            static class Endpoints
            {
                static Kyc LoadKyc(int id) => new();

                public static void Map(WebApplication app)
                {
                    app.MapGet("/customers/{id}", (int id) => {|#0:new Customer()|});
                    app.MapGet("/kyc/{id}", {|#1:LoadKyc|});
                    app.MapPost("/customers", (Customer c) => Results.Ok({|#2:c.Kyc|}));
                    app.MapPut("/customers", (Customer c) => TypedResults.Created("/customers/1", {|#3:c.Kyc|}));
                    app.MapGet("/json/{id}", (int id) => Results.Json({|#4:new Kyc()|}));
                    app.MapGet("/dto/{id}", (int id) => new CustomerDto { Id = id });
                    app.MapGet("/me", [PiiExposureAllowed("The signed-in customer reads their own KYC record.")] () => new Kyc());
                }
            }
            """, ExposureModel.Source }, null, null,
            Verify.Diagnostic(0, "Customer", CustomerPii, "GET /customers/{id}"),
            // The method group (#1) and the three lambdas (#2-#4) send the same Kyc member: one decision.
            Verify.Diagnostic(1, "Kyc.PassportNo", Passport, "GET /kyc/{id}", " and 3 more endpoints"));
    }

    [Fact]
    public async Task Justified_approval_on_the_action_allows_it_but_an_empty_one_does_not()
    {
        await Verify.RunAsync(new[] { """
            using Microsoft.AspNetCore.Mvc;
            using PrivacyAnalyzers.Annotations;
            using Shop;

            public class ProfileController : ControllerBase
            {
                [PiiExposureAllowed("The signed-in customer sees their own passport number on the profile page.")]
                public Kyc Mine() => new();

                [PiiExposureAllowed("")]
                public Kyc Unjustified() => {|#0:new()|};
            }
            """, ExposureModel.Source }, null, null,
            Verify.Diagnostic(0, "Kyc.PassportNo", Passport, "ProfileController.Unjustified"));
    }
}
