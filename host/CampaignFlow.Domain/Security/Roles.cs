namespace CampaignFlow.Domain.Security;

/// <summary>
/// The three roles, each including the ones below it: admin ⊇ marketing ⊇ viewer. The role names are
/// also the authorization policy names (<c>.RequireAuthorization(Roles.Marketing)</c>).
/// </summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Marketing = "marketing";
    public const string Viewer = "viewer";

    /// <summary>Highest first.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, Marketing, Viewer];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);

    /// <summary>The role itself and every role it includes (admin → admin, marketing, viewer).</summary>
    public static IEnumerable<string> Expand(string role)
    {
        var index = All.ToList().IndexOf(role);
        if (index < 0) throw new DomainException(nameof(Roles), role, "Role", $"'{role}' is not a role; use one of {string.Join(", ", All)}.");
        return All.Skip(index);
    }
}
