namespace CampaignFlow.Channels.Letter;
