using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Classification
{
    /// <summary>
    /// Whether the context of a name says the value is a person's: the member's or local's own name, the method it sits
    /// in, and the type (and enclosing types) that hold it. A name that is not strong counts only as far as this allows:
    /// <c>Customer.Address</c> is a person's, <c>ServerConfig.Address</c> (with a <c>Port</c> beside it) is not,
    /// <c>StoreSettings.Email</c> is the shop's. See <see cref="NameStrength"/>.
    /// </summary>
    internal static class PersonContext
    {
        // Words in a member's, method's or type's name that say whose data it is: a person's.
        private static readonly HashSet<string> PersonWords = new HashSet<string>
        {
            "person", "people", "user", "customer", "subscriber", "recipient", "sender", "patient", "employee", "member",
            "profile", "holder", "applicant", "kyc", "citizen", "beneficiary", "student", "passenger", "guest",
            "visitor", "buyer", "shopper", "consumer", "payer", "traveler", "traveller", "attendee", "participant",
            "candidate", "borrower", "owner", "admin", "administrator", "author", "signer", "parent", "guardian",
            "spouse", "staff", "volunteer", "donor", "caller", "callee", "personal",
        };

        // Words that make a person likely (a sign-up form, a billing address) but do not outweigh a business's record:
        // Organization.BillingEmail is the organization's.
        private static readonly HashSet<string> PersonLikelyWords = new HashSet<string>
        {
            "registration", "register", "signup", "login", "signin", "billing", "shipping", "delivery",
        };

        // Words that say a person only as the type's name (a Contact, a ContactDto): a ContactEmail member of a shop's
        // settings is the shop's address for being contacted.
        private static readonly HashSet<string> PersonTypeWords = new HashSet<string> { "contact", "contacts" };

        // For an IP address, the one who made the request is the person (ClientIp, RemoteIpAddress, CallerIp), and so is
        // the one an audit event, an activity log entry or a request context records (Event.IpAddress, CurrentContext.IpAddress).
        private static readonly HashSet<string> RequesterWords = new HashSet<string>
        {
            "client", "remote", "caller", "requester", "request", "visitor", "origin", "source", "login", "signin",
            "event", "audit", "activity", "session", "context",
        };

        // Type-name words of settings and of a business's own records: their contact details are the system's or the
        // business's (an SMTP sender, a shop's phone, a pickup point's coordinates), not a person's.
        private static readonly HashSet<string> NonPersonalContainerWords = new HashSet<string>
        {
            "settings", "setting", "options", "config", "configuration", "company", "business", "merchant", "pickup",
            "branch", "warehouse", "institute", "institution", "organisation", "organization", "hospital", "clinic",
            "supplier", "vendor", "trader", "store", "shop", "server", "host", "network", "tuner", "device", "office",
            "smtp", "provider",
        };

        // A login name in a connection's, a database's or a mail server's record is a service account's: the
        // Username of a connection string is not a person's (but a WebSocketConnection's RemoteEndPoint is the client's).
        private static readonly HashSet<string> ServiceLoginContainerWords = new HashSet<string>
        {
            "connection", "database", "db", "ftp", "ldap", "sql",
        };

        // Neighbours that make an address or IP a machine's: ServerEndpoint { Address, Port }.
        private static readonly string[] NetworkNeighbours =
        {
            "Port", "Host", "HostName", "Hostname", "Url", "Uri", "Scheme", "Protocol", "Endpoint", "Subnet", "Gateway", "Netmask",
        };

        // Neighbours that make a full name a file's or a type's: FileEntry { FullName, Extension, Length }.
        private static readonly string[] FileNeighbours =
        {
            "Extension", "Directory", "DirectoryName", "FullPath", "Path", "Length", "Namespace", "AssemblyName",
        };

        /// <summary>Whether a name of <paramref name="strength"/> and <paramref name="kind"/> on <paramref name="symbol"/>
        /// (a field, property, parameter or local) counts as personal data. <paramref name="everyWeakName"/> is the
        /// <c>strict</c> setting: names that need a person's context count unless the context says otherwise.</summary>
        public static bool Counts(ISymbol symbol, string kind, NameStrength strength, bool everyWeakName)
        {
            switch (strength)
            {
                case NameStrength.Strong:
                case NameStrength.PersonOnly:
                    return true;
                case NameStrength.PersonByDefault:
                    return !SaysNotAPerson(symbol, kind);
                default:
                    return (everyWeakName || SaysAPerson(symbol, kind)) && !SaysNotAPerson(symbol, kind);
            }
        }

        private static bool SaysAPerson(ISymbol symbol, string kind)
        {
            if (NamesAPerson(symbol.Name, kind, isTypeName: false))
            {
                return true;
            }

            // A parameter or local: the method it belongs to (RegisterCustomer(string address)).
            if (symbol is IParameterSymbol or ILocalSymbol && symbol.ContainingSymbol is IMethodSymbol method
                && NamesAPerson(method.Name, kind, isTypeName: false))
            {
                return true;
            }

            for (var type = symbol.ContainingType; type is not null; type = type.ContainingType)
            {
                if (NamesAPerson(type.Name, kind, isTypeName: true))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a member's, method's or type's name says the value is a person's (for an IP address, also the
        /// requester's); <c>contact</c> counts only in a type's name.</summary>
        private static bool NamesAPerson(string name, string kind, bool isTypeName) =>
            HasWord(name, PersonWords) || HasWord(name, PersonLikelyWords)
            || (isTypeName && HasWord(name, PersonTypeWords))
            || (kind == PiiKinds.IpAddress && HasWord(name, RequesterWords));

        /// <summary>A settings type or a business's own record (unless the member's or the type's name puts a person back:
        /// <c>AlertSettings.AdminEmail</c>), or neighbours that make the value a machine's or a file's.</summary>
        private static bool SaysNotAPerson(ISymbol symbol, string kind)
        {
            if (symbol is IFieldSymbol or IPropertySymbol && symbol.ContainingType is { } owner
                && ((kind is PiiKinds.PostalAddress or PiiKinds.IpAddress && HasAnyMember(owner, NetworkNeighbours))
                    || (kind == PiiKinds.PersonName && HasAnyMember(owner, FileNeighbours))))
            {
                return true;
            }

            if (HasWord(symbol.Name, PersonWords))
            {
                return false;
            }

            for (var type = symbol.ContainingType; type is not null; type = type.ContainingType)
            {
                if (HasWord(type.Name, PersonWords))
                {
                    return false;
                }

                if (HasWord(type.Name, NonPersonalContainerWords, orItsSingular: true)
                    || (kind == PiiKinds.UserName && HasWord(type.Name, ServiceLoginContainerWords)))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasAnyMember(INamedTypeSymbol type, string[] names)
        {
            foreach (var name in names)
            {
                if (!type.GetMembers(name).IsEmpty)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a word of <paramref name="name"/> (or, when asked, its singular: EntInstitutes, StoreSettings,
        /// Customers) is in <paramref name="words"/>.</summary>
        private static bool HasWord(string name, HashSet<string> words, bool orItsSingular = true)
        {
            foreach (var word in IdentifierWords.Split(name))
            {
                if (words.Contains(word) || (orItsSingular && word.Length > 1 && word[word.Length - 1] == 's' && words.Contains(word.Substring(0, word.Length - 1))))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
