using CampaignFlow.Workflows.Definitions;

namespace CampaignFlow.Workflows.Tests.Definitions;

public class WorkflowValidationTests
{
    private const string Minimal = """{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"on":[{"event":"go","to":"ACTIVE"}]},"ACTIVE":{"final":true}}}""";

    [Fact]
    public void A_minimal_workflow_loads()
    {
        var definition = WorkflowDefinitionLoader.Load(Minimal, "w.json", DemoStatusCodes.Context);
        Assert.Equal("w", definition.Name);
        Assert.Equal(new WorkflowDefinitionKey("w", 1), definition.Key);
    }

    [Theory]
    [InlineData("""{"id":"w",""", "w.json: $: malformed JSON at line 1, position 10: ")]
    [InlineData("{\n  \"id\": 'w'\n}", "w.json: $: malformed JSON at line 2, position 9: ''' is an invalid start of a value.")]
    [InlineData("[]", "w.json: $: must be an object, not an array")]
    [InlineData("""{"version":1,"initial":"PLANNED","states":{"PLANNED":{}}}""", "w.json: $: missing required field 'id'")]
    [InlineData("""{"id":"w","initial":"PLANNED","states":{"PLANNED":{}}}""", "w.json: $: missing required field 'version'")]
    [InlineData("""{"id":"w","version":0,"initial":"PLANNED","states":{"PLANNED":{}}}""", "w.json: $.version: must be a whole number of 1 or more, not 0")]
    [InlineData("""{"id":"w","version":1,"states":{"PLANNED":{}}}""", "w.json: $: missing required field 'initial'")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED"}""", "w.json: $: missing required field 'states'")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{}}""", "w.json: $.states: must define at least one state")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{}},"owner":"me"}""", "w.json: $.owner: unknown field 'owner' (allowed: $schema, id, version, name, description, initial, states)")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"onEnter":[]}}}""", "w.json: $.states.PLANNED.onEnter: unknown field 'onEnter' (allowed: entry, exit, on, final, description)")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"on":[{"event":"go","to":"PLANNED","then":1}]}}}""", "w.json: $.states.PLANNED.on[0].then: unknown field 'then' (allowed: event, after, at, offset, to, when, do, description)")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{},"PLANNED":{}}}""", "w.json: $.states.PLANNED: state 'PLANNED' is defined twice")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"final":"yes"}}}""", "w.json: $.states.PLANNED.final: must be true or false, not the string \"yes\"")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"on":[{"to":"PLANNED"}]}}}""", "w.json: $.states.PLANNED.on[0]: a transition needs a trigger: 'event', 'after' or 'at'")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"on":[{"event":"go","after":"1D","to":"PLANNED"}]}}}""", "w.json: $.states.PLANNED.on[0]: a transition has exactly one trigger, not 'event' and 'after'")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"on":[{"event":"go"}]}}}""", "w.json: $.states.PLANNED.on[0]: missing required field 'to'")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"on":[{"after":"1X","to":"PLANNED"}]}}}""", "w.json: $.states.PLANNED.on[0].after: date formula '1X': position 2: unknown unit 'X'")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"on":[{"at":"endingDate","offset":"-1","to":"PLANNED"}]}}}""", "w.json: $.states.PLANNED.on[0].offset: date formula '-1': position 3: the number '1' has no unit (D, WD, W, M, Q or Y)")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"on":[{"at":"tomorrow","to":"PLANNED"}]}}}""", "w.json: $.states.PLANNED.on[0].at: must be 'startingDate' or 'endingDate', not 'tomorrow'")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"on":[{"after":"1D","offset":"1D","to":"PLANNED"}]}}}""", "w.json: $.states.PLANNED.on[0].offset: 'offset' only goes with 'at' (for 'after' the formula is the offset)")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"on":[{"event":"go","to":"PLANNED","when":{"expr":"x"}}]}}}""", "w.json: $.states.PLANNED.on[0].when.expr: unknown field 'expr' (allowed: rule)")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"entry":{"do":"activatePrices"}}}}""", "w.json: $.states.PLANNED.entry: must be an array of actions like {\"do\": \"activatePrices\"}, not an object")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"entry":[{"segment":"S1"}]}}}""", "w.json: $.states.PLANNED.entry[0]: missing required field 'do'")]
    public void Structural_errors_name_file_path_and_problem(string json, string expected)
    {
        // Exact messages, except that the JSON parser's own wording after the position is not ours to pin.
        var errors = LoadErrors(json);
        Assert.Contains(errors, e => e == expected || (expected.EndsWith(": ", StringComparison.Ordinal) && e.StartsWith(expected, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("""{"id":"w","version":1,"initial":"NEW","states":{"PLANNED":{}}}""", "w.json: $.initial: the initial state 'NEW' is not one of the states (PLANNED)")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"on":[{"event":"go","to":"DONE"}]}}}""", "w.json: $.states.PLANNED.on[0].to: unknown state 'DONE' (states: PLANNED)")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{},"ARCHIVED":{}}}""", "w.json: $.states.ARCHIVED: 'ARCHIVED' is not a campaign status code (known: ACTIVE, CANCELED, COMPLETED, FOLLOW-UP, PLANNED)")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{},"ACTIVE":{}}}""", "w.json: $.states.ACTIVE: state 'ACTIVE' cannot be reached from the initial state 'PLANNED'")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"final":true,"on":[{"event":"go","to":"PLANNED"}]}}}""", "w.json: $.states.PLANNED.on: a final state has no transitions")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"entry":[{"do":"sendFax"}]}}}""", "w.json: $.states.PLANNED.entry[0].do: unknown action 'sendFax' (known: activatePrices, assignActivity, callRule, deactivatePrices, logSegment, raiseEvent, sendInteraction, setStatus, waitForEvent)")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"entry":[{"do":"setStatus","status":"ACTIVE"}]}}}""", "w.json: $.states.PLANNED.entry[0].do: 'setStatus' is implicit: entering a state sets its status code")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"entry":[{"do":"logSegment","send":true}]}}}""", "w.json: $.states.PLANNED.entry[0]: action 'logSegment' needs the argument 'segment'")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"entry":[{"do":"logSegment","segment":"S1","send":"yes"}]}}}""", "w.json: $.states.PLANNED.entry[0].send: must be true or false, not \"yes\"")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"exit":[{"do":"activatePrices","campaign":"CP1"}]}}}""", "w.json: $.states.PLANNED.exit[0].campaign: unknown argument 'campaign' for action 'activatePrices' (it takes none)")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"entry":[{"do":"sendInteraction","contact":"CT1","channel":"fax"}]}}}""", "w.json: $.states.PLANNED.entry[0].channel: must be one of email, letter, phone, not 'fax'")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"entry":[{"do":"assignActivity","activity":"A","from":"2WD"}]}}}""", "w.json: $.states.PLANNED.entry[0].from: date formula '2WD': position 2: 'WD' takes its number after it: WD1 … WD7 (Monday … Sunday)")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"on":[{"event":"go","to":"ACTIVE","do":[{"do":"raiseEvent"}]}]},"ACTIVE":{}}}""", "w.json: $.states.PLANNED.on[0].do[0]: action 'raiseEvent' needs the argument 'event'")]
    [InlineData("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"on":[{"event":"go","to":"ACTIVE"},{"event":"go","to":"CANCELED"}]},"ACTIVE":{},"CANCELED":{}}}""", "w.json: $.states.PLANNED.on[1].event: duplicate trigger: event 'go' is already handled without a condition by on[0]")]
    public void Semantic_errors_name_file_path_and_problem(string json, string expected)
    {
        var errors = LoadErrors(json);
        Assert.Contains(expected, errors);
    }

    [Fact]
    public void Every_error_is_reported_not_only_the_first()
    {
        const string json = """{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"on":[{"event":"go","to":"NOWHERE"}],"entry":[{"do":"nope"}]},"LOST":{}}}""";
        Assert.Equal(4, LoadErrors(json).Count); // unknown target, unknown action, LOST not a status code, LOST unreachable
    }

    [Fact]
    public void Guarded_alternatives_for_one_event_are_allowed()
    {
        const string json = """{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"on":[{"event":"go","when":"campaign.Budget > 0","to":"ACTIVE"},{"event":"go","when":{"rule":"Checks/Fallback"},"to":"CANCELED"},{"event":"go","to":"COMPLETED"}]},"ACTIVE":{},"CANCELED":{},"COMPLETED":{}}}""";
        var definition = WorkflowDefinitionLoader.Load(json, "w.json", DemoStatusCodes.Context);
        var on = definition.GetState("PLANNED").Transitions;
        Assert.Equal(new WorkflowCondition("campaign.Budget > 0", null), on[0].When);
        Assert.Equal(new WorkflowCondition(null, "Checks/Fallback"), on[1].When);
        Assert.Null(on[2].When);
    }

    [Fact]
    public void Conditions_are_checked_by_the_hook_the_rules_engine_provides()
    {
        const string json = """{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"on":[{"event":"go","when":"campaign.Budget >","to":"PLANNED"}]}}}""";
        var context = DemoStatusCodes.Context with { ValidateCondition = c => c.Expression!.EndsWith('>') ? "position 17: expression ends after '>'" : null };
        Assert.Equal(["w.json: $.states.PLANNED.on[0].when: position 17: expression ends after '>'"], LoadErrors(json, context));
    }

    [Fact]
    public void Plugin_actions_extend_the_catalog()
    {
        const string json = """{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"entry":[{"do":"sendSms","contact":"CT1"}]}}}""";
        Assert.Contains("unknown action 'sendSms'", LoadErrors(json)[0], StringComparison.Ordinal);

        var catalog = WorkflowActionCatalog.BuiltIn.With(new WorkflowActionDescriptor("sendSms", [new("contact", true, WorkflowArgumentKind.Text)], "SMS"));
        var context = DemoStatusCodes.Context with { Actions = catalog };
        Assert.Equal("sendSms", WorkflowDefinitionLoader.Load(json, "w.json", context).GetState("PLANNED").Entry[0].Name);
        Assert.Throws<ArgumentException>(() => catalog.With(new WorkflowActionDescriptor("logSegment", [], "again")));
    }

    [Fact]
    public void The_exception_message_lists_every_error()
    {
        var ex = Assert.Throws<WorkflowDefinitionException>(() => WorkflowDefinitionLoader.Load("""{"id":"w","version":1,"initial":"X","states":{"PLANNED":{},"Y":{}}}""", "w.json", DemoStatusCodes.Context));
        Assert.Equal(string.Join(Environment.NewLine, ex.Errors), ex.Message);
        Assert.True(ex.Errors.Count >= 2);
    }

    private static List<string> LoadErrors(string json, WorkflowValidationContext? context = null)
    {
        var definition = WorkflowDefinitionLoader.TryLoad(json, "w.json", context ?? DemoStatusCodes.Context, out var errors);
        Assert.Null(definition);
        Assert.NotEmpty(errors);
        return [.. errors.Select(e => e.ToString())];
    }
}
