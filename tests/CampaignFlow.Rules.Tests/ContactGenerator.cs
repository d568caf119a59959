using CampaignFlow.Domain.Contacts;

namespace CampaignFlow.Rules.Tests;

/// <summary>Random but reproducible companies and persons with every fact a segment rule reads, nulls included.</summary>
internal static class ContactGenerator
{
    public static readonly string[] Jobs = ["PURCHASE", "SALES", "IT", "MANAGEMENT"];
    public static readonly string[] MailingGroups = ["NEWSLETTER", "XMAS", "EVENTS"];
    public static readonly string[] Industries = ["RETAIL", "IT", "WHOLESALE"];
    public static readonly string[] Relations = ["PROS", "CUST", "VEND"];
    private static readonly string?[] Countries = ["SE", "NO", "DK", "FI", "FR", "BE", "GB", null];
    private static readonly string?[] Languages = ["FR", "SV", "NB", "EN", null];

    public static List<Contact> Generate(int seed, int companies)
    {
        var random = new Random(seed);
        var contacts = new List<Contact>();
        var n = 0;
        for (var c = 0; c < companies; c++)
        {
            var company = Fill(Contact.NewCompany($"CT{++n:D5}", $"Company {c}"), random);
            foreach (var code in Pick(Industries, random))
            {
                company.IndustryGroups.Add(new ContactIndustryGroup { ContactNo = company.No, IndustryGroupCode = code });
            }
            foreach (var code in Pick(Relations, random))
            {
                company.BusinessRelations.Add(new ContactBusinessRelation
                {
                    ContactNo = company.No,
                    BusinessRelationCode = code,
                    LinkToTable = code == "CUST" ? BusinessRelationLink.Customer : BusinessRelationLink.None,
                    LinkNo = code == "CUST" && random.Next(4) > 0 ? $"C{c:D5}" : null,
                });
            }
            contacts.Add(company);
            for (var p = random.Next(5); p > 0; p--)
            {
                contacts.Add(Fill(Contact.NewPerson($"CT{++n:D5}", $"Person {n}", company), random));
            }
            if (random.Next(4) == 0)
            {
                contacts.Add(Fill(Contact.NewPerson($"CT{++n:D5}", $"Loner {n}"), random));
            }
        }
        return contacts;
    }

    private static Contact Fill(Contact contact, Random random)
    {
        contact.CountryRegionCode = Countries[random.Next(Countries.Length)];
        contact.LanguageCode = Languages[random.Next(Languages.Length)];
        contact.Email = random.Next(3) == 0 ? null : $"{contact.No.ToLowerInvariant()}@example.com";
        contact.CorrespondenceType = (CorrespondenceType)random.Next(4);
        contact.ExcludeFromSegment = random.Next(8) == 0;
        contact.SetPrivacy(random.Next(10) == 0);
        contact.City = random.Next(5) == 0 ? null : $"City {random.Next(20)}";
        foreach (var code in Pick(Jobs, random))
        {
            contact.JobResponsibilities.Add(new ContactJobResponsibility { ContactNo = contact.No, JobResponsibilityCode = code });
        }
        foreach (var code in Pick(MailingGroups, random))
        {
            contact.MailingGroups.Add(new ContactMailingGroup { ContactNo = contact.No, MailingGroupCode = code });
        }
        return contact;
    }

    private static IEnumerable<string> Pick(string[] codes, Random random) => codes.Where(_ => random.Next(3) == 0).ToList();
}
