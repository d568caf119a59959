namespace CampaignFlow.Plugins.Abstractions;
