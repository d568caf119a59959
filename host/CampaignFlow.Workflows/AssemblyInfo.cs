namespace CampaignFlow.Workflows;
