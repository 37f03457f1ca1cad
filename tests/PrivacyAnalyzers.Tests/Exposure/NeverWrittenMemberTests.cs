using PrivacyAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Infrastructure.VerifyProject<PrivacyAnalyzers.Rules.PiiInApiResponseAnalyzer, PrivacyAnalyzers.CodeFixes.PiiExposureCodeFix>;

namespace PrivacyAnalyzers.Tests.Exposure;

/// <summary>PII2002 leaves out response members that no code in the compilation writes (they carry nothing), and keeps
/// every member that is written in any way, or that a library fills.</summary>
public class NeverWrittenMemberTests
{
    [Fact]
    public async Task Members_nothing_writes_are_not_reported_but_a_same_named_member_of_another_type_does_not_count()
    {
        await Verify.RunAsync(new[] { """
            using Microsoft.AspNetCore.Mvc;

            public class DeviceInfoDto
            {
                public string Id { get; set; } = "";
                public string AccessToken { get; set; } = "";
            }

            public class ListingsProviderInfo
            {
                public string Url { get; set; } = "";
                public string Password { get; set; } = "";
                public string? Username;
            }

            public class Session
            {
                public string AccessToken { get; set; } = "";
            }

            public class DevicesController : ControllerBase
            {
                // The mapping sets Id only; AccessToken is never set by any code.
                [HttpGet("{id}")]
                public DeviceInfoDto Get(string id) => new DeviceInfoDto { Id = id };

                [HttpGet("listings")]
                public ListingsProviderInfo Listings() => new ListingsProviderInfo();

                // Session.AccessToken is written; DeviceInfoDto.AccessToken still is not.
                [HttpPost("session")]
                public void Open(Session session, string token) => session.AccessToken = token;
            }
            """ }, null, null);
    }

    [Fact]
    public async Task Every_way_of_writing_a_member_counts()
    {
        await Verify.RunAsync(new[] { """
            using System;
            using Microsoft.AspNetCore.Mvc;

            public class Initialized { public string Password { get; set; } = ""; }
            public class Assigned { public string Password { get; set; } = ""; }
            public record Copied { public string Password { get; init; } = ""; }
            public record Positional(int Id, string Password);
            public interface IHasPassword { string Password { get; set; } }
            public class ThroughInterface : IHasPassword { public string Password { get; set; } = ""; }
            public class ByOut { [System.Text.Json.Serialization.JsonInclude] public string Password = ""; }
            public class FromInitializer { public string Password { get; set; } = Environment.GetEnvironmentVariable("PWD")!; }
            public class Computed { private readonly string _p = ""; public string Password => _p; }
            public class Deconstructed { public string Password { get; set; } = ""; }

            public class WritersController : ControllerBase
            {
                [HttpGet("1")] public Initialized A(string p) => {|#0:new Initialized { Password = p }|};
                [HttpGet("2")] public Assigned B(string p) { var r = new Assigned(); r.Password = p; return {|#1:r|}; }
                [HttpGet("3")] public Copied C(Copied c, string p) => {|#2:c with { }|};
                [HttpGet("4")] public Positional D(string p) => {|#3:new Positional(1, p)|};
                [HttpGet("5")] public ThroughInterface E(string p) { var t = new ThroughInterface(); ((IHasPassword)t).Password = p; return {|#4:t|}; }
                [HttpGet("6")] public ByOut F() { var b = new ByOut(); Read(out b.Password); return {|#5:b|}; }
                [HttpGet("7")] public FromInitializer G() => {|#6:new FromInitializer()|};
                [HttpGet("8")] public Computed H() => {|#7:new Computed()|};
                [HttpGet("9")] public Deconstructed I(string p) { var d = new Deconstructed(); (d.Password, _) = (p, 1); return {|#8:d|}; }

                private static void Read(out string value) => value = "";
            }

            public static class CopyWriter
            {
                public static Copied Change(Copied c, string p) => c with { Password = p };
            }
            """ }, null, null,
            Verify.Diagnostic(0, "Initialized.Password", "password", "WritersController.A"),
            Verify.Diagnostic(1, "Assigned.Password", "password", "WritersController.B"),
            Verify.Diagnostic(2, "Copied.Password", "password", "WritersController.C"),
            Verify.Diagnostic(3, "Positional.Password", "password", "WritersController.D"),
            Verify.Diagnostic(4, "ThroughInterface.Password", "password", "WritersController.E"),
            Verify.Diagnostic(5, "ByOut.Password", "password", "WritersController.F"),
            Verify.Diagnostic(6, "FromInitializer.Password", "password", "WritersController.G"),
            Verify.Diagnostic(7, "Computed.Password", "password", "WritersController.H"),
            Verify.Diagnostic(8, "Deconstructed.Password", "password", "WritersController.I"));
    }

    [Fact]
    public async Task Types_a_library_fills_count_as_written_with_the_types_of_their_members()
    {
        await Verify.RunAsync(new[] { """
            using System.Collections.Generic;
            using System.Text.Json;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.EntityFrameworkCore;
            using PrivacyAnalyzers.Annotations;

            public class Customer
            {
                public int Id { get; set; }
                public Kyc Kyc { get; set; } = new();
            }

            public class Kyc { [Pii(PiiKind.Passport)] public string PassportNo { get; set; } = ""; }

            public class Remote { public string Password { get; set; } = ""; }

            public class ShopContext : DbContext
            {
                public DbSet<Customer> Customers { get; set; } = null!;
            }

            public class CustomersController(ShopContext db) : ControllerBase
            {
                // Loaded from the database: EF Core fills Customer, and the Kyc it owns.
                [HttpGet("{id}")]
                public Customer? Get(int id) => {|#0:db.Customers.Find(id)|};

                // Read from another service: its values come from there.
                [HttpGet("remote")]
                public Remote Remote(string json) => {|#1:JsonSerializer.Deserialize<Remote>(json)|}!;
            }
            """ }, null, null,
            Verify.Diagnostic(0, "Customer.Kyc.PassportNo", "passport number", "CustomersController.Get"),
            Verify.Diagnostic(1, "Remote.Password", "password", "CustomersController.Remote"));
    }

    [Fact]
    public async Task A_mapper_fills_the_destination_of_a_map_except_the_members_its_configuration_ignores()
    {
        var test = new Verify.Test();
        test.TestState.AdditionalReferences.AddRange(TestReferences.Mappers);
        test.TestState.Sources.Add(("/0/Test0.cs", """
            using System.Text.Json;
            using AutoMapper;
            using Mapster;
            using Microsoft.AspNetCore.Mvc;

            public class Customer { public int Id { get; set; } public string Password { get; set; } = ""; public string ApiKey { get; set; } = ""; }
            public class CustomerModel { public int Id { get; set; } public string Password { get; set; } = ""; public string ApiKey { get; set; } = ""; }
            public class Vendor { public int Id { get; set; } public string Password { get; set; } = ""; }
            public class VendorModel { public int Id { get; set; } public string Password { get; set; } = ""; }
            public class Partner { public int Id { get; set; } public string Password { get; set; } = ""; }
            public class PartnerModel { public int Id { get; set; } public string Password { get; set; } = ""; }
            public class AuditModel { public int Id { get; set; } public string Password { get; set; } = ""; }

            public class AdminProfile : Profile
            {
                public AdminProfile()
                {
                    // AutoMapper: Password is left out of the map; ApiKey is copied from the entity.
                    CreateMap<Customer, CustomerModel>()
                        .ForMember(model => model.Password, options => options.Ignore());
                    // The other direction fills the entity, not the model.
                    CreateMap<CustomerModel, Customer>();
                    // Ignored by the map, but also read from another service below: still filled.
                    CreateMap<Customer, AuditModel>()
                        .ForMember(model => model.Password, options => options.Ignore());
                }
            }

            public static class MapsterSetup
            {
                public static void Configure() => TypeAdapterConfig<Vendor, VendorModel>.NewConfig().Ignore(model => model.Password);
            }

            public class AdminController(IMapper mapper) : ControllerBase
            {
                [HttpGet("customer")]
                public CustomerModel Get(Customer customer) => {|#0:mapper.Map<CustomerModel>(customer)|};

                [HttpGet("vendor")]
                public VendorModel Vendor(Vendor vendor) => vendor.Adapt<VendorModel>();

                [HttpGet("partner")]
                public PartnerModel Partner(Partner partner) => {|#1:partner.Adapt<PartnerModel>()|};

                [HttpGet("audit")]
                public AuditModel Audit(string json) => {|#2:JsonSerializer.Deserialize<AuditModel>(json)|}!;
            }
            """));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(0, "CustomerModel.ApiKey", "secret", "AdminController.Get"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(1, "PartnerModel.Password", "password", "AdminController.Partner"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(2, "AuditModel.Password", "password", "AdminController.Audit"));
        await test.RunAsync();
    }
}
