using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Interactions;

namespace CampaignFlow.Domain.Tests;

public class CampaignTests
{
    [Fact]
    public void Ending_before_starting_date_is_refused_and_names_the_field()
    {
        var error = Assert.Throws<DomainException>(() => Campaign.Create("CP0001", "Salon FUTURUS", null, new DateOnly(2026, 3, 31), new DateOnly(2026, 3, 1)));
        Assert.Equal("EndingDate", error.Field);
        Assert.Equal("Campaign 'CP0001', field EndingDate: Ending Date 2026-03-01 is before Starting Date 2026-03-31.", error.Message);
    }

    [Fact]
    public void Moving_the_period_keeps_the_old_one_when_refused()
    {
        var campaign = Campaign.Create("CP0001", "Salon FUTURUS", null, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));
        Assert.Throws<DomainException>(() => campaign.SetPeriod(new DateOnly(2026, 4, 1), new DateOnly(2026, 3, 1)));
        Assert.Equal(new DateOnly(2026, 3, 1), campaign.StartingDate);
        Assert.Equal(new DateOnly(2026, 3, 31), campaign.EndingDate);
    }

    [Fact]
    public void Same_day_campaigns_and_open_ends_are_fine()
    {
        var campaign = Campaign.Create("CP0001", "One day", null, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1));
        campaign.Validate();
        campaign.SetPeriod(null, new DateOnly(2026, 3, 1));
        Assert.True(campaign.Covers(new DateOnly(1999, 1, 1)));
        Assert.False(campaign.Covers(new DateOnly(2026, 3, 2)));
    }

    [Fact]
    public void A_campaign_needs_a_description()
    {
        Assert.Equal("Description", Assert.Throws<DomainException>(() => Campaign.Create("CP0001", " ").Validate()).Field);
    }

    [Fact]
    public void Only_canceled_campaign_entries_can_be_deleted()
    {
        var entry = new CampaignEntry { EntryNo = 7, CampaignNo = "CP0001" };
        var error = Assert.Throws<DomainException>(entry.EnsureCanDelete);
        Assert.Contains("only canceled campaign entries can be deleted", error.Message, StringComparison.Ordinal);
        entry.Canceled = true;
        entry.EnsureCanDelete();
    }

    [Fact]
    public void Only_canceled_logged_segments_and_interactions_can_be_deleted()
    {
        Assert.Throws<DomainException>(new LoggedSegment { EntryNo = 1 }.EnsureCanDelete);
        Assert.Throws<DomainException>(new InteractionLogEntry { EntryNo = 1 }.EnsureCanDelete);
        new LoggedSegment { EntryNo = 1, Canceled = true }.EnsureCanDelete();
        new InteractionLogEntry { EntryNo = 1, Canceled = true }.EnsureCanDelete();
    }

    [Fact]
    public void The_workflow_status_must_be_a_code()
    {
        var campaign = Campaign.Create("CP0001", "Salon FUTURUS");
        campaign.ApplyWorkflowStatus("ACTIVE");
        Assert.Equal("ACTIVE", campaign.StatusCode);
        Assert.Throws<DomainException>(() => campaign.ApplyWorkflowStatus(""));
        Assert.Equal("ACTIVE", campaign.StatusCode);
    }
}
