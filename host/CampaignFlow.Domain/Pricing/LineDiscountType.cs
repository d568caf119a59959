namespace CampaignFlow.Domain.Pricing;

public enum LineDiscountType
{
    Item,
    ItemDiscountGroup,
}
