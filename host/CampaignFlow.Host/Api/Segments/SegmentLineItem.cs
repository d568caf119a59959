using CampaignFlow.Domain.Contacts;

namespace CampaignFlow.Host.Api.Segments;

/// <summary>One segment line with the contact's name (read side of the lines list).</summary>
public sealed record SegmentLineItem(
    int LineNo, string ContactNo, string? ContactName, string? ContactCompanyNo, string? CampaignNo, bool CampaignTarget, bool CampaignResponse,
    CorrespondenceType CorrespondenceType, string? LanguageCode, string? Subject);
