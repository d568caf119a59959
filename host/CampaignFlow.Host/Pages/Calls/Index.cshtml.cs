using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Api.Interactions;
using CampaignFlow.Host.Pages.Shared;
using CampaignFlow.Plugins.Abstractions;
using CampaignFlow.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.Pages.Calls;

/// <summary>A salesperson's call list: pick the salesperson, make each call, record Reached / No answer / Response.</summary>
public sealed class IndexModel(CampaignFlowDbContext db, ICallList calls, IPhoneTaskService tasks) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Salesperson { get; set; }

    public IReadOnlyList<(string Code, string Name)> Salespeople { get; private set; } = [];
    public IReadOnlyList<CallTaskDto> Calls { get; private set; } = [];
    public bool CanRecord { get; private set; }
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostOutcomeAsync(string taskNo, CallOutcomeKind outcome, string? note)
    {
        if (!await RoleCheck.HasAsync(HttpContext, Roles.Marketing)) return Forbid();
        var task = await tasks.FindCallTaskAsync(taskNo, HttpContext.RequestAborted);
        if (task is null) return NotFound();
        if (!Enum.IsDefined(outcome)) Error = "Choose Reached, No answer or Response.";
        else if (task.Completed) Error = $"The call {taskNo} is already recorded.";
        else
        {
            var entryNo = await calls.RecordOutcomeAsync(taskNo, outcome, string.IsNullOrWhiteSpace(note) ? null : note, HttpContext.RequestAborted);
            Message = $"Call {taskNo} to {task.Request.ContactName}: {outcome} recorded (interaction {entryNo}).";
        }

        Salesperson ??= task.Request.SalespersonCode;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        CanRecord = await RoleCheck.HasAsync(HttpContext, Roles.Marketing);
        Salespeople = (await db.Salespeople.AsNoTracking().OrderBy(s => s.Code).Select(s => new { s.Code, s.Name }).ToListAsync(ct))
            .Select(s => (s.Code, s.Name)).ToList();
        if (!string.IsNullOrWhiteSpace(Salesperson) && Salespeople.Any(s => s.Code == Salesperson))
            Calls = (await calls.GetCallListAsync(Salesperson, ct)).Select(CallTaskDto.From).ToList();
    }
}
