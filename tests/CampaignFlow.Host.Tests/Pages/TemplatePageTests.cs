using System.Net;
using CampaignFlow.Domain.Security;
using CampaignFlow.Interactions.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Host.Tests.Pages;

/// <summary>The interaction template pages over HTTP: admins edit through InteractionTemplateService (its Handlebars check), others read.</summary>
public sealed class TemplatePageTests(RunningHost host) : IClassFixture<RunningHost>
{
    private InteractionTemplateService Templates => host.Services.GetRequiredService<InteractionTemplateService>();

    private static (string, string)[] Fields(string description, string subject, string body, string cost = "12.5") =>
    [
        ("Form.Description", description), ("Form.InteractionGroupCode", "LETTER"), ("Form.UnitCost", cost), ("Form.UnitDurationMin", "5"),
        ("Form.InformationFlow", "Outbound"), ("Form.InitiatedBy", "Us"), ("Form.CorrespondenceTypeDefault", "Email"), ("Form.LanguageCodeDefault", "EN"),
        ("Form.Contents[0].LanguageCode", "EN"), ("Form.Contents[0].Subject", subject), ("Form.Contents[0].Body", body),
        ("Form.Contents[1].LanguageCode", ""), ("Form.Contents[1].Subject", ""), ("Form.Contents[1].Body", ""),
    ];

    [Fact]
    public async Task The_list_shows_the_demo_templates_and_their_languages()
    {
        using var viewer = new PageClient(host, Roles.Viewer);
        var html = await viewer.GetAsync("/templates");
        Assert.Contains("data-template=\"BUS\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/templates/CALL\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("New template", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_creates_then_edits_a_template_and_html_in_its_description_is_escaped()
    {
        using var admin = new PageClient(host, Roles.Admin);
        var (status, html) = await admin.PostAsync("/templates", "/templates?handler=New", ("NewCode", "PG-NEW"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("PG-NEW (new template)", html, StringComparison.Ordinal);

        (status, html) = await admin.PostAsync("/templates/PG-NEW", "/templates/PG-NEW", Fields("<b>Bold</b> offer", "Hello {{contact.name}}", "Dear {{contact.name}},\nwelcome."));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Template PG-NEW saved.", PageClient.TextOf(html, "message"));
        Assert.Contains("&lt;b&gt;Bold&lt;/b&gt; offer", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Bold</b>", html, StringComparison.Ordinal);
        var saved = await Templates.FindTemplateAsync("PG-NEW");
        Assert.NotNull(saved);
        Assert.Equal(12.5m, saved.UnitCost);
        Assert.Equal("LETTER", saved.InteractionGroupCode);
        Assert.Equal("Hello {{contact.name}}", Assert.Single(saved.Contents).Subject);

        (_, html) = await admin.PostAsync("/templates/PG-NEW", "/templates/PG-NEW", Fields("Offer", "Hi {{contact.name}}", "Body", cost: "3"));
        Assert.Equal("Template PG-NEW saved.", PageClient.TextOf(html, "message"));
        saved = await Templates.FindTemplateAsync("PG-NEW");
        Assert.Equal(3m, saved!.UnitCost);
        Assert.Equal("Hi {{contact.name}}", Assert.Single(saved.Contents).Subject);
    }

    [Fact]
    public async Task Bad_handlebars_is_shown_with_language_part_line_and_column_and_nothing_is_written()
    {
        var before = await Templates.FindTemplateAsync("CALL");
        using var admin = new PageClient(host, Roles.Admin);
        var (status, html) = await admin.PostAsync("/templates/CALL", "/templates/CALL", Fields("Phone call", "Call {{contact.name}}", "Line one\nCall {{#if contact.name}} now"));

        Assert.Equal(HttpStatusCode.OK, status);
        var error = PageClient.TextOf(html, "template-error");
        Assert.NotNull(error);
        Assert.StartsWith("Contents[EN].body: line ", error, StringComparison.Ordinal);
        Assert.Contains("column", error, StringComparison.Ordinal);
        Assert.Contains("data-field=\"Contents[EN].body\"", html, StringComparison.Ordinal);
        Assert.Contains("Call {{#if contact.name}} now", html, StringComparison.Ordinal); // the input is kept for fixing
        var after = await Templates.FindTemplateAsync("CALL");
        Assert.Equal(before!.Description, after!.Description);
        Assert.Equal(before.Contents.Single().Body, after.Contents.Single().Body);
    }

    [Fact]
    public async Task A_bad_number_and_an_unknown_group_name_their_field()
    {
        using var admin = new PageClient(host, Roles.Admin);
        var (_, html) = await admin.PostAsync("/templates/CALL", "/templates/CALL", Fields("Phone call", "S", "B", cost: "abc"));
        Assert.Equal("Form.UnitCost: 'abc' is not a valid value.", PageClient.TextOf(html, "template-error"));

        var fields = Fields("Phone call", "S", "B").Select(f => f.Item1 == "Form.InteractionGroupCode" ? (f.Item1, "NOPE") : f).ToArray();
        (_, html) = await admin.PostAsync("/templates/CALL", "/templates/CALL", fields);
        Assert.Equal("InteractionGroupCode: interaction group 'NOPE' does not exist.", PageClient.TextOf(html, "template-error"));
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Marketing)]
    public async Task Non_admins_read_a_template_but_cannot_save_it(string role)
    {
        using var client = new PageClient(host, role);
        var html = await client.GetAsync("/templates/CALL");
        Assert.Contains("Only an admin changes templates", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Save template", html, StringComparison.Ordinal);
        Assert.Contains("<fieldset disabled=\"disabled\">", html, StringComparison.Ordinal);

        var (status, _) = await client.PostAsync("/templates/CALL", "/templates/CALL", Fields("Hijacked", "S", "B"));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.NotEqual("Hijacked", (await Templates.FindTemplateAsync("CALL"))!.Description);

        using var http = host.Client(role);
        using var unknown = await http.GetAsync("/templates/NOPE");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
