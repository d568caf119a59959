namespace CampaignFlow.Domain;
