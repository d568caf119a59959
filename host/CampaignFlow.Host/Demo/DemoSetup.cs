using CampaignFlow.Domain;
using CampaignFlow.Domain.Activities;
using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Domain.Sales;

namespace CampaignFlow.Host.Demo;

/// <summary>The demo's setup tables: CRONUS-style codes, salespeople, statuses, items, the FOLLOWUP activity.</summary>
internal static class DemoSetup
{
    public static readonly (string Code, string Country, string Locale)[] Languages =
    [
        ("FR", "FR", "fr"), ("SV", "SE", "sv"), ("NL", "NL", "nl"), ("NB", "NO", "nb_NO"), ("EN", "GB", "en_GB"),
    ];

    public static IEnumerable<NumberSeries> NumberSeries() =>
    [
        new() { Code = Domain.NumberSeries.Campaigns, Prefix = "CP", Digits = 4, Description = "Campaigns" },
        new() { Code = Domain.NumberSeries.Segments, Prefix = "SM", Digits = 4, Description = "Segments" },
        new() { Code = Domain.NumberSeries.Contacts, Prefix = "CT", Digits = 6, Description = "Contacts" },
        new() { Code = Domain.NumberSeries.Tasks, Prefix = "TD", Digits = 6, Description = "Tasks" },
    ];

    public static IEnumerable<Salesperson> Salespeople() =>
    [
        new() { Code = "JO", Name = "Jim Olive", Email = "jim.olive@cronus.example", PhoneNo = "+44 20 7946 0101" },
        new() { Code = "OF", Name = "Otis Falls", Email = "otis.falls@cronus.example", PhoneNo = "+44 20 7946 0102" },
        new() { Code = "PS", Name = "Peter Saddow", Email = "peter.saddow@cronus.example", PhoneNo = "+44 20 7946 0103" },
        new() { Code = "RB", Name = "Robin Bettencourt", Email = "robin.bettencourt@cronus.example", PhoneNo = "+33 1 70 00 01 04" },
        new() { Code = "HR", Name = "Helena Ray", Email = "helena.ray@cronus.example", PhoneNo = "+46 8 505 001 05" },
        new() { Code = "BD", Name = "Bart Duncan", Email = "bart.duncan@cronus.example", Blocked = true },
    ];

    public static Team MarketingTeam()
    {
        var team = new Team { Code = "MARKETING", Name = "Marketing team" };
        team.Members.AddRange([new() { TeamCode = "MARKETING", SalespersonCode = "JO" }, new() { TeamCode = "MARKETING", SalespersonCode = "OF" }]);
        return team;
    }

    public static IEnumerable<CampaignStatus> Statuses() =>
    [
        new() { Code = "PLANNED", Description = "Planned" },
        new() { Code = "ACTIVE", Description = "Active" },
        new() { Code = "FOLLOW-UP", Description = "Follow-up" },
        new() { Code = "COMPLETED", Description = "Completed" },
        new() { Code = "CANCELED", Description = "Canceled" },
    ];

    public static IEnumerable<JobResponsibility> JobResponsibilities() =>
        Codes<JobResponsibility>(("PURCHASE", "Purchase"), ("SALES", "Sales"), ("IT", "IT"), ("MANAGEMENT", "Management"), ("MARKETING", "Marketing"), ("ACCOUNTING", "Accounting"));

    public static IEnumerable<BusinessRelation> BusinessRelations() =>
        Codes<BusinessRelation>(("PROS", "Prospect"), ("CUST", "Customer"), ("VEND", "Vendor"), ("PRESS", "Press"), ("PARTNER", "Partner"));

    public static IEnumerable<IndustryGroup> IndustryGroups() =>
        Codes<IndustryGroup>(("RETAIL", "Retail"), ("MANUFACT", "Manufacturing"), ("WHOLESALE", "Wholesale"), ("SERVICES", "Services"), ("IT", "IT"), ("CONSULT", "Consulting"));

    public static IEnumerable<MailingGroup> MailingGroups() =>
        Codes<MailingGroup>(("NEWS", "Newsletter"), ("XMAS", "Christmas card"), ("TRADESHOW", "Trade show visitors"));

    public static IEnumerable<Language> LanguageRows() =>
        Codes<Language>(("FR", "French"), ("SV", "Swedish"), ("NL", "Dutch"), ("NB", "Norwegian Bokmål"), ("EN", "English"));

    public static IEnumerable<InteractionGroup> InteractionGroups() =>
        Codes<InteractionGroup>(("LETTER", "Letters"), ("EMAIL", "E-mails"), ("PHONE", "Phone calls"), ("RESPONSE", "Campaign responses"));

    public static IEnumerable<Item> Items() =>
    [
        new() { No = "MS-2000", Description = "Millennium Server", UnitPrice = 4500m, BaseUnitOfMeasure = "PCS", ItemDiscountGroup = "SERVER" },
        new() { No = "MS-RACK", Description = "Millennium Server rack kit", UnitPrice = 350m, BaseUnitOfMeasure = "PCS", ItemDiscountGroup = "SERVER" },
        new() { No = "1996-S", Description = "ATLANTA Whiteboard, base", UnitPrice = 650m, BaseUnitOfMeasure = "PCS", ItemDiscountGroup = "OFFICE" },
        new() { No = "1900-S", Description = "PARIS Guest Chair, black", UnitPrice = 192.8m, BaseUnitOfMeasure = "PCS", ItemDiscountGroup = "OFFICE" },
    ];

    public static Activity FollowUpActivity()
    {
        var activity = new Activity { Code = "FOLLOWUP", Description = "Trade show follow-up" };
        activity.Steps.AddRange(
        [
            new() { ActivityCode = "FOLLOWUP", StepNo = 1, Type = ActivityStepType.PhoneCall, Priority = TaskPriority.High, Description = "Call the visitor", DateFormula = "1W" },
            new() { ActivityCode = "FOLLOWUP", StepNo = 2, Type = ActivityStepType.Meeting, Priority = TaskPriority.Normal, Description = "Demo meeting", DateFormula = "2W" },
            new() { ActivityCode = "FOLLOWUP", StepNo = 3, Type = ActivityStepType.Blank, Priority = TaskPriority.Low, Description = "Send the offer", DateFormula = "CM+1D" },
        ]);
        return activity;
    }

    private static IEnumerable<T> Codes<T>(params (string Code, string Description)[] rows) where T : CodeRecord, new() =>
        rows.Select(r => new T { Code = r.Code, Description = r.Description });
}
