namespace CampaignFlow.Rules;
