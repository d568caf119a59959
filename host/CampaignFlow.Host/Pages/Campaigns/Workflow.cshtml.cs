using CampaignFlow.Domain.Security;
using CampaignFlow.Workflows.Hosting;
using CampaignFlow.Workflows.Runtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CampaignFlow.Host.Pages.Campaigns;

/// <summary>
/// The campaign card's workflow forms (start, send event, retry): each posts here, the outcome is shown on the card
/// (an unhandled event or a failed step is a message there, not an error page).
/// </summary>
[Authorize(Policy = Roles.Marketing)]
public sealed class WorkflowModel(WorkflowService workflows) : PageModel
{
    public IActionResult OnGet(string no) => BackToCard(no, null);

    public async Task<IActionResult> OnPostStartAsync(string no, string? workflowId)
    {
        if (string.IsNullOrWhiteSpace(workflowId)) return BackToCard(no, "Pick a workflow to start.");
        var result = await workflows.StartAsync(no, workflowId, null, HttpContext.RequestAborted);
        return BackToCard(no, Describe($"Start {workflowId}", result));
    }

    public async Task<IActionResult> OnPostEventAsync(string no, Guid instanceId, string? eventName)
    {
        if (string.IsNullOrWhiteSpace(eventName)) return BackToCard(no, "Name the event to send.");
        return await TriggerAsync(no, $"Event '{eventName.Trim()}'", () => workflows.SendEventAsync(instanceId, eventName.Trim(), null, HttpContext.RequestAborted));
    }

    public Task<IActionResult> OnPostRetryAsync(string no, Guid instanceId) =>
        TriggerAsync(no, "Retry", () => workflows.RetryAsync(instanceId, HttpContext.RequestAborted));

    private async Task<IActionResult> TriggerAsync(string no, string what, Func<Task<WorkflowTriggerResult>> trigger)
    {
        try
        {
            return BackToCard(no, Describe(what, await trigger()));
        }
        catch (WorkflowInstanceNotFoundException)
        {
            return BackToCard(no, $"{what}: that workflow instance does not exist.");
        }
    }

    private static string Describe(string what, WorkflowTriggerResult result) => result.Outcome switch
    {
        WorkflowTriggerOutcome.Transitioned => $"{what}: now in {result.Instance?.State}.",
        WorkflowTriggerOutcome.Faulted => $"{what}: a step failed ({result.Incident?.Step}: {result.Incident?.Message ?? result.Message}); see the incident below.",
        _ => $"{what}: {result.Outcome}{(result.Message is null ? "" : $" — {result.Message}")}.",
    };

    private RedirectResult BackToCard(string no, string? message) =>
        Redirect($"/campaigns/{Uri.EscapeDataString(no)}{(message is null ? "" : $"?workflowMessage={Uri.EscapeDataString(message)}")}#workflow");
}
