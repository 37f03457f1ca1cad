namespace PrivacyAnalyzers.Annotations
{
    /// <summary>The kind of personal data a member holds. Decides how <see cref="Pii.Mask(string, PiiKind)"/> masks it.</summary>
    public enum PiiKind
    {
        /// <summary>Personal data of no more specific kind; masked completely.</summary>
        PersonalData = 0,
        /// <summary>Pakistani Computerized National Identity Card number (#####-#######-#).</summary>
        Cnic,
        /// <summary>Indian Aadhaar number (12 digits).</summary>
        Aadhaar,
        /// <summary>Indian Permanent Account Number (AAAAA9999A).</summary>
        Pan,
        /// <summary>Any other national identity number (SSN, NIN ...).</summary>
        NationalId,
        /// <summary>Passport number.</summary>
        Passport,
        /// <summary>Payment card number (PAN in the PCI-DSS sense).</summary>
        PaymentCard,
        /// <summary>Card security code (CVV, CVC, CID); never shown, never stored.</summary>
        CardSecurityCode,
        /// <summary>Bank account number or IBAN.</summary>
        BankAccount,
        /// <summary>A password or passphrase.</summary>
        Password,
        /// <summary>A secret: API key, access token, private key, one-time code.</summary>
        Secret,
        /// <summary>Email address.</summary>
        Email,
        /// <summary>Phone number or MSISDN.</summary>
        PhoneNumber,
        /// <summary>A person's name.</summary>
        PersonName,
        /// <summary>Postal or street address.</summary>
        PostalAddress,
        /// <summary>Date of birth.</summary>
        DateOfBirth,
        /// <summary>IP address.</summary>
        IpAddress,
        /// <summary>Body or content of a message (SMS, WhatsApp, email).</summary>
        MessageContent,
        /// <summary>A call recording or a reference to one.</summary>
        CallRecording,
        /// <summary>An identity document (scan, image, document number of no more specific kind).</summary>
        IdentityDocument,
        /// <summary>A username or login name: an online identifier of a person.</summary>
        UserName,
        /// <summary>A tax identification number (NTN, TIN, VAT ID).</summary>
        TaxId,
    }
}
