namespace CampaignFlow.Domain;

/// <summary>A setup table row: a code and its description (job responsibilities, mailing groups, …).</summary>
public abstract class CodeRecord : IValidatable
{
    public string Code { get; set; } = "";
    public string Description { get; set; } = "";

    public virtual void Validate()
    {
        Require.Code(GetType().Name, Code, nameof(Code), Code);
        Require.MaxLength(GetType().Name, Code, nameof(Description), Description, 100);
    }
}
