using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Interactions.Templates;
using CampaignFlow.Interactions.Tests.Support;

namespace CampaignFlow.Interactions.Tests;

public sealed class TemplateTests
{
    private static InteractionTemplate Letter(string body, string subject = "Hello") => new()
    {
        Code = "NEW", Description = "New letter", CorrespondenceTypeDefault = CorrespondenceType.HardCopy, LanguageCodeDefault = "EN",
        Contents = { new InteractionTemplateContent { LanguageCode = "EN", Subject = subject, Body = body } },
    };

    [Theory]
    [InlineData("Dear {{contact.name}},\n\n{{#if contact.city}}in {{contact.city}}", "body line 3, column 1: block '{{#if}}' is never closed")]
    [InlineData("Dear\n  {{contact.name,\nbye", "body line 2, column 3: '{{' is never closed")]
    [InlineData("Dear {{contact.name}}\n{{/each}}", "body line 2, column 1: '{{/each}}' closes a block that was never opened")]
    [InlineData("{{#if contact.city}}\n {{#each x}}\n{{/if}}", "body line 3, column 1: '{{/if}}' closes '{{#each}}'")]
    [InlineData("Dear {{contact.nmae}},", "body line 1, column 8: unknown merge field 'contact.nmae'")]
    public async Task Broken_templates_are_refused_at_save_with_line_and_column_and_nothing_is_saved(string body, string expected)
    {
        await using var scenario = await Scenario.CreateAsync([]);

        var error = await Assert.ThrowsAsync<TemplateSyntaxException>(() => scenario.Templates.SaveTemplateAsync(Letter(body)));

        Assert.Contains("Interaction template 'NEW', language 'EN', " + expected, error.Message, StringComparison.Ordinal);
        Assert.Null(await scenario.Templates.FindTemplateAsync("NEW"));
    }

    [Fact]
    public async Task An_unknown_merge_field_in_the_subject_is_refused_too()
    {
        await using var scenario = await Scenario.CreateAsync([]);
        var error = await Assert.ThrowsAsync<TemplateSyntaxException>(() => scenario.Templates.SaveTemplateAsync(Letter("ok", "Hi {{Contact.name}}")));
        Assert.Equal(("subject", 1, 6), (error.Part, error.Line, error.Column));
    }

    private static Dictionary<string, object?> Model(string name, string? phone = null)
    {
        var contact = Contact.NewPerson("CT1", name);
        contact.PhoneNo = phone;
        return MergeModel.Create(contact, null, null, null, "SM1", "Seg", "Subj", new DateOnly(2026, 2, 3));
    }

    [Fact]
    public void Known_fields_without_a_value_render_empty_and_every_part_of_the_model_is_there()
    {
        var renderer = new TemplateRenderer();
        var content = new InteractionTemplateContent
        {
            TemplateCode = "T", LanguageCode = "EN", Subject = "{{segment.subject}}",
            Body = "[{{contact.phoneNo}}][{{company.name}}][{{salesperson.name}}][{{campaign.description}}][{{segment.no}}][{{date}}]",
        };

        var rendered = renderer.Render(content, Model("Ann"));

        Assert.Equal(("Subj", "[][][][][SM1][2026-02-03]", null), (rendered.Subject, rendered.BodyText, rendered.BodyHtml));
    }

    [Fact]
    public void Html_bodies_escape_merge_values_plain_text_bodies_and_subjects_do_not()
    {
        var renderer = new TemplateRenderer();
        var html = new InteractionTemplateContent { TemplateCode = "H", LanguageCode = "EN", IsHtml = true, Subject = "To {{contact.name}}", Body = "<p>Dear {{contact.name}}</p>" };
        var text = new InteractionTemplateContent { TemplateCode = "T", LanguageCode = "EN", Subject = "To {{contact.name}}", Body = "Dear {{contact.name}}" };
        var model = Model("<script>alert('x')</script> & Co");

        var asHtml = renderer.Render(html, model);
        var asText = renderer.Render(text, model);

        Assert.Equal("<p>Dear &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; Co</p>", asHtml.BodyHtml);
        Assert.Equal("Dear <script>alert('x')</script> & Co", asHtml.BodyText);
        Assert.Equal("To <script>alert('x')</script> & Co", asHtml.Subject);
        Assert.Equal("Dear <script>alert('x')</script> & Co", asText.BodyText);
    }

    [Fact]
    public async Task Templates_compile_once_and_a_change_is_picked_up()
    {
        await using var scenario = await Scenario.CreateAsync([]);
        var renderer = (TemplateRenderer)scenario.Services.GetService(typeof(TemplateRenderer))!;
        await scenario.Templates.SaveTemplateAsync(Letter("Version 1 for {{contact.name}}"));
        var stored = (await scenario.Templates.FindTemplateAsync("NEW"))!;
        var before = renderer.CachedCount;

        Assert.Equal("Version 1 for Ann", renderer.Render(stored.ContentFor("EN")!, Model("Ann")).BodyText);
        Assert.Equal("Version 1 for Bob", renderer.Render(stored.ContentFor("EN")!, Model("Bob")).BodyText);
        Assert.Equal(before + 1, renderer.CachedCount);

        await scenario.Templates.SaveTemplateAsync(Letter("Version 2 for {{contact.name}}"));
        Assert.Equal(before, renderer.CachedCount); // invalidated
        var changed = (await scenario.Templates.FindTemplateAsync("NEW"))!;
        Assert.Equal("Version 2 for Ann", renderer.Render(changed.ContentFor("EN")!, Model("Ann")).BodyText);
    }

    [Fact]
    public async Task Groups_and_templates_are_created_changed_and_deleted_with_one_content_per_language()
    {
        await using var scenario = await Scenario.CreateAsync([]);
        await scenario.Templates.SaveGroupAsync(new InteractionGroup { Code = "MAILING", Description = "Mailings" });
        var template = Letter("EN body");
        template.InteractionGroupCode = "MAILING";
        template.UnitCost = 2;
        template.CampaignNo = "CP0001";
        template.CampaignTarget = true;
        template.Contents.Add(new InteractionTemplateContent { LanguageCode = "FR", Subject = "Bonjour", Body = "FR body" });
        await scenario.Templates.SaveTemplateAsync(template);

        template.Contents.RemoveAt(1);
        template.Contents[0].Body = "EN body 2";
        template.UnitDurationMin = 5;
        await scenario.Templates.SaveTemplateAsync(template);

        var stored = (await scenario.Templates.FindTemplateAsync("NEW"))!;
        Assert.Equal(("MAILING", 2m, 5m, "CP0001", true), (stored.InteractionGroupCode, stored.UnitCost, stored.UnitDurationMin, stored.CampaignNo, stored.CampaignTarget));
        Assert.Equal("EN body 2", Assert.Single(stored.Contents).Body);
        Assert.Equal("EN", stored.ContentFor("DE")!.LanguageCode); // fallback to the default language

        template.Contents.Add(new InteractionTemplateContent { LanguageCode = "en", Subject = "dup", Body = "dup" });
        await Assert.ThrowsAsync<Domain.DomainException>(() => scenario.Templates.SaveTemplateAsync(template));
        await Assert.ThrowsAsync<Domain.DomainException>(() => scenario.Templates.DeleteGroupAsync("MAILING"));
        await scenario.Templates.DeleteTemplateAsync("NEW");
        await scenario.Templates.DeleteGroupAsync("MAILING");
        Assert.Null(await scenario.Templates.FindTemplateAsync("NEW"));
        Assert.DoesNotContain(await scenario.Templates.ListGroupsAsync(), g => g.Code == "MAILING");
    }
}
