namespace CampaignFlow.Channels.Email;
