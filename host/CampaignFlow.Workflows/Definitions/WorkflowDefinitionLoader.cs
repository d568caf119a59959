namespace CampaignFlow.Workflows.Definitions;

/// <summary>Loads and validates workflow JSON (one text, one file, or every *.json of a folder).</summary>
public static class WorkflowDefinitionLoader
{
    /// <summary>Reads and validates; returns the definition, or null with every error in <paramref name="errors"/>.</summary>
    public static WorkflowDefinition? TryLoad(string json, string source, WorkflowValidationContext context, out IReadOnlyList<WorkflowDefinitionError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(context);
        var found = new List<WorkflowDefinitionError>();
        var definition = WorkflowDefinitionReader.Read(json, source, found);
        if (definition is not null)
        {
            found.AddRange(WorkflowValidator.Validate(definition, context));
        }

        errors = found;
        return found.Count == 0 ? definition : null;
    }

    /// <summary>Reads and validates; throws <see cref="WorkflowDefinitionException"/> listing every error.</summary>
    public static WorkflowDefinition Load(string json, string source, WorkflowValidationContext context) =>
        TryLoad(json, source, context, out var errors) ?? throw new WorkflowDefinitionException(errors);

    /// <summary>Loads one file; errors name the file.</summary>
    public static WorkflowDefinition LoadFile(string path, WorkflowValidationContext context) =>
        Load(File.ReadAllText(path), Path.GetFileName(path), context);

    /// <summary>
    /// Loads every <c>*.json</c> in <paramref name="directory"/> except <c>*.schema.json</c>, all or nothing:
    /// the exception lists the errors of every file, and a repeated (id, version) is an error too.
    /// </summary>
    public static IReadOnlyList<WorkflowDefinition> LoadDirectory(string directory, WorkflowValidationContext context)
    {
        var definitions = new List<WorkflowDefinition>();
        var errors = new List<WorkflowDefinitionError>();
        var files = Directory.EnumerateFiles(directory, "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var definition = TryLoad(File.ReadAllText(file), Path.GetFileName(file), context, out var fileErrors);
            errors.AddRange(fileErrors);
            if (definition is null)
            {
                continue;
            }

            if (definitions.FirstOrDefault(d => d.Key == definition.Key) is { } earlier)
            {
                errors.Add(new(definition.Source, "$.version", $"workflow '{definition.Id}' version {definition.Version} is also defined in {earlier.Source}"));
                continue;
            }

            definitions.Add(definition);
        }

        return errors.Count == 0 ? definitions : throw new WorkflowDefinitionException(errors);
    }
}
