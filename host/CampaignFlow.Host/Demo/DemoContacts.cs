using Bogus;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Sales;

namespace CampaignFlow.Host.Demo;

/// <summary>
/// A few hundred companies and persons in five languages, always the same (seeded), with the job
/// responsibilities, business relations and industry groups the walkthrough filters on.
/// </summary>
internal static class DemoContacts
{
    public const int Companies = 120;
    private static readonly string[] ActiveSalespeople = ["JO", "OF", "PS", "RB", "HR"];
    private static readonly string[] Industries = ["RETAIL", "MANUFACT", "WHOLESALE", "SERVICES", "IT", "CONSULT"];
    private static readonly string[] Jobs = ["PURCHASE", "SALES", "IT", "MANAGEMENT", "MARKETING", "ACCOUNTING"];

    public sealed record Result(List<Contact> Contacts, List<Customer> Customers);

    public static Result Generate()
    {
        var random = new Randomizer(1996);
        var contacts = new List<Contact>();
        var customers = new List<Customer>();
        var number = 0;
        string NextNo() => $"CT{++number:D6}";

        for (var i = 0; i < Companies; i++)
        {
            var (language, country, locale) = DemoSetup.Languages[i % DemoSetup.Languages.Length];
            var faker = new Faker(locale) { Random = random };
            var company = Contact.NewCompany(NextNo(), faker.Company.CompanyName());
            Locate(company, faker, language, country);
            company.SalespersonCode = random.ArrayElement(ActiveSalespeople);
            company.Email = $"info{i + 1}@{Slug(company.Name)}.example";
            company.CorrespondenceType = CorrespondenceType.HardCopy;
            company.IndustryGroups.Add(new ContactIndustryGroup { ContactNo = company.No, IndustryGroupCode = Industries[i % Industries.Length] });

            // Relations: 40 % prospects, 30 % customers (linked), the rest vendors, press or none.
            var roll = random.Int(0, 99);
            if (roll < 40) AddRelation(company, "PROS");
            else if (roll < 70)
            {
                var customer = new Customer { No = $"C{customers.Count + 1:D5}0", Name = company.Name, CountryRegionCode = country };
                customers.Add(customer);
                company.BusinessRelations.Add(new ContactBusinessRelation
                {
                    ContactNo = company.No, BusinessRelationCode = "CUST", LinkToTable = BusinessRelationLink.Customer, LinkNo = customer.No,
                });
            }
            else if (roll < 80) AddRelation(company, "VEND");
            else if (roll < 85) AddRelation(company, "PRESS");
            contacts.Add(company);

            var persons = random.Int(1, 4);
            for (var p = 0; p < persons; p++)
            {
                var person = Contact.NewPerson(NextNo(), faker.Name.FullName(), company);
                Locate(person, faker, language, country);
                person.SalespersonCode = company.SalespersonCode;
                person.Email = random.Int(0, 9) < 8 ? faker.Internet.Email(person.Name.Split(' ')[0], null, $"{Slug(company.Name)}.example") : null;
                person.CorrespondenceType = person.Email is null ? CorrespondenceType.HardCopy : random.ArrayElement([CorrespondenceType.HardCopy, CorrespondenceType.Email]);
                person.ExcludeFromSegment = random.Int(0, 49) == 0;
                // The first person of every other company buys: the walkthrough's PURCHASE filter finds them.
                var job = p == 0 && i % 2 == 0 ? "PURCHASE" : random.ArrayElement(Jobs);
                person.JobResponsibilities.Add(new ContactJobResponsibility { ContactNo = person.No, JobResponsibilityCode = job });
                if (random.Int(0, 3) == 0)
                    person.MailingGroups.Add(new ContactMailingGroup { ContactNo = person.No, MailingGroupCode = "TRADESHOW" });
                contacts.Add(person);
            }
        }
        return new Result(contacts, customers);
    }

    private static void AddRelation(Contact company, string code) =>
        company.BusinessRelations.Add(new ContactBusinessRelation { ContactNo = company.No, BusinessRelationCode = code });

    private static void Locate(Contact contact, Faker faker, string language, string country)
    {
        contact.LanguageCode = language;
        contact.CountryRegionCode = country;
        contact.City = Truncate(faker.Address.City(), 30);
        contact.PostCode = Truncate(faker.Address.ZipCode(), 20);
        contact.Address = Truncate(faker.Address.StreetAddress(), 100);
        contact.PhoneNo = Truncate(faker.Phone.PhoneNumber(), 30);
    }

    private static string Slug(string name)
    {
        var letters = name.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(char.IsAsciiLetterOrDigit).Take(20).ToArray();
        return letters.Length == 0 ? "company" : new string(letters);
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
