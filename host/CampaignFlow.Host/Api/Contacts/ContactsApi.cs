using CampaignFlow.Domain;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Security;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Host.Api.Contacts;

/// <summary><c>/api/contacts</c>: list with search, filters and paging (viewer); create, replace, delete (marketing).</summary>
public static class ContactsApi
{
    public static RouteGroupBuilder MapContactsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/contacts").WithTags("Contacts");
        group.MapGet("/", (CampaignFlowDbContext db, [AsParameters] ContactQuery query, IOptions<ApiOptions> options, CancellationToken ct) =>
            ContactSearch.RunAsync(db, query, options.Value, ct)).RequireAuthorization(Roles.Viewer);
        group.MapGet("/{no}", async (string no, CampaignFlowDbContext db, CancellationToken ct) =>
            await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.No == no, ct) is { } c ? Results.Ok(ContactDto.From(c)) : ApiProblems.NotFound("Contact", no))
            .RequireAuthorization(Roles.Viewer);
        group.MapPost("/", CreateAsync).RequireAuthorization(Roles.Marketing);
        group.MapPut("/{no}", ReplaceAsync).RequireAuthorization(Roles.Marketing);
        group.MapDelete("/{no}", DeleteAsync).RequireAuthorization(Roles.Marketing);
        return group;
    }

    private static async Task<IResult> CreateAsync(ContactRequest request, CampaignFlowDbContext db, NumberSeriesAllocator numbers, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var no = string.IsNullOrWhiteSpace(request.No) ? await numbers.NextAsync(NumberSeries.Contacts, ct) : request.No;
        if (await db.Contacts.AnyAsync(c => c.No == no, ct)) throw new ApiConflictException($"Contact '{no}' already exists.");
        var contact = new Contact { No = no, Type = request.Type!.Value };
        await ApplyAsync(contact, request, db, ct);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Results.Created($"/api/contacts/{Uri.EscapeDataString(no)}", ContactDto.From(contact));
    }

    private static async Task<IResult> ReplaceAsync(string no, ContactRequest request, CampaignFlowDbContext db, CancellationToken ct)
    {
        if (request.No is not null && request.No != no) throw new ApiValidationException(nameof(ContactRequest.No), $"'{request.No}' differs from the contact in the address ('{no}').");
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.No == no, ct);
        if (contact is null) return ApiProblems.NotFound("Contact", no);
        if (request.Type != contact.Type) throw new ApiValidationException(nameof(ContactRequest.Type), $"cannot be changed (the contact is a {contact.Type}).");
        var renamed = contact.Type == ContactType.Company && contact.Name != request.Name;
        await ApplyAsync(contact, request, db, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        // Persons carry their company's name for sorting segment lines.
        if (renamed) await db.Contacts.Where(c => c.CompanyNo == no && c.No != no).ExecuteUpdateAsync(s => s.SetProperty(c => c.CompanyName, contact.Name), ct);
        await transaction.CommitAsync(ct);
        return Results.Ok(ContactDto.From(contact));
    }

    private static async Task<IResult> DeleteAsync(string no, CampaignFlowDbContext db, CancellationToken ct)
    {
        if (!await db.Contacts.AnyAsync(c => c.No == no, ct)) return ApiProblems.NotFound("Contact", no);
        var persons = await db.Contacts.CountAsync(c => c.CompanyNo == no && c.No != no, ct);
        if (persons > 0) throw new ApiConflictException($"Contact '{no}' is the company of {persons} person(s); delete or move them first.");
        await db.Contacts.Where(c => c.No == no).ExecuteDeleteAsync(ct);
        return Results.NoContent();
    }

    private static async Task ApplyAsync(Contact contact, ContactRequest request, CampaignFlowDbContext db, CancellationToken ct)
    {
        contact.Name = request.Name!;
        if (contact.Type == ContactType.Company)
        {
            if (request.CompanyNo is not null && request.CompanyNo != contact.No)
                throw new ApiValidationException(nameof(ContactRequest.CompanyNo), "a company's Company No. is its own No.; leave it out.");
            contact.CompanyNo = contact.No;
            contact.CompanyName = contact.Name;
        }
        else if (request.CompanyNo is null)
        {
            contact.CompanyNo = null;
            contact.CompanyName = null;
        }
        else
        {
            var company = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.No == request.CompanyNo, ct)
                ?? throw new ApiValidationException(nameof(ContactRequest.CompanyNo), $"contact '{request.CompanyNo}' does not exist.");
            contact.AssignCompany(company);
            contact.Company = null; // keep the company untracked; the key is enough
        }
        if (request.SalespersonCode is not null)
        {
            var salesperson = await db.Salespeople.AsNoTracking().SingleOrDefaultAsync(s => s.Code == request.SalespersonCode, ct)
                ?? throw new ApiValidationException(nameof(ContactRequest.SalespersonCode), $"salesperson '{request.SalespersonCode}' does not exist.");
            if (salesperson.Code != contact.SalespersonCode) salesperson.EnsureAssignable();
        }
        contact.SalespersonCode = request.SalespersonCode;
        contact.TerritoryCode = request.TerritoryCode;
        contact.CountryRegionCode = request.CountryRegionCode;
        contact.PostCode = request.PostCode;
        contact.City = request.City;
        contact.Address = request.Address;
        contact.LanguageCode = request.LanguageCode;
        contact.Email = request.Email;
        contact.PhoneNo = request.PhoneNo;
        contact.CorrespondenceType = request.CorrespondenceType ?? CorrespondenceType.None;
        contact.ExcludeFromSegment = request.ExcludeFromSegment ?? false;
    }
}
