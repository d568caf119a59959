using System.CommandLine;
using System.Text.Json;
using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Security;

namespace CampaignFlow.Host.Cli;

/// <summary>`campaignflow keys create|list|revoke`: API keys for the REST API and the web UI sign-in.</summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var keys = new Command("keys", "Create, list and revoke API keys (roles: admin ⊇ marketing ⊇ viewer).");
        keys.Subcommands.Add(CreateVerb());
        keys.Subcommands.Add(ListVerb());
        keys.Subcommands.Add(RevokeVerb());
        return keys;
    }

    private static Command CreateVerb()
    {
        var role = new Option<string>("--role") { Description = "admin, marketing or viewer.", Required = true };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var name = new Option<string>("--name") { Description = "Who or what uses the key (up to 50 characters).", Required = true };
        name.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string>();
            if (string.IsNullOrWhiteSpace(value) || value.Length > 50) r.AddError("--name must be 1 to 50 characters.");
        });
        var json = new Option<bool>("--json") { Description = "Print JSON for scripts." };
        var database = HostOptions.Database();
        var command = new Command("create", "Create a key and print it once (only its hash is stored).") { role, name, json, database };
        command.SetAction((result, ct) => CliStore.RunAsync(result.GetValue(database), async app =>
        {
            var created = await app.Services.GetRequiredService<ApiKeyService>().CreateAsync(result.GetValue(name)!, result.GetValue(role)!, ct);
            Console.WriteLine(result.GetValue(json)
                ? JsonSerializer.Serialize(new { id = created.Id, name = created.Name, role = created.Role, key = created.Key })
                : $"Created {created.Role} key '{created.Name}' (id {created.Id}). Keep it now, it is not shown again:\n{created.Key}");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command ListVerb()
    {
        var json = new Option<bool>("--json") { Description = "Print JSON for scripts." };
        var database = HostOptions.Database();
        var command = new Command("list", "List the keys (ids, names, roles; never the keys).") { json, database };
        command.SetAction((result, ct) => CliStore.RunAsync(result.GetValue(database), async app =>
        {
            var keys = await app.Services.GetRequiredService<ApiKeyService>().ListAsync(ct);
            if (result.GetValue(json))
                Console.WriteLine(JsonSerializer.Serialize(keys.Select(k => new { id = k.Id, name = k.Name, role = k.Role, createdAt = k.CreatedAt, revokedAt = k.RevokedAt })));
            else
                foreach (var k in keys) Console.WriteLine($"{k.Id}  {k.Role,-9}  {k.Name}{(k.Active ? "" : "  (revoked)")}");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command RevokeVerb()
    {
        var id = new Argument<string>("id") { Description = "The key's id (the part after cf_)." };
        var database = HostOptions.Database();
        var command = new Command("revoke", "Revoke a key; sessions opened with it end too.") { id, database };
        command.SetAction((result, ct) => CliStore.RunAsync(result.GetValue(database), async app =>
        {
            if (await app.Services.GetRequiredService<ApiKeyService>().RevokeAsync(result.GetValue(id)!, ct)) return ExitCodes.Ok;
            await Console.Error.WriteLineAsync($"campaignflow: there is no key with id '{result.GetValue(id)}'.");
            return ExitCodes.BadInput;
        }, ct));
        return command;
    }
}
