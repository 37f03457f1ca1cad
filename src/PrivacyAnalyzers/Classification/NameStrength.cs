namespace PrivacyAnalyzers.Classification
{
    /// <summary>How much a name alone says. Context (whose member it is, what surrounds it) decides the weaker ones;
    /// <see cref="PersonContext"/> reads it.</summary>
    internal enum NameStrength
    {
        /// <summary>Ambiguous without an owner (address, IP, full name, device id, PIN): counts where the member's, the
        /// type's or the method's name says a person (<c>Customer.Address</c>, <c>ClientIp</c>), or everywhere in
        /// <c>strict</c> mode unless the context says it is not a person's.</summary>
        NeedsPersonContext,

        /// <summary>A person's unless the context says a business's or the system's (email, phone, MSISDN, first and
        /// last name, username): <c>Order.Email</c> counts, <c>SupportEmail</c> and <c>SmtpSettings.Email</c> do not.</summary>
        PersonByDefault,

        /// <summary>Only people have it (date of birth, relatives' names, gender, home address): counts wherever it is,
        /// even in a type named after a business (<c>MerchantKyc.OwnerDateOfBirth</c>).</summary>
        PersonOnly,

        /// <summary>The data of its kind wherever it is (CNIC, card number, password, API key).</summary>
        Strong,
    }
}
