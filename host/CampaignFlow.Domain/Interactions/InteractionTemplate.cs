using CampaignFlow.Domain.Contacts;

namespace CampaignFlow.Domain.Interactions;

/// <summary>
/// An interaction template (BUS, RESP, …): defaults for segments and interactions, and one content
/// (the "attachment") per language.
/// </summary>
public sealed class InteractionTemplate : IValidatable
{
    private const string Record = nameof(InteractionTemplate);

    public string Code { get; set; } = "";
    public string? InteractionGroupCode { get; set; }
    public string Description { get; set; } = "";
    public decimal UnitCost { get; set; }
    public decimal UnitDurationMin { get; set; }
    public InformationFlow InformationFlow { get; set; }
    public InitiatedBy InitiatedBy { get; set; }
    public string? CampaignNo { get; set; }
    public bool CampaignTarget { get; set; }
    public bool CampaignResponse { get; set; }
    public CorrespondenceType CorrespondenceTypeDefault { get; set; }
    public string? LanguageCodeDefault { get; set; }
    public bool IgnoreContactCorresType { get; set; }

    public List<InteractionTemplateContent> Contents { get; init; } = [];

    public bool HasContentIn(string? languageCode) =>
        languageCode is not null && Contents.Exists(c => string.Equals(c.LanguageCode, languageCode, StringComparison.OrdinalIgnoreCase));

    /// <summary>The content for a language, falling back to the default language, then to the first one.</summary>
    public InteractionTemplateContent? ContentFor(string? languageCode) =>
        Contents.Find(c => string.Equals(c.LanguageCode, languageCode, StringComparison.OrdinalIgnoreCase))
        ?? Contents.Find(c => string.Equals(c.LanguageCode, LanguageCodeDefault, StringComparison.OrdinalIgnoreCase))
        ?? Contents.FirstOrDefault();

    public void Validate()
    {
        Require.Code(Record, Code, nameof(Code), Code);
        Require.Text(Record, Code, nameof(Description), Description);
        Require.NotNegative(Record, Code, nameof(UnitCost), UnitCost);
        Require.NotNegative(Record, Code, nameof(UnitDurationMin), UnitDurationMin);
        Require.OptionalCode(Record, Code, nameof(LanguageCodeDefault), LanguageCodeDefault);
        var duplicate = Contents.GroupBy(c => c.LanguageCode, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new DomainException(Record, Code, nameof(Contents), $"language '{duplicate.Key}' has two contents.");
        if (LanguageCodeDefault is not null && Contents.Count > 0 && !HasContentIn(LanguageCodeDefault))
            throw new DomainException(Record, Code, nameof(LanguageCodeDefault), $"there is no content in the default language '{LanguageCodeDefault}'.");
    }
}
