namespace CampaignFlow.Domain.Activities;

/// <summary>A reusable activity (e.g. FOLLOWUP): steps that become dated tasks when it is assigned.</summary>
public sealed class Activity : IValidatable
{
    public string Code { get; set; } = "";
    public string Description { get; set; } = "";
    public List<ActivityStep> Steps { get; init; } = [];

    public void Validate()
    {
        Require.Code(nameof(Activity), Code, nameof(Code), Code);
        Require.Text(nameof(Activity), Code, nameof(Description), Description);
        foreach (var step in Steps)
        {
            if (string.IsNullOrWhiteSpace(step.DateFormula))
                throw new DomainException(nameof(Activity), Code, $"Steps[{step.StepNo}].DateFormula", "must not be blank (use 0D for the start date).");
        }
    }
}
