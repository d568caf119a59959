using CampaignFlow.Domain;
using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Interactions;
using Microsoft.EntityFrameworkCore;
using static CampaignFlow.Campaigns.Tests.PricingWorld;

namespace CampaignFlow.Campaigns.Tests;

public class TargetGroupTests
{
    [Fact]
    public async Task Activation_makes_customer_linked_companies_Customer_targets_and_others_Contact_targets()
    {
        await using var world = await CreateAsync();
        var campaignNo = await world.SalonFuturusAsync(activate: false);

        var result = await world.Activation.ActivateAsync(campaignNo);

        Assert.Equal((1, 1), (result.Customers, result.Contacts));
        var group = await world.Activation.ListTargetGroupAsync(campaignNo);
        Assert.Equal([(CampaignTargetType.Customer, "C10000"), (CampaignTargetType.Contact, "CT200")], group.Select(t => (t.Type, t.No)));
        Assert.True((await world.Campaigns.FindAsync(campaignNo))!.Activated);
    }

    [Fact]
    public async Task Before_activation_and_after_deactivation_targets_get_the_list_price()
    {
        await using var world = await CreateAsync();
        var campaignNo = await world.SalonFuturusAsync(activate: false);
        Assert.Equal(4500m, (await world.PriceAsync("C10000", "MS-2000", 1, InWindow)).UnitPrice);

        await world.Activation.ActivateAsync(campaignNo);
        Assert.Equal(3999m, (await world.PriceAsync("C10000", "MS-2000", 1, InWindow)).UnitPrice);

        await world.Activation.DeactivateAsync(campaignNo);
        Assert.Equal(4500m, (await world.PriceAsync("C10000", "MS-2000", 1, InWindow)).UnitPrice);
        Assert.False((await world.Campaigns.FindAsync(campaignNo))!.Activated);
        var again = await Assert.ThrowsAsync<DomainException>(() => world.Activation.DeactivateAsync(campaignNo));
        Assert.Contains("is not activated", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Target_interaction_entries_count_unless_canceled()
    {
        await using var world = await CreateAsync();
        var campaign = await world.Campaigns.CreateAsync(new("Phone follow-up", Start, End));
        await using (var db = world.Store.Open())
        {
            db.InteractionLogEntries.AddRange(
                new InteractionLogEntry { ContactNo = "CT301", ContactCompanyNo = "CT300", Date = Start, Description = "Call", CampaignNo = campaign.No, CampaignTarget = true },
                new InteractionLogEntry { ContactNo = "CT201", ContactCompanyNo = "CT200", Date = Start, Description = "Call", CampaignNo = campaign.No, CampaignTarget = true, Canceled = true },
                new InteractionLogEntry { ContactNo = "CT101", ContactCompanyNo = "CT100", Date = Start, Description = "Call", CampaignNo = campaign.No, CampaignTarget = false });
            await db.SaveChangesAsync();
        }

        var result = await world.Activation.ActivateAsync(campaign.No);

        Assert.Equal((1, 0), (result.Customers, result.Contacts));
        Assert.Equal("C30000", Assert.Single(await world.Activation.ListTargetGroupAsync(campaign.No)).No);
    }

    [Fact]
    public async Task Nothing_to_activate_is_a_clear_error_and_writes_nothing()
    {
        await using var world = await CreateAsync();
        var campaign = await world.Campaigns.CreateAsync(new("Empty", Start, End));

        var error = await Assert.ThrowsAsync<DomainException>(() => world.Activation.ActivateAsync(campaign.No));

        Assert.Equal(nameof(Campaign.TargetGroups), error.Field);
        Assert.Contains("nothing to activate", error.Message, StringComparison.Ordinal);
        Assert.Empty(await world.Activation.ListTargetGroupAsync(campaign.No));
        var unknown = await Assert.ThrowsAsync<DomainException>(() => world.Activation.ActivateAsync("CP9999"));
        Assert.Contains("no such campaign", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_makes_an_activated_group_follow_later_segment_edits()
    {
        await using var world = await CreateAsync();
        var campaignNo = await world.SalonFuturusAsync();
        Assert.Equal(3999m, (await world.PriceAsync(null, "MS-2000", 1, InWindow, contactNo: "CT201")).UnitPrice);

        // The segment code removes CT201 and adds CT301, then refreshes the campaign's target group.
        await using (var db = world.Store.Open())
            await db.SegmentLines.Where(l => l.ContactNo == "CT201").ExecuteDeleteAsync();
        await world.AddTargetLinesAsync(campaignNo, "CT301");
        var result = await world.Activation.RefreshTargetGroupAsync(campaignNo);

        Assert.Equal((2, 0), (result.Customers, result.Contacts));
        Assert.Equal(4500m, (await world.PriceAsync(null, "MS-2000", 1, InWindow, contactNo: "CT201")).UnitPrice);
        Assert.Equal(3999m, (await world.PriceAsync("C30000", "MS-2000", 1, InWindow)).UnitPrice);
    }

    [Fact]
    public async Task Refresh_leaves_a_campaign_that_is_not_activated_alone()
    {
        await using var world = await CreateAsync();
        var campaignNo = await world.SalonFuturusAsync(activate: false);

        var result = await world.Activation.RefreshTargetGroupAsync(campaignNo);

        Assert.False(result.Activated);
        Assert.Empty(await world.Activation.ListTargetGroupAsync(campaignNo));
    }
}
