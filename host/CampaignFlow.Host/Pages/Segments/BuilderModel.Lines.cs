using System.Globalization;
using CampaignFlow.Host.Api;

namespace CampaignFlow.Host.Pages.Segments;

/// <summary>The builder's hand work: reuse saved criteria or a logged segment, add a contact, remove a line, set a line's flags.</summary>
public sealed partial class BuilderModel
{
    public Task<Microsoft.AspNetCore.Mvc.IActionResult> OnPostReuseCriteriaAsync() => ChangeAsync("reuse", async ct =>
    {
        var code = SegmentHeaderForm.Blank(Reuse.CriteriaCode) ?? throw new ApiValidationException("CriteriaCode", "pick the saved criteria to reuse.");
        var results = await segments.ReuseCriteriaAsync(No, Version, code, ct);
        var lines = results.Count == 0 ? "" : $"; the segment has {results[^1].NoOfLines} line(s)";
        return $"Criteria {code} reused: {results.Count} action(s) replayed{lines}.";
    });

    public Task<Microsoft.AspNetCore.Mvc.IActionResult> OnPostReuseSegmentAsync() => ChangeAsync("reuse", async ct =>
    {
        var entryNo = Reuse.LoggedSegmentEntryNo ?? throw new ApiValidationException("LoggedSegmentEntryNo", "pick the logged segment to reuse.");
        var result = await segments.ReuseSegmentAsync(No, Version, entryNo, ct);
        return $"Logged segment {entryNo.ToString(CultureInfo.InvariantCulture)} reused: {result.LinesAffected} line(s) added; the segment has {result.NoOfLines} line(s).";
    });

    public Task<Microsoft.AspNetCore.Mvc.IActionResult> OnPostAddContactAsync() => ChangeAsync("contact", async ct =>
    {
        var contactNo = SegmentHeaderForm.Blank(Reuse.ContactNo) ?? throw new ApiValidationException("ContactNo", "is required.");
        var result = await segments.AddContactAsync(No, Version, contactNo, Reuse.AllowExisting, ct);
        return $"Contact {contactNo} added ({result.LinesAffected} line(s)); the segment has {result.NoOfLines} line(s).";
    });

    public Task<Microsoft.AspNetCore.Mvc.IActionResult> OnPostRemoveLineAsync(int lineNo) => ChangeAsync("lines", async ct =>
    {
        var result = await segments.RemoveLineAsync(No, Version, lineNo, ct);
        return $"Line {lineNo.ToString(CultureInfo.InvariantCulture)} removed; the segment has {result.NoOfLines} line(s). Undo puts it back.";
    });

    public Task<Microsoft.AspNetCore.Mvc.IActionResult> OnPostLineFlagsAsync() => ChangeAsync("lines", async ct =>
    {
        await segments.SetLineCampaignFlagsAsync(No, Version, LineFlags.LineNo, LineFlags.CampaignTarget, LineFlags.CampaignResponse, ct);
        return $"Line {LineFlags.LineNo.ToString(CultureInfo.InvariantCulture)}: Campaign Target {(LineFlags.CampaignTarget ? "Yes" : "No")}, Campaign Response {(LineFlags.CampaignResponse ? "Yes" : "No")}.";
    });
}
