using CampaignFlow.Domain;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Storage;
using CampaignFlow.Workflows;
using CampaignFlow.Workflows.Hosting.Actions;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.Integration;

/// <summary>
/// The workflow action sendInteraction: a one-line segment for the contact (the template's and the segment's
/// defaults, the channel forced) is written and logged by Log Segment inside the transition's transaction. So the one
/// interaction gets exactly what a logged segment line gets (checks, interaction log entry, campaign entry, one outbox
/// row delivered by the channel plugin after commit), with no second copy of that code; a failed check rolls it all back.
/// </summary>
public sealed class WorkflowInteractionSender(LogSegmentService logSegments) : IWorkflowInteractionSender
{
    public async Task SendAsync(CampaignFlowDbContext db, WorkflowInteraction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(interaction);
        var channel = interaction.Channel switch
        {
            "email" => CorrespondenceType.Email,
            "letter" => CorrespondenceType.HardCopy,
            "phone" => CorrespondenceType.Phone,
            _ => throw new WorkflowException($"unknown channel '{interaction.Channel}' (email, letter or phone)"),
        };
        if (string.IsNullOrWhiteSpace(interaction.TemplateCode))
        {
            throw new WorkflowException($"sendInteraction to contact '{interaction.ContactNo}' needs 'template' (the interaction template whose content is sent)");
        }

        var contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.No == interaction.ContactNo, cancellationToken)
            ?? throw new WorkflowException($"contact '{interaction.ContactNo}' does not exist");
        var template = await db.InteractionTemplates.AsNoTracking().Include(t => t.Contents)
            .SingleOrDefaultAsync(t => t.Code == interaction.TemplateCode, cancellationToken)
            ?? throw new WorkflowException($"interaction template '{interaction.TemplateCode}' does not exist");

        var segment = new Segment
        {
            No = await new NumberSeriesAllocator(db).NextAsync(NumberSeries.Segments, cancellationToken),
            Description = Truncate($"Workflow of campaign {interaction.CampaignNo}: {template.Description}", 100),
            Date = interaction.Date,
        };
        segment.ApplyTemplate(template);
        segment.CampaignNo = interaction.CampaignNo;
        segment.SubjectDefault = interaction.Subject;
        segment.CorrespondenceTypeDefault = channel;
        segment.IgnoreContactCorresType = true;
        var line = new SegmentLine { LineNo = Segment.LineNoStep };
        segment.FillLine(line, contact, template);
        segment.Lines.Add(line);
        db.Segments.Add(segment);
        await db.SaveChangesAsync(cancellationToken);
        // Log Segment reads, logs and deletes it with its own statements: the tracked copies must not be saved again.
        db.Entry(line).State = EntityState.Detached;
        db.Entry(segment).State = EntityState.Detached;

        await logSegments.LogInAsync(db, segment.No, new LogSegmentOptions { SendAttachments = true }, "workflow", null, cancellationToken);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
