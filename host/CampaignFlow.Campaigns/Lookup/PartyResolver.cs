using CampaignFlow.Campaigns.Eligibility;
using CampaignFlow.Domain;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Campaigns.Lookup;

/// <summary>
/// Resolves a request's customer and/or contact to rule inputs and target keys: a contact reaches its company and
/// the customer the company is linked to; a customer reaches the company contact linked to it.
/// </summary>
internal static class PartyResolver
{
    private const string Record = "Price request";

    public static async Task<PartyFacts> ResolveAsync(CampaignFlowDbContext db, PriceIndex index, string? customerNo, string? contactNo, CancellationToken cancellationToken)
    {
        var customerKeys = new HashSet<string>(StringComparer.Ordinal);
        var contactKeys = new HashSet<string>(StringComparer.Ordinal);
        Contact? contact = null;
        if (contactNo is not null)
        {
            contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.No == contactNo, cancellationToken)
                ?? throw new DomainException(Record, contactNo, nameof(PriceRequest.ContactNo), $"contact '{contactNo}' does not exist.");
            contactKeys.Add(contact.CompanyNo ?? contact.No);
        }
        var companyNo = contact is null ? null : contact.CompanyNo ?? contact.No;
        var companyRelations = companyNo is null ? [] : await RelationsAsync(db, companyNo, cancellationToken);
        var linkedCustomerNo = companyRelations.Where(r => r.LinkToTable == BusinessRelationLink.Customer && r.LinkNo is not null)
            .Select(r => r.LinkNo!).Order(StringComparer.Ordinal).FirstOrDefault();

        var effectiveCustomerNo = customerNo ?? linkedCustomerNo;
        Domain.Sales.Customer? customer = null;
        if (effectiveCustomerNo is not null)
        {
            customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.No == effectiveCustomerNo, cancellationToken);
            if (customer is null && customerNo is not null)
                throw new DomainException(Record, customerNo, nameof(PriceRequest.CustomerNo), $"customer '{customerNo}' does not exist.");
            customerKeys.Add(effectiveCustomerNo);
        }
        if (linkedCustomerNo is not null) customerKeys.Add(linkedCustomerNo);

        // A customer-only request still reaches its company contact: for Contact targets and for contact rules.
        if (contact is null && customerNo is not null)
        {
            var linkedCompany = await db.ContactBusinessRelations.AsNoTracking()
                .Where(r => r.LinkToTable == BusinessRelationLink.Customer && r.LinkNo == customerNo)
                .OrderBy(r => r.ContactNo).Select(r => r.ContactNo).FirstOrDefaultAsync(cancellationToken);
            if (linkedCompany is not null)
            {
                contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.No == linkedCompany, cancellationToken);
                if (contact is not null)
                {
                    companyNo = contact.CompanyNo ?? contact.No;
                    companyRelations = await RelationsAsync(db, companyNo, cancellationToken);
                    contactKeys.Add(companyNo);
                }
            }
        }

        var industries = companyNo is null ? [] : await db.ContactIndustryGroups.AsNoTracking()
            .Where(g => g.ContactNo == companyNo).Select(g => g.IndustryGroupCode).ToListAsync(cancellationToken);
        var targeted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in customerKeys)
            if (index.CampaignsByCustomer.TryGetValue(key, out var campaigns)) targeted.UnionWith(campaigns);
        foreach (var key in contactKeys)
            if (index.CampaignsByContact.TryGetValue(key, out var campaigns)) targeted.UnionWith(campaigns);

        return new PartyFacts(effectiveCustomerNo, contact?.No, ToFacts(customer), ToFacts(contact, companyRelations, industries), targeted);
    }

    private static Task<List<ContactBusinessRelation>> RelationsAsync(CampaignFlowDbContext db, string companyNo, CancellationToken cancellationToken) =>
        db.ContactBusinessRelations.AsNoTracking().Where(r => r.ContactNo == companyNo).ToListAsync(cancellationToken);

    private static EligibilityCustomer ToFacts(Domain.Sales.Customer? c) => c is null
        ? EligibilityCustomer.None
        : new(c.No, c.Name, c.CountryRegionCode ?? "", c.CurrencyCode ?? "", c.CustomerPriceGroup ?? "", c.CustomerDiscountGroup ?? "");

    private static EligibilityContact ToFacts(Contact? c, List<ContactBusinessRelation> relations, List<string> industries) => c is null
        ? EligibilityContact.None
        : new(c.No, c.Name, c.Type.ToString(), c.CompanyNo ?? "", c.CompanyName ?? "", c.CountryRegionCode ?? "", c.PostCode ?? "", c.City ?? "",
            c.SalespersonCode ?? "", c.TerritoryCode ?? "",
            [.. relations.Select(r => r.BusinessRelationCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. industries.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
}
