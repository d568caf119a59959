using CampaignFlow.Domain;
using CampaignFlow.Domain.Activities;
using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Sales;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Storage;

namespace CampaignFlow.Workflows.Hosting.Tests;

/// <summary>
/// Seed 001 (the trade-show walkthrough): campaign CP0001 "Salon FUTURUS", its target segment of trade-show visitors,
/// and the FOLLOWUP activity (a phone call at once, a meeting a week later).
/// </summary>
public static class Seed001
{
    public const string CampaignNo = "CP0001";
    public const string TargetSegmentNo = "SM0001";
    public static readonly DateOnly StartingDate = new(2026, 1, 5);
    public static readonly DateOnly EndingDate = new(2026, 3, 31);
    public static readonly string[] Statuses = ["PLANNED", "ACTIVE", "FOLLOW-UP", "COMPLETED", "CANCELED"];

    public static async Task SeedAsync(CampaignFlowDbContext db, int contacts = 5)
    {
        db.NumberSeries.AddRange(
            new NumberSeries { Code = NumberSeries.Tasks, Prefix = "TD", Digits = 6, Description = "Tasks" },
            new NumberSeries { Code = NumberSeries.Segments, Prefix = "SM", Digits = 4, LastNo = 1, Description = "Segments" });
        db.CampaignStatuses.AddRange(Statuses.Select(s => new CampaignStatus { Code = s, Description = s }));
        db.Salespeople.AddRange(
            new Salesperson { Code = "JO", Name = "John Roberts" },
            new Salesperson { Code = "PS", Name = "Peter Saddow" },
            new Salesperson { Code = "BLOCKED", Name = "Left the company", Blocked = true });
        var team = new Team { Code = "FAIR", Name = "Trade fair team" };
        team.Members.AddRange([new TeamMember { TeamCode = "FAIR", SalespersonCode = "JO" }, new TeamMember { TeamCode = "FAIR", SalespersonCode = "PS" }]);
        db.Teams.Add(team);
        var campaign = Campaign.Create(CampaignNo, "Salon FUTURUS", "PLANNED", StartingDate, EndingDate);
        campaign.SalespersonCode = "JO";
        db.Campaigns.Add(campaign);
        var segment = new Segment { No = TargetSegmentNo, Description = "Visiteurs du salon commercial FUTURUS", CampaignNo = CampaignNo, CampaignTarget = true, SalespersonCode = "JO" };
        for (var i = 1; i <= contacts; i++)
        {
            var no = $"CT{i:D6}";
            db.Contacts.Add(new Contact { No = no, Name = $"Visitor {i}", Type = ContactType.Person, SalespersonCode = i % 2 == 0 ? "PS" : "JO" });
            segment.Lines.Add(new SegmentLine { SegmentNo = TargetSegmentNo, LineNo = i * Segment.LineNoStep, ContactNo = no, CampaignNo = CampaignNo, CampaignTarget = true });
        }

        db.Segments.Add(segment);
        var activity = new Activity { Code = "FOLLOWUP", Description = "Trade show follow-up" };
        activity.Steps.AddRange(
        [
            new ActivityStep { ActivityCode = "FOLLOWUP", StepNo = 1, Type = ActivityStepType.PhoneCall, Priority = TaskPriority.High, Description = "Call the visitor", DateFormula = "0D" },
            new ActivityStep { ActivityCode = "FOLLOWUP", StepNo = 2, Type = ActivityStepType.Meeting, Description = "Meet the visitor", DateFormula = "1W" },
        ]);
        db.Activities.Add(activity);
        await db.SaveChangesAsync();
    }
}
