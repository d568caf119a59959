namespace CampaignFlow.Channels.Phone;
