using System.Collections.Frozen;

namespace CampaignFlow.Workflows.Definitions;

/// <summary>The actions a workflow may use: the built-in ones plus those plugins contribute. Immutable.</summary>
public sealed class WorkflowActionCatalog
{
    private static readonly string[] Channels = ["email", "letter", "phone"];

    private readonly FrozenDictionary<string, WorkflowActionDescriptor> byName;

    private WorkflowActionCatalog(IEnumerable<WorkflowActionDescriptor> descriptors) =>
        byName = descriptors.ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);

    /// <summary>The built-in actions.</summary>
    public static WorkflowActionCatalog BuiltIn { get; } = new(
    [
        new(WorkflowActionNames.SetStatus, [Text("status", required: true)], "Set the campaign's status code (implicit on entering a state)", IsImplicit: true),
        new(WorkflowActionNames.LogSegment, [Text("segment", required: true), Flag("send"), Flag("followUp"), Text("description")], "Log a segment; with send, deliver it; with followUp, create the follow-up segment"),
        new(WorkflowActionNames.ActivatePrices, [], "Activate the campaign's sales prices and line discounts"),
        new(WorkflowActionNames.DeactivatePrices, [], "Deactivate the campaign's sales prices and line discounts"),
        new(WorkflowActionNames.AssignActivity, [Text("activity", required: true), Text("salesperson"), Text("team"), Text("segment"), Text("contact"), new("from", false, WorkflowArgumentKind.DateFormula)], "Assign an activity: one task per step, dated from the state entry date (or 'from' applied to it)"),
        new(WorkflowActionNames.SendInteraction, [Text("contact", required: true), new("channel", true, WorkflowArgumentKind.Text, Channels), Text("template"), Text("subject")], "Send one email, letter or phone interaction to one contact"),
        new(WorkflowActionNames.RaiseEvent, [Text("event", required: true), Text("campaign"), new("payload", false, WorkflowArgumentKind.Any)], "Raise an event on this instance (or the instance of another campaign) after this transition commits"),
        new(WorkflowActionNames.WaitForEvent, [Text("event", required: true)], "Wait for an event while in this state: it is recorded when it arrives instead of being reported unhandled"),
        new(WorkflowActionNames.CallRule, [Text("rule", required: true), Text("contact"), Text("onSuccess"), Text("onFailure")], "Run a workflow rule set ('Set' or 'Set/Rule') over the campaign (and contact); raise onSuccess / onFailure (a failure without onFailure is an incident)"),
    ]);

    /// <summary>Every action, by name.</summary>
    public IReadOnlyCollection<WorkflowActionDescriptor> All => byName.Values;

    /// <summary>The action names.</summary>
    public IReadOnlyCollection<string> Names => byName.Keys;

    /// <summary>A catalog with these actions added (e.g. from plugins); a name already present is an error.</summary>
    public WorkflowActionCatalog With(params IEnumerable<WorkflowActionDescriptor> added)
    {
        var all = byName.Values.ToList();
        foreach (var descriptor in added)
        {
            if (all.Any(d => d.Name == descriptor.Name))
            {
                throw new ArgumentException($"workflow action '{descriptor.Name}' is already defined", nameof(added));
            }

            all.Add(descriptor);
        }

        return new WorkflowActionCatalog(all);
    }

    /// <summary>The descriptor of that name, or null.</summary>
    public WorkflowActionDescriptor? Find(string name) => byName.GetValueOrDefault(name);

    private static WorkflowActionArgument Text(string name, bool required = false) => new(name, required, WorkflowArgumentKind.Text);

    private static WorkflowActionArgument Flag(string name) => new(name, false, WorkflowArgumentKind.Boolean);
}
