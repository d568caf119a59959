namespace CampaignFlow.Storage;
