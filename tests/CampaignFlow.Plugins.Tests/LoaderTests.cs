using CampaignFlow.Testing;
using CampaignFlow.Plugins.Abstractions;
using CampaignFlow.Plugins.Loading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CampaignFlow.Plugins.Tests;

public sealed class LoaderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string PluginsRoot => _temp.Combine("plugins");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_three_channel_plugins_load_each_in_its_own_context_sharing_the_sdk()
    {
        foreach (var id in new[] { "letter", "email", "phone" })
        {
            PluginFolders.Copy(PluginsRoot, id);
        }

        using var host = new TestHost(PluginsRoot, PhoneTests.Settings(_temp), PhoneTests.HostServices(new PhoneTests.InMemoryTasks(), new PhoneTests.Recorder()));

        Assert.Equal(["email", "letter", "phone"], host.Registry.Plugins.Select(plugin => plugin.Id));
        var email = host.Registry.Find("email")!;
        Assert.Equal(PluginStatus.Disabled, email.Status); // no SMTP settings given: the options check disables it
        Assert.Contains("Plugins:email:Host is required", email.Error, StringComparison.Ordinal);
        Assert.All(["letter", "phone"], id => Assert.Equal(PluginStatus.Loaded, host.Registry.Find(id)!.Status));
        Assert.Equal(["letter"], host.Registry.Find("letter")!.Channels);
        Assert.Equal("1.0.0", host.Registry.Find("letter")!.Version);
        // SDK 1.1's IsIdempotent, declared by the letter and phone channels (a re-send overwrites the PDF, finds the task).
        Assert.Equal((true, true), (host.Router.Route(ChannelKind.HardCopy).IsIdempotent, host.Router.Route(ChannelKind.Phone).IsIdempotent));

        // Type identity holds: the plugin's channel is the host's IChannel (the SDK was not loaded twice).
        var sdk = typeof(IChannel).Assembly;
        Assert.Single(AppDomain.CurrentDomain.GetAssemblies(), assembly => assembly.GetName().Name == sdk.GetName().Name);
        Assert.False(File.Exists(Path.Combine(PluginsRoot, "letter", "CampaignFlow.Plugins.Abstractions.dll")));
        var letterContext = System.Runtime.Loader.AssemblyLoadContext.All.Single(context => context.Name == "CampaignFlow.Channels.Letter"
            && context.Assemblies.Any(assembly => assembly.Location.StartsWith(PluginsRoot, StringComparison.Ordinal)));
        Assert.Contains(letterContext.Assemblies, assembly => assembly.GetName().Name == "PdfSharp");
        Assert.DoesNotContain(letterContext.Assemblies, assembly => assembly == sdk);
    }

    [Fact]
    public void A_plugin_that_throws_in_ConfigureServices_is_disabled_and_the_others_load()
    {
        PluginFolders.CopyFaulty(PluginsRoot, "broken");
        PluginFolders.CopyFaulty(PluginsRoot, "good");
        using var host = new TestHost(PluginsRoot, new Dictionary<string, string?>
        {
            ["Plugins:broken:Mode"] = "ThrowInConfigure",
            ["Plugins:broken:Code"] = "broken",
            ["Plugins:good:Code"] = "good",
            ["Plugins:good:ActionName"] = "good.echo",
        });

        var broken = host.Registry.Find("broken")!;
        Assert.Equal(PluginStatus.Disabled, broken.Status);
        Assert.Contains("ConfigureServices", broken.Error, StringComparison.Ordinal);
        Assert.Contains("faulty plugin refuses to configure", broken.Error, StringComparison.Ordinal);
        Assert.Equal(PluginStatus.Loaded, host.Registry.Find("good")!.Status);
        Assert.Equal(["good"], host.Catalog.Channels.Select(channel => channel.Code));
        Assert.Contains(host.Logs.Entries, entry => entry.Level == LogLevel.Error && entry.Text.Contains("broken", StringComparison.Ordinal) && entry.Text.Contains("disabled", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plugin_whose_channel_constructor_throws_is_disabled()
    {
        PluginFolders.CopyFaulty(PluginsRoot, "ctor");
        using var host = new TestHost(PluginsRoot, new Dictionary<string, string?> { ["Plugins:ctor:Mode"] = "ThrowInConstructor" });

        var info = host.Registry.Find("ctor")!;
        Assert.Equal(PluginStatus.Disabled, info.Status);
        Assert.Contains("creating its channels", info.Error, StringComparison.Ordinal);
        Assert.Contains("faulty channel cannot be created", info.Error, StringComparison.Ordinal);
        Assert.Empty(host.Catalog.Channels);
    }

    [Fact]
    public void A_plugin_built_for_another_sdk_major_version_is_disabled_with_the_versions_named()
    {
        PluginFolders.CopyFaulty(PluginsRoot, "future", sdkVersion: "2.0");
        PluginFolders.CopyFaulty(PluginsRoot, "newer-minor", sdkVersion: "1.7");
        using var host = new TestHost(PluginsRoot);

        var future = host.Registry.Find("future")!;
        Assert.Equal(PluginStatus.Disabled, future.Status);
        Assert.Contains("'sdkVersion'", future.Error, StringComparison.Ordinal);
        Assert.Contains("SDK major version 2", future.Error, StringComparison.Ordinal);
        Assert.Contains(Abstractions.SdkVersion.Current, future.Error, StringComparison.Ordinal);
        Assert.Contains("newer than this host", host.Registry.Find("newer-minor")!.Error, StringComparison.Ordinal);
        Assert.Empty(host.Catalog.Channels);
    }

    [Fact]
    public void Bad_manifests_are_reported_with_file_field_and_position()
    {
        var syntax = PluginFolders.Copy(PluginsRoot, "faulty", "syntax");
        PluginFolders.WriteManifest(syntax, "{\n  \"id\": \"syntax\",\n  \"version\": 1.0.0\n}");
        var missingField = PluginFolders.Copy(PluginsRoot, "faulty", "missing-field");
        PluginFolders.WriteManifest(missingField, """{ "id": "missing-field", "version": "1.0.0", "sdkVersion": "1.0" }""");
        var badId = PluginFolders.Copy(PluginsRoot, "faulty", "bad-id");
        PluginFolders.WriteManifest(badId, """{ "id": "Bad Id!", "version": "1.0.0", "sdkVersion": "1.0", "entryAssembly": "CampaignFlow.TestPlugins.Faulty.dll" }""");
        var noEntry = PluginFolders.Copy(PluginsRoot, "faulty", "no-entry");
        PluginFolders.WriteManifest(noEntry, """{ "id": "no-entry", "version": "1.0.0", "sdkVersion": "1.0", "entryAssembly": "Missing.dll" }""");
        var noManifest = PluginFolders.Copy(PluginsRoot, "faulty", "no-manifest");
        File.Delete(Path.Combine(noManifest, "plugin.json"));
        var garbage = Directory.CreateDirectory(Path.Combine(PluginsRoot, "garbage")).FullName;
        File.WriteAllText(Path.Combine(garbage, "Garbage.dll"), "this is not an assembly");
        PluginFolders.WriteManifest(garbage, """{ "id": "garbage", "version": "1.0.0", "sdkVersion": "1.0", "entryAssembly": "Garbage.dll" }""");

        using var host = new TestHost(PluginsRoot);

        Assert.All(host.Registry.Plugins, plugin => Assert.Equal(PluginStatus.Disabled, plugin.Status));
        string ErrorOf(string id) => host.Registry.Find(id)!.Error!;
        Assert.Contains(Path.Combine(syntax, "plugin.json"), ErrorOf("syntax"), StringComparison.Ordinal);
        Assert.True(ErrorOf("syntax").Contains("line 3", StringComparison.Ordinal), ErrorOf("syntax"));
        Assert.Contains("entryAssembly", ErrorOf("missing-field"), StringComparison.Ordinal);
        Assert.Contains("field 'id'", ErrorOf("bad-id"), StringComparison.Ordinal);
        Assert.Contains("'Missing.dll', which is not in", ErrorOf("no-entry"), StringComparison.Ordinal);
        Assert.Contains("manifest is missing", ErrorOf("no-manifest"), StringComparison.Ordinal);
        Assert.Contains("BadImageFormatException", ErrorOf("garbage"), StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_ids_and_configuration_disabled_plugins_are_reported()
    {
        PluginFolders.CopyFaulty(PluginsRoot, "twin");
        var copy = PluginFolders.Copy(PluginsRoot, "faulty", "twin-copy");
        PluginFolders.WriteManifest(copy, """{ "id": "twin", "version": "0.2.0", "sdkVersion": "1.0", "entryAssembly": "CampaignFlow.TestPlugins.Faulty.dll" }""");
        PluginFolders.CopyFaulty(PluginsRoot, "off");
        using var host = new TestHost(PluginsRoot, new Dictionary<string, string?> { ["Plugins:Disabled:0"] = "off", ["Plugins:off:Code"] = "off" });

        Assert.Equal(PluginStatus.Loaded, host.Registry.Plugins.Single(plugin => plugin.Folder.EndsWith("twin", StringComparison.Ordinal)).Status);
        Assert.Contains("already used by another folder", host.Registry.Plugins.Single(plugin => plugin.Folder.EndsWith("twin-copy", StringComparison.Ordinal)).Error, StringComparison.Ordinal);
        Assert.Equal("Disabled by configuration (Plugins:Disabled).", host.Registry.Find("off")!.Error);
    }

    [Fact]
    public async Task A_channel_that_throws_becomes_a_failure_with_the_exception_text()
    {
        PluginFolders.CopyFaulty(PluginsRoot, "thrower");
        PluginFolders.CopyFaulty(PluginsRoot, "io");
        using var host = new TestHost(PluginsRoot, new Dictionary<string, string?>
        {
            ["Plugins:thrower:Mode"] = "ThrowOnSend",
            ["Plugins:thrower:Code"] = "thrower",
            ["Plugins:thrower:ActionName"] = "thrower.echo",
            ["Plugins:io:Mode"] = "ThrowIoOnSend",
            ["Plugins:io:Code"] = "io",
            ["Plugins:io:ActionName"] = "io.echo",
        });

        var thrown = await host.Channel("thrower").SendAsync(Messages.Email(10000, "a@b.example"), CancellationToken.None);
        var io = await host.Channel("io").SendAsync(Messages.Email(20000, "a@b.example"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.PermanentFailure, thrown.Status);
        Assert.Contains("InvalidOperationException: faulty channel failed on 00000002-0000010000", thrown.Error, StringComparison.Ordinal);
        Assert.Equal(DeliveryStatus.TransientFailure, io.Status);
        Assert.Contains("faulty disk is full", io.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_that_hangs_times_out_as_a_transient_failure_and_the_host_goes_on()
    {
        PluginFolders.CopyFaulty(PluginsRoot, "hang");
        PluginFolders.CopyFaulty(PluginsRoot, "fine");
        using var host = new TestHost(PluginsRoot, new Dictionary<string, string?>
        {
            ["Plugins:SendTimeout"] = "00:00:00.300",
            ["Plugins:hang:Mode"] = "Hang",
            ["Plugins:hang:Code"] = "hang",
            ["Plugins:hang:ActionName"] = "hang.echo",
            ["Plugins:fine:Code"] = "fine",
            ["Plugins:fine:ActionName"] = "fine.echo",
        });

        var hung = await host.Channel("hang").SendAsync(Messages.Email(10000, "a@b.example"), CancellationToken.None);
        var fine = await host.Channel("fine").SendAsync(Messages.Email(20000, "a@b.example"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.TransientFailure, hung.Status);
        Assert.Contains("did not finish sending 00000002-0000010000 within 0.3 s (timeout)", hung.Error, StringComparison.Ordinal);
        Assert.Equal(DeliveryResult.Delivered("faulty:00000002-0000020000"), fine);
    }

    [Fact]
    public async Task A_channel_that_blocks_its_caller_synchronously_still_times_out()
    {
        PluginFolders.CopyFaulty(PluginsRoot, "block");
        using var host = new TestHost(PluginsRoot, new Dictionary<string, string?> { ["Plugins:SendTimeout"] = "00:00:00.300", ["Plugins:block:Mode"] = "BlockOnSend" });

        var result = await host.Channel("faulty").SendAsync(Messages.Email(10000, "a@b.example"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.TransientFailure, result.Status);
        Assert.Contains("(timeout)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_host_token_still_stops_a_hanging_call()
    {
        PluginFolders.CopyFaulty(PluginsRoot, "hang");
        using var host = new TestHost(PluginsRoot, new Dictionary<string, string?> { ["Plugins:hang:Mode"] = "Hang" });
        using var stopping = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Channel("faulty").SendAsync(Messages.Email(10000, "a@b.example"), stopping.Token));
    }

    [Fact]
    public async Task Workflow_actions_from_plugins_run_and_their_exceptions_become_failures()
    {
        PluginFolders.CopyFaulty(PluginsRoot, "actions");
        using var host = new TestHost(PluginsRoot, new Dictionary<string, string?> { ["Plugins:actions:ActionName"] = "fax.sendCover" });
        var action = Assert.Single(host.Catalog.WorkflowActions);
        var context = new WorkflowActionContext
        {
            WorkflowInstanceId = "WF1",
            WorkflowName = "campaign",
            CampaignNo = "CP0001",
            Parameters = new Dictionary<string, string> { ["page"] = "cover" },
            Now = DateTimeOffset.UnixEpoch,
        };

        var ok = await action.ExecuteAsync(context, CancellationToken.None);
        var failed = await action.ExecuteAsync(context with { Parameters = new Dictionary<string, string> { ["fail"] = "yes" } }, CancellationToken.None);

        Assert.Equal("fax.sendCover", action.Name);
        Assert.True(ok.Succeeded);
        Assert.Equal("cover", ok.Outputs["page"]);
        Assert.False(failed.Succeeded);
        Assert.Contains("echo failed for CP0001", failed.Error, StringComparison.Ordinal);
        Assert.Equal(["fax.sendCover"], host.Registry.Find("actions")!.WorkflowActions);
    }

    [Fact]
    public void The_router_picks_the_configured_channel_else_the_first_and_explains_a_missing_one()
    {
        PluginFolders.CopyFaulty(PluginsRoot, "alpha");
        PluginFolders.CopyFaulty(PluginsRoot, "beta");
        PluginFolders.CopyFaulty(PluginsRoot, "gamma", sdkVersion: "9.0");
        var settings = new Dictionary<string, string?>
        {
            ["Plugins:alpha:Code"] = "alpha",
            ["Plugins:alpha:ActionName"] = "alpha.echo",
            ["Plugins:beta:Code"] = "beta",
            ["Plugins:beta:ActionName"] = "beta.echo",
        };
        using var byOrder = new TestHost(PluginsRoot, settings);
        using var byRoute = new TestHost(PluginsRoot, new Dictionary<string, string?>(settings) { ["Plugins:Routes:Email"] = "beta" });

        Assert.Equal("alpha", byOrder.Router.Route(ChannelKind.Email).Code);
        Assert.Equal("beta", byRoute.Router.Route(ChannelKind.Email).Code);
        Assert.Null(byOrder.Router.Find(ChannelKind.HardCopy));
        var error = Assert.Throws<InvalidOperationException>(() => byOrder.Router.Route(ChannelKind.HardCopy));
        Assert.Contains("no loaded channel handles HardCopy", error.Message, StringComparison.Ordinal);
        Assert.Contains("'gamma'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_generic_host_starts_and_runs_with_broken_plugins_and_reports_each()
    {
        var pluginsRoot = _temp.Combine("my-plugins"); // not next to the test executable, so found in the content root
        PluginFolders.CopyFaulty(pluginsRoot, "broken");
        PluginFolders.CopyFaulty(pluginsRoot, "old", sdkVersion: "0.9");
        PluginFolders.Copy(pluginsRoot, "letter");
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new Microsoft.Extensions.Hosting.HostApplicationBuilderSettings
        {
            ContentRootPath = _temp.Path,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Plugins:Path"] = "my-plugins",
            ["Plugins:broken:Mode"] = "ThrowInConfigure",
            ["Plugins:letter:OutputFolder"] = _temp.Combine("letters"),
            ["Plugins:letter:PdfSharpLicense"] = "AGPL",
        });
        builder.Services.AddCampaignFlowPlugins(builder.Configuration);
        using var app = builder.Build();

        await app.StartAsync();
        var registry = app.Services.GetRequiredService<PluginRegistry>();
        var router = app.Services.GetRequiredService<ChannelRouter>();
        var letter = await router.Route(ChannelKind.HardCopy).SendAsync(Messages.Letter(10000, "Zoé", "Bonjour"), CancellationToken.None);
        await app.StopAsync();

        Assert.Equal(pluginsRoot, registry.PluginsPath);
        Assert.Equal(["broken", "letter", "old"], registry.Plugins.Select(plugin => plugin.Id));
        Assert.Equal([PluginStatus.Disabled, PluginStatus.Loaded, PluginStatus.Disabled], registry.Plugins.Select(plugin => plugin.Status));
        Assert.True(letter.IsDelivered, letter.Error);
    }

    [Fact]
    public void A_missing_plugins_folder_leaves_an_empty_registry_and_a_warning()
    {
        using var host = new TestHost(_temp.Combine("does-not-exist"));

        Assert.Empty(host.Registry.Plugins);
        Assert.Null(host.Registry.PluginsPath);
        Assert.Contains(host.Logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Text.Contains("No plugins folder", StringComparison.Ordinal));
    }
}
