using CampaignFlow.Host.Cli;

// `campaignflow <verb>`: serve, demo, seed, … (see Cli/CampaignFlowCommandLine.cs).
return await CampaignFlowCommandLine.Build().Parse(args).InvokeAsync();
