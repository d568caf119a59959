using CampaignFlow.Domain;
using CampaignFlow.Host.Api;
using CampaignFlow.Segments;

namespace CampaignFlow.Host.Pages.Segments;

/// <summary>An error shown beside the form that caused it: which form, the field it names and the message (the same words as the API's problem details).</summary>
public sealed record SegmentPageError(string Form, string Field, string Message)
{
    /// <summary>The errors a segment call raises on bad input; anything else is a bug and stays an exception.</summary>
    public static SegmentPageError? From(string form, Exception exception) => exception switch
    {
        SegmentConcurrencyException ex => new(form, "Version", ex.Message),
        DomainException ex => new(form, ex.Field ?? ex.Record, ex.Reason),
        ApiValidationException ex => new(form, ex.Field, ex.Reason),
        _ => null,
    };
}
