using PrivacyAnalyzers.Classification;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Infrastructure.Verify<PrivacyAnalyzers.Rules.PiiLoggedAnalyzer>;

namespace PrivacyAnalyzers.Tests.Classification;

/// <summary>Every classification source, seen through the logging rule, and the name matcher on its own.</summary>
public class PiiClassifierTests
{
    [Fact]
    public async Task Ecosystem_attributes_classify_members()
    {
        await Verify.AnalyzerAsync("""
            using System.ComponentModel.DataAnnotations;
            using Microsoft.AspNetCore.Identity;
            using Microsoft.Extensions.Compliance.Classification;
            using Microsoft.Extensions.Logging;

            sealed class SensitiveAttribute : DataClassificationAttribute
            {
                public SensitiveAttribute() : base(new DataClassification("Privacy", "Sensitive")) { }
            }

            class Profile
            {
                [Sensitive] public string Nickname { get; set; } = "";
                [PersonalData] public string HomeTown { get; set; } = "";
                [ProtectedPersonalData] public string Mobile { get; set; } = "";
                [CreditCard] public string Billing { get; set; } = "";
                [DataType(DataType.Password)] public string Secret1 { get; set; } = "";
                [DataType(DataType.CreditCard)] public string Payment { get; set; } = "";
                [DataType(DataType.EmailAddress)] public string Contact { get; set; } = "";
            }

            class Service
            {
                void Run(ILogger logger, Profile p)
                {
                    logger.LogInformation("{A}", {|#0:p.Nickname|});
                    logger.LogInformation("{A}", {|#1:p.HomeTown|});
                    logger.LogInformation("{A}", {|#2:p.Mobile|});
                    logger.LogInformation("{A}", {|#3:p.Billing|});
                    logger.LogInformation("{A}", {|#4:p.Secret1|});
                    logger.LogInformation("{A}", {|#5:p.Payment|});
                    logger.LogInformation("{A}", p.Contact);
                }
            }
            """,
            Verify.Diagnostic(0, "Profile.Nickname", "personal data", "ILogger.LogInformation"),
            Verify.Diagnostic(1, "Profile.HomeTown", "personal data", "ILogger.LogInformation"),
            Verify.Diagnostic(2, "Profile.Mobile", "personal data", "ILogger.LogInformation"),
            Verify.Diagnostic(3, "Profile.Billing", "payment card number", "ILogger.LogInformation"),
            Verify.Diagnostic(4, "Profile.Secret1", "password", "ILogger.LogInformation"),
            Verify.Diagnostic(5, "Profile.Payment", "payment card number", "ILogger.LogInformation"));
    }

    [Fact]
    public async Task Pii_attribute_on_parameters_return_values_and_record_parameters()
    {
        await Verify.AnalyzerAsync("""
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers.Annotations;

            record Subscriber(int Id, [Pii(PiiKind.PhoneNumber)] string Msisdn, [property: Pii(PiiKind.Email)] string Address);

            class Service
            {
                [return: Pii(PiiKind.MessageContent)]
                string Body() => "hello";

                void Send(ILogger logger, [Pii(PiiKind.PhoneNumber)] string to, Subscriber s)
                {
                    logger.LogInformation("To {To}", {|#0:to|});
                    logger.LogInformation("Body {Body}", {|#1:Body()|});
                    logger.LogInformation("Msisdn {M}", {|#2:s.Msisdn|});
                    logger.LogInformation("Address {A}", {|#3:s.Address|});
                    logger.LogInformation("Id {Id}", s.Id);
                }
            }
            """,
            Verify.Diagnostic(0, "to", "phone number", "ILogger.LogInformation"),
            Verify.Diagnostic(1, "Service.Body()", "message content", "ILogger.LogInformation"),
            Verify.Diagnostic(2, "Subscriber.Msisdn", "phone number", "ILogger.LogInformation"),
            Verify.Diagnostic(3, "Subscriber.Address", "email address", "ILogger.LogInformation"));
    }

    [Fact]
    public async Task Names_classify_value_typed_members_and_parameters()
    {
        await Verify.AnalyzerAsync("""
            using Microsoft.Extensions.Logging;

            class Account
            {
                public string CustomerCnic = "";
                public string CNIC_NUMBER = "";
                public long AadhaarNo;
                public string Iban { get; set; } = "";
                public int Cvv { get; set; }
                public string ApiKey { get; set; } = "";
                public string PassportNumber { get; set; } = "";
                public bool HasPassport { get; set; }
                public System.DateTime PassportExpiry { get; set; }
                public string CardNumberLast4 { get; set; } = "";
                public string MaskedCardNumber { get; set; } = "";
                public string PasswordResetUrl { get; set; } = "";
                public string EncryptedCnic { get; set; } = "";
            }

            class Service
            {
                void Run(ILogger logger, Account a, string password, string panelName)
                {
                    logger.LogInformation("{A}", {|#0:a.CustomerCnic|});
                    logger.LogInformation("{A}", {|#1:a.CNIC_NUMBER|});
                    logger.LogInformation("{A}", {|#2:a.AadhaarNo|});
                    logger.LogInformation("{A}", {|#3:a.Iban|});
                    logger.LogInformation("{A}", {|#4:a.Cvv|});
                    logger.LogInformation("{A}", {|#5:a.ApiKey|});
                    logger.LogInformation("{A}", {|#6:a.PassportNumber|});
                    logger.LogInformation("{A}", {|#7:password|});
                    logger.LogInformation("{A} {B} {C}", a.HasPassport, a.PassportExpiry, panelName);
                    logger.LogInformation("{A} {B} {C} {D}", a.CardNumberLast4, a.MaskedCardNumber, a.PasswordResetUrl, a.EncryptedCnic);
                }
            }
            """,
            Verify.Diagnostic(0, "Account.CustomerCnic", "CNIC number", "ILogger.LogInformation"),
            Verify.Diagnostic(1, "Account.CNIC_NUMBER", "CNIC number", "ILogger.LogInformation"),
            Verify.Diagnostic(2, "Account.AadhaarNo", "Aadhaar number", "ILogger.LogInformation"),
            Verify.Diagnostic(3, "Account.Iban", "bank account number", "ILogger.LogInformation"),
            Verify.Diagnostic(4, "Account.Cvv", "card security code", "ILogger.LogInformation"),
            Verify.Diagnostic(5, "Account.ApiKey", "secret", "ILogger.LogInformation"),
            Verify.Diagnostic(6, "Account.PassportNumber", "passport number", "ILogger.LogInformation"),
            Verify.Diagnostic(7, "password", "password", "ILogger.LogInformation"));
    }

    [Theory]
    [InlineData("Cnic", "Cnic")]
    [InlineData("cnicNo", "Cnic")]
    [InlineData("CNIC_NUMBER", "Cnic")]
    [InlineData("customerAadhaar", "Aadhaar")]
    [InlineData("AadharNumber", "Aadhaar")]
    [InlineData("Pan", "Pan")]
    [InlineData("PanNumber", "Pan")]
    [InlineData("CardNumber", "PaymentCard")]
    [InlineData("creditCard", "PaymentCard")]
    [InlineData("Cvv2", "CardSecurityCode")]
    [InlineData("Cvc", "CardSecurityCode")]
    [InlineData("NewPassword", "Password")]
    [InlineData("Iban", "BankAccount")]
    [InlineData("BankAccountNumber", "BankAccount")]
    [InlineData("Ssn", "NationalId")]
    [InlineData("NationalId", "NationalId")]
    [InlineData("client_secret", "Secret")]
    [InlineData("AccessToken", "Secret")]
    public void Strong_names_match(string name, string kind) => Assert.Equal(kind, PiiNameMatcher.Match(name));

    [Theory]
    [InlineData("CnicVerified")]
    [InlineData("PasswordMinLength")]
    [InlineData("PasswordHash")]
    [InlineData("HashedPassword")]
    [InlineData("PanelId")]
    [InlineData("Company")]
    [InlineData("IsPanLinked")]
    [InlineData("Panorama")]
    [InlineData("CardType")]
    [InlineData("CardNumberLast4")]
    [InlineData("PasswordPolicy")]
    [InlineData("ApiKeyName")]
    [InlineData("Expansion")]
    [InlineData("Email")]
    [InlineData("Phone")]
    public void Look_alike_names_do_not_match(string name) => Assert.Null(PiiNameMatcher.Match(name));

    [Theory]
    [InlineData("CustomerNicop", "Cnic", true)]
    [InlineData("NtnNumber", "TaxId", true)]
    [InlineData("voter_id", "NationalId", true)]
    [InlineData("EpicNumber", "NationalId", true)]
    [InlineData("AadhaarNo", "Aadhaar", true)]
    [InlineData("Gstin", "Pan", true)]
    [InlineData("UpiId", "BankAccount", true)]
    [InlineData("vpa", "BankAccount", true)]
    [InlineData("PassportNumber", "Passport", true)]
    [InlineData("DebitCardNo", "PaymentCard", true)]
    [InlineData("OtpCode", "Secret", true)]
    [InlineData("Otp", "Secret", true)]
    [InlineData("RefreshToken", "Secret", true)]
    [InlineData("Imei", "PersonalData", true)]
    [InlineData("SmsText", "MessageContent", true)]
    [InlineData("CallRecordingUrl", "CallRecording", true)]
    [InlineData("RecordingUrl", "CallRecording", true)]
    [InlineData("ClientIp", "IpAddress", false)]
    [InlineData("RemoteIpAddress", "IpAddress", false)]
    [InlineData("contact_number", "PhoneNumber", false)]
    [InlineData("MobileNumber", "PhoneNumber", false)]
    [InlineData("BirthDate", "DateOfBirth", false)]
    [InlineData("Dob", "DateOfBirth", false)]
    [InlineData("CardholderName", "PersonName", false)]
    [InlineData("Surname", "PersonName", false)]
    [InlineData("HomeAddress", "PostalAddress", false)]
    [InlineData("Longitude", "PersonalData", false)]
    [InlineData("DeviceId", "PersonalData", false)]
    [InlineData("AadharCardNumber", "Aadhaar", true)]
    [InlineData("AadhaarCardNo", "Aadhaar", true)]
    [InlineData("PanCardNumber", "Pan", true)]
    [InlineData("CnicCardNumber", "Cnic", true)]
    [InlineData("AadhaarVid", "Aadhaar", true)]
    [InlineData("AadhaarUid", "Aadhaar", true)]
    [InlineData("UidNumber", "Aadhaar", true)]
    [InlineData("VidNumber", "Aadhaar", true)]
    [InlineData("SocialSecurityNumber", "NationalId", true)]
    [InlineData("NationalIdentificationNumber", "NationalId", true)]
    [InlineData("DrivingLicenceNumber", "IdentityDocument", true)]
    [InlineData("DriverLicenseNo", "IdentityDocument", true)]
    [InlineData("CardSecurityNumber", "CardSecurityCode", true)]
    [InlineData("Pin", "Secret", false)]
    [InlineData("PinNo", "Secret", false)]
    [InlineData("AtmPin", "Secret", true)]
    [InlineData("UpiPin", "Secret", true)]
    [InlineData("Mpin", "Secret", true)]
    [InlineData("Pwd", "Password", false)]
    [InlineData("NewPw", "Password", false)]
    [InlineData("AdharCardNo", "Aadhaar", true)]
    [InlineData("IdCardNumber", "IdentityDocument", true)]
    [InlineData("IdentityCardNo", "IdentityDocument", true)]
    [InlineData("PancardNumber", "Pan", true)]
    [InlineData("NationalIdentityNumber", "NationalId", true)]
    [InlineData("SecretAnswer", "Secret", true)]
    [InlineData("Imsi", "PersonalData", true)]
    [InlineData("SimSerialNumber", "PersonalData", true)]
    [InlineData("EmailId", "Email", false)]
    [InlineData("firstname", "PersonName", false)]
    [InlineData("mobilenumber", "PhoneNumber", false)]
    [InlineData("Secret", "Secret", true)]
    [InlineData("WebhookSecret", "Secret", true)]
    [InlineData("AccessKeySecret", "Secret", true)]
    [InlineData("SecretKey", "Secret", true)]
    [InlineData("AuthToken", "Secret", true)]
    [InlineData("PasswordResetToken", "Secret", true)]
    [InlineData("IdToken", "Secret", true)]
    [InlineData("TwoFactorRecoveryCode", "Secret", true)]
    [InlineData("Totp", "Secret", true)]
    [InlineData("SmsContent", "MessageContent", true)]
    [InlineData("WhatsappMessage", "MessageContent", true)]
    [InlineData("MessageBody", "MessageContent", false)]
    [InlineData("CardExpiry", "PaymentCard", false)]
    [InlineData("CardExpiryMonth", "PaymentCard", false)]
    [InlineData("AccountNumber", "BankAccount", false)]
    [InlineData("BeneficiaryAccountNo", "BankAccount", false)]
    [InlineData("CardHolderName", "PersonName", false)]
    [InlineData("NameOnCard", "PersonName", false)]
    [InlineData("MiddleName", "PersonName", false)]
    [InlineData("ContactName", "PersonName", false)]
    [InlineData("FaxNumber", "PhoneNumber", false)]
    [InlineData("DateOfBirthDay", "DateOfBirth", false)]
    [InlineData("CustomerPhone", "PhoneNumber", false)]
    [InlineData("BillingAddressLine1", "PostalAddress", false)]
    // From a held-out survey of public code (Bangladesh, Sri Lanka, India, Turkey): spellings and ID numbers it missed.
    [InlineData("Adharnumber", "Aadhaar", true)]
    [InlineData("AdhaarNo", "Aadhaar", true)]
    [InlineData("IdentityNumber", "NationalId", true)]
    [InlineData("GovernmentId", "NationalId", true)]
    [InlineData("NidNumber", "NationalId", true)]
    [InlineData("NICNumber", "NationalId", true)]
    [InlineData("IdDocumentNumber", "IdentityDocument", true)]
    [InlineData("IdNumber", "NationalId", false)]
    [InlineData("IDNO", "NationalId", false)]
    [InlineData("MotherName", "PersonName", false)]
    [InlineData("MothersName", "PersonName", false)]
    [InlineData("FathersName", "PersonName", false)]
    [InlineData("SpouseName", "PersonName", false)]
    [InlineData("DateofBirth", "DateOfBirth", false)]
    [InlineData("Birthdate", "DateOfBirth", false)]
    [InlineData("CellNumber", "PhoneNumber", false)]
    [InlineData("CellPhone", "PhoneNumber", false)]
    // From the issue 12 survey: the other end of a connection, a login name, tax numbers.
    [InlineData("RemoteEndPoint", "IpAddress", false)]
    [InlineData("remoteAddress", "IpAddress", false)]
    [InlineData("Username", "UserName", false)]
    [InlineData("EnteredUsername", "UserName", false)]
    [InlineData("TaxpayerId", "TaxId", true)]
    [InlineData("VatNumber", "TaxId", false)]
    public void Taxonomy_kind_and_strength(string name, string kind, bool strong)
    {
        var match = PiiNameMatcher.MatchWithStrength(name);
        Assert.NotNull(match);
        Assert.Equal((kind, strong), (match.Value.Kind, match.Value.Strength == NameStrength.Strong));
    }

    [Theory]
    [InlineData("AadhaarLinked")]
    [InlineData("IsAadhaarVerified")]
    [InlineData("PassportExpiry")]
    [InlineData("PassportType")]
    [InlineData("EmailConfirmed")]
    [InlineData("EmailDomain")]
    [InlineData("PhoneNumberConfirmed")]
    [InlineData("IpAddressHash")]
    [InlineData("AddressType")]
    [InlineData("NameFormat")]
    [InlineData("FirstNameLabel")]
    [InlineData("DobPlaceholder")]
    [InlineData("OtpLength")]
    [InlineData("PhoneCode")]
    [InlineData("EmailCode")]
    [InlineData("ApiKeyHeader")]
    [InlineData("MessageBodyTemplate")]
    [InlineData("UpiIdPattern")]
    [InlineData("StreetColumn")]
    [InlineData("Uid")]
    [InlineData("Vid")]
    [InlineData("VideoId")]
    [InlineData("PinCode")]
    [InlineData("IsPinned")]
    [InlineData("PinCount")]
    [InlineData("SecretName")]
    [InlineData("SecretVersion")]
    [InlineData("Token")]
    [InlineData("CsrfToken")]
    [InlineData("GiftCardCode")]
    [InlineData("SecurityNumber")]
    [InlineData("LicenseNumber")]
    [InlineData("CardExpiryFormat")]
    [InlineData("IsCardExpired")]
    [InlineData("AccountNumberMask")]
    [InlineData("CompanyAddress")]
    [InlineData("BusinessPhone")]
    [InlineData("SupportEmail")]
    [InlineData("ReplyToEmail")]
    [InlineData("BankContactPhone")]
    [InlineData("HostAddress")]
    [InlineData("BroadcastAddress")]
    [InlineData("ServerIp")]
    [InlineData("ProxyIpAddress")]
    [InlineData("RationCardNo")]
    [InlineData("GiftCardNumber")]
    [InlineData("NameInPan")]
    [InlineData("NameInAadhaar")]
    [InlineData("EmployerPhone")]
    [InlineData("Nid")]
    [InlineData("IdNumberFormat")]
    [InlineData("IsIdentityNumberVerified")]
    [InlineData("CellCount")]
    public void Taxonomy_look_alikes_say_nothing(string name) => Assert.Null(PiiNameMatcher.MatchWithStrength(name));

    [Theory]
    [InlineData("CNICNumber", "cnic|number")]
    [InlineData("cnic_number", "cnic|number")]
    [InlineData("customerAadhaar", "customer|aadhaar")]
    [InlineData("Cvv2", "cvv|2")]
    [InlineData("IOStream", "io|stream")]
    [InlineData("__x__", "x")]
    [InlineData("", "")]
    public void Identifiers_split_into_words(string identifier, string words) =>
        Assert.Equal(words, string.Join("|", IdentifierWords.Split(identifier)));
}
