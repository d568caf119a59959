namespace CampaignFlow.Workflows.Hosting.Rules;

/// <summary>The input "contact" of a callRule that names a contact.</summary>
public sealed record WorkflowRuleContact(string No, string Name, string? CompanyNo, string? Email, string? CountryRegionCode, string? LanguageCode, string? SalespersonCode);
