using System.Security.Cryptography;
using System.Text;

namespace MarketGraph.Api.GraphQL.Http;

/// <summary>The API key a request presents (X-Api-Key, else Authorization: Bearer) and whether it is one of GraphQL:ApiKeys.</summary>
public static class ApiKeys
{
    public const string Header = "X-Api-Key";

    public static string? Presented(HttpRequest request)
    {
        if (request.Headers[Header].ToString() is { Length: > 0 } key) return key.Trim();
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }

    public static bool IsValid(string? presented, IEnumerable<string> configured)
    {
        if (string.IsNullOrEmpty(presented)) return false;
        var bytes = Encoding.UTF8.GetBytes(presented);
        var valid = false;
        // compare with every key, in constant time, so timing tells nothing about which key nearly matched
        foreach (var key in configured)
        {
            if (string.IsNullOrWhiteSpace(key)) continue;
            valid |= CryptographicOperations.FixedTimeEquals(bytes, Encoding.UTF8.GetBytes(key.Trim()));
        }
        return valid;
    }

    /// <summary>A short, non-reversible label of a key, to partition rate limits without keeping keys in memory.</summary>
    public static string Label(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
}
