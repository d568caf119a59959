using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Domain.Segments;

namespace CampaignFlow.Domain.Tests;

/// <summary>How a segment line takes its values (DOMAIN.md "Segment header/line").</summary>
public class SegmentRulesTests
{
    private static InteractionTemplate Bus(bool ignoreContactType = false)
    {
        var template = new InteractionTemplate
        {
            Code = "BUS", Description = "Business letter", CorrespondenceTypeDefault = CorrespondenceType.HardCopy,
            IgnoreContactCorresType = ignoreContactType, LanguageCodeDefault = "EN", UnitCost = 1.5m, UnitDurationMin = 1,
            CampaignNo = "CP0001", CampaignTarget = true,
        };
        template.Contents.Add(new InteractionTemplateContent { TemplateCode = "BUS", LanguageCode = "EN", Subject = "Hi", Body = "Hi" });
        template.Contents.Add(new InteractionTemplateContent { TemplateCode = "BUS", LanguageCode = "FR", Subject = "Salut", Body = "Salut" });
        return template;
    }

    [Fact]
    public void Choosing_a_template_copies_its_defaults()
    {
        var segment = new Segment { No = "SM0001" };
        segment.ApplyTemplate(Bus());
        Assert.Equal("CP0001", segment.CampaignNo);
        Assert.True(segment.CampaignTarget);
        Assert.Equal(1.5m, segment.UnitCost);
        Assert.Equal(CorrespondenceType.HardCopy, segment.CorrespondenceTypeDefault);
        Assert.Equal("EN", segment.LanguageCodeDefault);
    }

    [Fact]
    public void Correspondence_type_follows_the_header_template_contact_order()
    {
        var emailContact = new Contact { No = "CT1", Name = "A", CorrespondenceType = CorrespondenceType.Email };
        var plainContact = new Contact { No = "CT2", Name = "B" };
        var segment = new Segment { No = "SM1", CorrespondenceTypeDefault = CorrespondenceType.Phone };

        Assert.Equal(CorrespondenceType.Email, segment.CorrespondenceTypeFor(emailContact, Bus()));
        Assert.Equal(CorrespondenceType.HardCopy, segment.CorrespondenceTypeFor(emailContact, Bus(ignoreContactType: true)));
        Assert.Equal(CorrespondenceType.HardCopy, segment.CorrespondenceTypeFor(plainContact, Bus()));
        segment.IgnoreContactCorresType = true;
        Assert.Equal(CorrespondenceType.Phone, segment.CorrespondenceTypeFor(emailContact, Bus()));
    }

    [Fact]
    public void Language_is_the_contacts_when_the_template_has_it_else_the_default()
    {
        var segment = new Segment { No = "SM1", LanguageCodeDefault = "EN" };
        Assert.Equal("FR", segment.LanguageFor(new Contact { No = "C", Name = "N", LanguageCode = "FR" }, Bus()));
        Assert.Equal("EN", segment.LanguageFor(new Contact { No = "C", Name = "N", LanguageCode = "SV" }, Bus()));
    }

    [Fact]
    public void A_line_takes_header_values_and_the_contacts_salesperson_when_the_header_has_none()
    {
        var company = Contact.NewCompany("CT1", "CRONUS");
        var person = Contact.NewPerson("CT2", "Ann", company);
        person.SalespersonCode = "OF";
        var segment = new Segment { No = "SM1", Description = "Visitors", SubjectDefault = "Merci", Date = new DateOnly(2026, 3, 2) };
        segment.ApplyTemplate(Bus());
        var line = new SegmentLine { LineNo = segment.NextLineNo() };
        segment.FillLine(line, person, Bus());

        Assert.Equal(10000, line.LineNo);
        Assert.Equal("CT1", line.ContactCompanyNo);
        Assert.Equal("OF", line.SalespersonCode);
        Assert.Equal("Merci", line.Subject);
        Assert.Equal("CP0001", line.CampaignNo);
        Assert.True(line.CampaignTarget);
        segment.SalespersonCode = "JO";
        segment.FillLine(line, person, Bus());
        Assert.Equal("JO", line.SalespersonCode);
    }

    [Fact]
    public void Target_or_response_without_a_campaign_is_refused()
    {
        var segment = new Segment { No = "SM1", CampaignTarget = true };
        Assert.Equal("CampaignNo", Assert.Throws<DomainException>(segment.Validate).Field);
    }

    [Fact]
    public void Logging_needs_a_description_and_lines()
    {
        Assert.Equal("Description", Assert.Throws<DomainException>(() => new Segment { No = "SM1" }.EnsureCanBeLogged(3)).Field);
        Assert.Equal("Lines", Assert.Throws<DomainException>(() => new Segment { No = "SM1", Description = "x" }.EnsureCanBeLogged(0)).Field);
    }

    [Fact]
    public void Template_content_falls_back_to_the_default_language()
    {
        var template = Bus();
        Assert.Equal("Salut", template.ContentFor("FR")!.Subject);
        Assert.Equal("Hi", template.ContentFor("NB")!.Subject);
        template.LanguageCodeDefault = "DE";
        Assert.Equal("LanguageCodeDefault", Assert.Throws<DomainException>(template.Validate).Field);
    }
}
