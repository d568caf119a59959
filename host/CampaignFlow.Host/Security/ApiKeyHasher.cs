using System.Security.Cryptography;
using System.Text;

namespace CampaignFlow.Host.Security;

/// <summary>
/// Makes and checks keys of the form <c>cf_&lt;id&gt;_&lt;secret&gt;</c>. The secret has 256 random bits, so a
/// salted SHA-256 is enough (a slow hash like PBKDF2 protects guessable passwords, not random keys) and
/// keeps a check under a microsecond on every request.
/// </summary>
public static class ApiKeyHasher
{
    public const string Prefix = "cf_";

    public static (string Id, string Secret) NewKey()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (id, secret);
    }

    public static string Format(string id, string secret) => $"{Prefix}{id}_{secret}";

    /// <summary>Splits a presented key; false when it does not have the shape of a CampaignFlow key.</summary>
    public static bool TryParse(string? presented, out string id, out string secret)
    {
        id = secret = "";
        if (presented is null || !presented.StartsWith(Prefix, StringComparison.Ordinal) || presented.Length > 200) return false;
        var separator = presented.IndexOf('_', Prefix.Length);
        if (separator <= Prefix.Length || separator == presented.Length - 1) return false;
        id = presented[Prefix.Length..separator];
        secret = presented[(separator + 1)..];
        return true;
    }

    public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(16);

    public static byte[] Hash(byte[] salt, string secret)
    {
        ArgumentNullException.ThrowIfNull(salt);
        var secretBytes = Encoding.UTF8.GetBytes(secret);
        var input = new byte[salt.Length + secretBytes.Length];
        salt.CopyTo(input, 0);
        secretBytes.CopyTo(input, salt.Length);
        return SHA256.HashData(input);
    }

    public static bool Matches(byte[] salt, byte[] expectedHash, string secret) =>
        CryptographicOperations.FixedTimeEquals(Hash(salt, secret), expectedHash);

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
