using CampaignFlow.Plugins.Abstractions;

namespace CampaignFlow.Host.Api.Interactions;

/// <summary>One call to make: who, which number, and the rendered script.</summary>
public sealed record CallTaskDto(
    string TaskNo, DateOnly Date, string SalespersonCode, string ContactNo, string ContactName, string? PhoneNo, string? CampaignNo,
    int InteractionEntryNo, string Subject, string Script, bool Completed)
{
    public static CallTaskDto From(PhoneCallTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var r = task.Request;
        return new(task.TaskNo, task.Date, r.SalespersonCode, r.ContactNo, r.ContactName, r.PhoneNo, r.CampaignNo, r.InteractionEntryNo, r.Subject, r.Script, task.Completed);
    }
}
