namespace CampaignFlow.Domain.Segments;

/// <summary>A segment's criteria saved under a code to be replayed on other segments (Reuse Criteria).</summary>
public sealed class SavedSegmentCriteria : IValidatable
{
    public string Code { get; set; } = "";
    public string Description { get; set; } = "";
    public List<SavedSegmentCriteriaAction> Actions { get; init; } = [];

    public void Validate()
    {
        Require.Code(nameof(SavedSegmentCriteria), Code, nameof(Code), Code);
        Require.MaxLength(nameof(SavedSegmentCriteria), Code, nameof(Description), Description, 100);
        if (Actions.Count == 0)
            throw new DomainException(nameof(SavedSegmentCriteria), Code, nameof(Actions), "there are no criteria to save.");
    }
}
