namespace CampaignFlow.Domain.Contacts;

/// <summary>
/// A company or a person. A company's <see cref="CompanyNo"/> is its own No. (as in BC), so industry
/// groups and business relations — stored on companies — are reached from any contact through
/// <see cref="Company"/>.
/// </summary>
public sealed class Contact : IValidatable
{
    private const string Record = nameof(Contact);

    public string No { get; set; } = "";
    public string Name { get; set; } = "";
    public ContactType Type { get; set; }
    public string? CompanyNo { get; set; }
    public Contact? Company { get; set; }
    /// <summary>The company's name, kept on every contact for sorting segment lines as BC does.</summary>
    public string? CompanyName { get; set; }
    public string? SalespersonCode { get; set; }
    public string? TerritoryCode { get; set; }
    public string? CountryRegionCode { get; set; }
    public string? PostCode { get; set; }
    public string? City { get; set; }
    public string? Address { get; set; }
    public string? LanguageCode { get; set; }
    public string? Email { get; set; }
    public string? PhoneNo { get; set; }
    public CorrespondenceType CorrespondenceType { get; set; }
    public bool ExcludeFromSegment { get; set; }
    public bool Minor { get; private set; }
    public bool ParentalConsentReceived { get; private set; }
    public bool PrivacyBlocked { get; private set; }

    public List<ContactJobResponsibility> JobResponsibilities { get; init; } = [];
    public List<ContactMailingGroup> MailingGroups { get; init; } = [];
    public List<ContactIndustryGroup> IndustryGroups { get; init; } = [];
    public List<ContactBusinessRelation> BusinessRelations { get; init; } = [];

    /// <summary>
    /// The contact's interaction log entries (by Contact No.): a navigation for rules such as
    /// <c>contact.Interactions.Any(i => i.TemplateCode == "BUS")</c>, read in SQL as a subquery; the log itself is
    /// written by logging segments, never through this list.
    /// </summary>
    public List<Interactions.InteractionLogEntry> Interactions { get; init; } = [];

    /// <summary>Makes a company contact; its Company No. is its own No.</summary>
    public static Contact NewCompany(string no, string name) =>
        new() { No = no, Name = name, Type = ContactType.Company, CompanyNo = no, CompanyName = name };

    /// <summary>Makes a person, optionally working for <paramref name="company"/>.</summary>
    public static Contact NewPerson(string no, string name, Contact? company = null)
    {
        var person = new Contact { No = no, Name = name, Type = ContactType.Person };
        if (company is not null) person.AssignCompany(company);
        return person;
    }

    /// <summary>Links a person to its company; the company must be a Company contact.</summary>
    public void AssignCompany(Contact company)
    {
        ArgumentNullException.ThrowIfNull(company);
        if (Type != ContactType.Person)
            throw new DomainException(Record, No, nameof(CompanyNo), "only a person can be assigned to a company.");
        if (company.Type != ContactType.Company)
            throw new DomainException(Record, No, nameof(CompanyNo), $"contact '{company.No}' is a person, not a company.");
        Company = company;
        CompanyNo = company.No;
        CompanyName = company.Name;
    }

    /// <summary>Privacy Blocked is forced on for a minor without parental consent.</summary>
    public void SetPrivacy(bool blocked, bool minor = false, bool parentalConsentReceived = false)
    {
        Minor = minor;
        ParentalConsentReceived = minor && parentalConsentReceived;
        PrivacyBlocked = blocked || (minor && !parentalConsentReceived);
    }

    public bool HasEmail => !string.IsNullOrWhiteSpace(Email);

    /// <summary>The customer this contact's company is linked to, if any.</summary>
    public string? LinkedCustomerNo(IEnumerable<ContactBusinessRelation> companyRelations) =>
        companyRelations.FirstOrDefault(r => r.LinkToTable == BusinessRelationLink.Customer && r.LinkNo is not null)?.LinkNo;

    public void Validate()
    {
        Require.Code(Record, No, nameof(No), No);
        Require.Text(Record, No, nameof(Name), Name);
        Require.OptionalCode(Record, No, nameof(SalespersonCode), SalespersonCode);
        Require.OptionalCode(Record, No, nameof(LanguageCode), LanguageCode);
        Require.MaxLength(Record, No, nameof(Email), Email, 80);
        if (Email is { Length: > 0 } email && (!email.Contains('@', StringComparison.Ordinal) || email.StartsWith('@') || email.EndsWith('@')))
            throw new DomainException(Record, No, nameof(Email), $"'{email}' is not an e-mail address.");
        if (Type == ContactType.Company && CompanyNo is not null && CompanyNo != No)
            throw new DomainException(Record, No, nameof(CompanyNo), "a company's Company No. must be its own No.");
        if (Type == ContactType.Person && Company is { Type: ContactType.Person })
            throw new DomainException(Record, No, nameof(CompanyNo), $"contact '{Company.No}' is a person, not a company.");
        if (Type == ContactType.Person && CompanyNo == No)
            throw new DomainException(Record, No, nameof(CompanyNo), "a person cannot be its own company.");
        if (Minor && !ParentalConsentReceived && !PrivacyBlocked)
            throw new DomainException(Record, No, nameof(PrivacyBlocked), "a minor without parental consent must be privacy blocked.");
        if (Type == ContactType.Person && (IndustryGroups.Count > 0 || BusinessRelations.Count > 0))
            throw new DomainException(Record, No, nameof(BusinessRelations), "industry groups and business relations belong to the company, not to a person.");
    }
}
