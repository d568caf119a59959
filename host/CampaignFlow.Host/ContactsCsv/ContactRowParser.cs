using CampaignFlow.Domain;
using CampaignFlow.Domain.Contacts;
using CsvHelper;

namespace CampaignFlow.Host.ContactsCsv;

/// <summary>
/// Turns one CSV row into a valid contact or says why not (field and reason). Knows the companies seen so
/// far (in the store and earlier in the file), the salespeople and the languages, so a row that would
/// break a reference is rejected before anything is written. A row without a No. gets the next number of the
/// CONTACT series (from <c>allocate</c>, called only once the rest of the row is valid, so a bad row uses no number).
/// </summary>
internal sealed class ContactRowParser(Dictionary<string, string> companies, HashSet<string> salespeople, HashSet<string> languages, IReadOnlyList<string> header)
{
    /// <summary>The columns in <see cref="ContactCsvColumns.All"/> order; fields are read by position (no header lookup per field).</summary>
    private enum Col { No, Name, Type, CompanyNo, SalespersonCode, TerritoryCode, CountryRegionCode, PostCode, City, Address, LanguageCode, Email, PhoneNo, CorrespondenceType, ExcludeFromSegment }

    private readonly int[] _position = ContactCsvColumns.All.Select(c => IndexOf(header, c)).ToArray();

    public Contact? Parse(CsvReader csv, int row, Func<string>? allocate, out RejectedRow? rejected)
    {
        rejected = null;
        string? Field(Col column)
        {
            var value = csv.GetStringOrNull(_position[(int)column])?.Trim();
            return string.IsNullOrEmpty(value) ? null : value;
        }
        RejectedRow Reject(string field, string reason) => new(row, Field(Col.No), field, reason);

        var no = Field(Col.No);
        if (no is null && allocate is null) { rejected = Reject("No", "is required (the CONTACT number series that numbers blank rows is not set up)."); return null; }
        var name = Field(Col.Name);
        if (name is null) { rejected = Reject("Name", "is required."); return null; }
        if (!Enum.TryParse<ContactType>(Field(Col.Type), ignoreCase: true, out var type) || !Enum.IsDefined(type))
        {
            rejected = Reject("Type", $"'{Field(Col.Type)}' is not Company or Person.");
            return null;
        }
        var correspondence = CorrespondenceType.None;
        if (Field(Col.CorrespondenceType) is { } ct && (!Enum.TryParse(ct.Replace(" ", "", StringComparison.Ordinal), ignoreCase: true, out correspondence) || !Enum.IsDefined(correspondence)))
        {
            rejected = Reject("CorrespondenceType", $"'{ct}' is not one of None, HardCopy, Email, Phone.");
            return null;
        }
        var exclude = false;
        if (Field(Col.ExcludeFromSegment) is { } ex && !TryParseBool(ex, out exclude))
        {
            rejected = Reject("ExcludeFromSegment", $"'{ex}' is not true/false (or yes/no, 1/0).");
            return null;
        }

        var contact = new Contact
        {
            No = no ?? "", Name = name, Type = type, SalespersonCode = Field(Col.SalespersonCode), TerritoryCode = Field(Col.TerritoryCode),
            CountryRegionCode = Field(Col.CountryRegionCode), PostCode = Field(Col.PostCode), City = Field(Col.City), Address = Field(Col.Address),
            LanguageCode = Field(Col.LanguageCode), Email = Field(Col.Email), PhoneNo = Field(Col.PhoneNo), CorrespondenceType = correspondence,
            ExcludeFromSegment = exclude,
        };
        var companyNo = Field(Col.CompanyNo);
        if (type == ContactType.Company)
        {
            if (companyNo is not null && (no is null || companyNo != no)) { rejected = Reject("CompanyNo", "a company's Company No. is its own No.; leave it blank."); return null; }
            contact.CompanyName = name;
        }
        else if (companyNo is not null)
        {
            if (companyNo == no) { rejected = Reject("CompanyNo", "a person cannot be its own company."); return null; }
            if (!companies.TryGetValue(companyNo, out var companyName))
            {
                rejected = Reject("CompanyNo", $"company '{companyNo}' is neither in the store nor earlier in the file.");
                return null;
            }
            contact.CompanyNo = companyNo;
            contact.CompanyName = companyName;
        }
        if (contact.SalespersonCode is { } sp && !salespeople.Contains(sp)) { rejected = Reject("SalespersonCode", $"salesperson '{sp}' does not exist."); return null; }
        if (contact.LanguageCode is { } lang && !languages.Contains(lang)) { rejected = Reject("LanguageCode", $"language '{lang}' does not exist."); return null; }
        if (TooLong(contact) is { } tooLong) { rejected = Reject(tooLong.Field, $"is longer than {tooLong.Max} characters."); return null; }
        if (no is null) contact.No = PendingNo; // validated with a stand-in, numbered only when valid
        try
        {
            contact.Validate();
        }
        catch (DomainException e)
        {
            rejected = Reject(e.Field ?? "Row", e.Reason);
            return null;
        }
        if (no is null)
        {
            no = allocate!();
            contact.No = no;
        }
        if (type == ContactType.Company)
        {
            contact.CompanyNo = no;
            companies[no] = name;
        }
        return contact;
    }

    private const string PendingNo = "NEW";

    private static int IndexOf(IReadOnlyList<string> header, string column)
    {
        for (var i = 0; i < header.Count; i++) if (string.Equals(header[i], column, StringComparison.Ordinal)) return i;
        throw new ContactCsvException($"Line 1 (header): missing column {column}.");
    }

    private static (string Field, int Max)? TooLong(Contact c) =>
        c.No.Length > 20 ? ("No", 20) : c.Name.Length > 100 ? ("Name", 100) : c.City?.Length > 30 ? ("City", 30) : c.PostCode?.Length > 20 ? ("PostCode", 20)
        : c.CountryRegionCode?.Length > 10 ? ("CountryRegionCode", 10) : c.Address?.Length > 100 ? ("Address", 100) : c.PhoneNo?.Length > 30 ? ("PhoneNo", 30)
        : c.TerritoryCode?.Length > 20 ? ("TerritoryCode", 20) : null;

    private static bool TryParseBool(string text, out bool value)
    {
        switch (text.ToUpperInvariant())
        {
            case "TRUE" or "YES" or "1": value = true; return true;
            case "FALSE" or "NO" or "0": value = false; return true;
            default: value = false; return false;
        }
    }
}
