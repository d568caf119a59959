using CampaignFlow.Domain.Contacts;

namespace CampaignFlow.Rules.Facts;

/// <summary>
/// What a rule sees of a contact. Related sets read as collections of codes, so
/// contact.JobResponsibilities.Contains("PURCHASE") works; industry groups and business relations come from the
/// contact's company (a person inherits its company's), via the Company navigation in SQL. In memory a missing
/// Company navigation never throws: a company uses its own sets, a person without a company has none.
/// Interactions are the contact's own interaction log entries (<see cref="InteractionFacts"/>), a subquery in SQL.
/// </summary>
public static class ContactFacts
{
    public static FactMap<Contact> Map { get; } = Build();

    private static FactMap<Contact> Build()
    {
        var map = new FactMap<Contact>()
            .Add("No", c => c.No)
            .Add("Name", c => c.Name)
            .Add("Type", c => c.Type)
            .Add("CompanyNo", c => c.CompanyNo)
            .Add("CompanyName", c => c.CompanyName)
            .Add("SalespersonCode", c => c.SalespersonCode)
            .Add("TerritoryCode", c => c.TerritoryCode)
            .Add("CountryRegionCode", c => c.CountryRegionCode)
            .Add("PostCode", c => c.PostCode)
            .Add("City", c => c.City)
            .Add("LanguageCode", c => c.LanguageCode)
            .Add("Email", c => c.Email)
            .Add("PhoneNo", c => c.PhoneNo)
            .Add("CorrespondenceType", c => c.CorrespondenceType)
            .Add("ExcludeFromSegment", c => c.ExcludeFromSegment)
            .Add("PrivacyBlocked", c => c.PrivacyBlocked)
            .Add("HasEmail", c => c.Email != null && c.Email.Trim() != "")
            .Add("JobResponsibilities", c => c.JobResponsibilities.Select(j => j.JobResponsibilityCode))
            .Add("MailingGroups", c => c.MailingGroups.Select(m => m.MailingGroupCode))
            .Add(
                "IndustryGroups",
                c => c.Company!.IndustryGroups.Select(i => i.IndustryGroupCode),
                c => c.Company != null
                    ? c.Company.IndustryGroups.Select(i => i.IndustryGroupCode)
                    : c.Type == ContactType.Company ? c.IndustryGroups.Select(i => i.IndustryGroupCode) : Enumerable.Empty<string>())
            .Add(
                "BusinessRelations",
                c => c.Company!.BusinessRelations.Select(r => r.BusinessRelationCode),
                c => c.Company != null
                    ? c.Company.BusinessRelations.Select(r => r.BusinessRelationCode)
                    : c.Type == ContactType.Company ? c.BusinessRelations.Select(r => r.BusinessRelationCode) : Enumerable.Empty<string>())
            .Add(
                "CustomerNo",
                c => c.Company!.BusinessRelations.Where(r => r.LinkToTable == BusinessRelationLink.Customer).Select(r => r.LinkNo).FirstOrDefault(),
                c => (c.Company ?? (c.Type == ContactType.Company ? c : null)) == null
                    ? null
                    : (c.Company ?? c).BusinessRelations.Where(r => r.LinkToTable == BusinessRelationLink.Customer).Select(r => r.LinkNo).FirstOrDefault())
            .Add("Company", c => c.Company, c => c.Company ?? (c.Type == ContactType.Company ? c : null))
            .Add("Interactions", c => c.Interactions.AsEnumerable());
        return map;
    }
}
