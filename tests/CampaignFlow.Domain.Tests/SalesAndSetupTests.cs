using CampaignFlow.Domain.Activities;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Pricing;
using CampaignFlow.Domain.Sales;

namespace CampaignFlow.Domain.Tests;

public class SalesAndSetupTests
{
    [Fact]
    public void Blocked_salespeople_cannot_be_assigned()
    {
        var error = Assert.Throws<DomainException>(new Salesperson { Code = "BD", Name = "Bart Duncan", Blocked = true }.EnsureAssignable);
        Assert.Equal("Salesperson 'BD', field Blocked: is blocked and cannot be assigned.", error.Message);
        new Salesperson { Code = "JO", Name = "Jim Olive" }.EnsureAssignable();
    }

    [Fact]
    public void A_team_lists_each_member_once()
    {
        var team = new Team { Code = "T", Name = "Team" };
        team.Members.Add(new TeamMember { TeamCode = "T", SalespersonCode = "JO" });
        team.Members.Add(new TeamMember { TeamCode = "T", SalespersonCode = "JO" });
        Assert.Equal("Members", Assert.Throws<DomainException>(team.Validate).Field);
    }

    [Fact]
    public void Number_series_format_zero_padded_numbers()
    {
        var series = new NumberSeries { Code = NumberSeries.Campaigns, Prefix = "CP", Digits = 4 };
        Assert.Equal("CP0001", series.Next());
        Assert.Equal("CP0002", series.Next());
        Assert.Equal(2, series.LastNo);
    }

    [Fact]
    public void Codes_are_limited_to_twenty_characters_without_padding()
    {
        Assert.Throws<DomainException>(() => new JobResponsibility { Code = " PURCHASE" }.Validate());
        Assert.Throws<DomainException>(() => new JobResponsibility { Code = new string('X', 21) }.Validate());
        new JobResponsibility { Code = "PURCHASE", Description = "Purchase" }.Validate();
    }

    [Fact]
    public void Discounts_are_percentages_and_prices_not_negative()
    {
        Assert.Equal("LineDiscountPct", Assert.Throws<DomainException>(() =>
            new CampaignLineDiscount { CampaignNo = "CP0001", Code = "MS-RACK", LineDiscountPct = 101 }.Validate()).Field);
        Assert.Equal("UnitPrice", Assert.Throws<DomainException>(() =>
            new CampaignSalesPrice { CampaignNo = "CP0001", ItemNo = "MS-2000", UnitPrice = -1 }.Validate()).Field);
    }

    [Fact]
    public void Tasks_need_an_owner_and_close_or_cancel_once()
    {
        Assert.Equal("SalespersonCode", Assert.Throws<DomainException>(() => new SalesTask { No = "TD1", Description = "Call" }.Validate()).Field);
        var task = new SalesTask { No = "TD1", Description = "Call", SalespersonCode = "JO" };
        task.Close(new DateOnly(2026, 3, 1));
        Assert.Equal(SalesTaskStatus.Completed, task.Status);
        Assert.Throws<DomainException>(task.Cancel);
        var recurring = new SalesTask { No = "TD2", Description = "Call", SalespersonCode = "JO", Recurring = true };
        Assert.Equal("RecurringDateInterval", Assert.Throws<DomainException>(recurring.Validate).Field);
    }

    [Fact]
    public void Activity_steps_need_a_date_formula()
    {
        var activity = new Activity { Code = "FOLLOWUP", Description = "Follow-up" };
        activity.Steps.Add(new ActivityStep { ActivityCode = "FOLLOWUP", StepNo = 1, DateFormula = " " });
        Assert.Equal("Steps[1].DateFormula", Assert.Throws<DomainException>(activity.Validate).Field);
    }
}
