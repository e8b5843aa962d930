using System.Security.Cryptography;
using System.Text;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Core.Entities;

/// <summary>Deterministic entity ids ("org:orange-business-services"), stable across stores and re-ingestion.</summary>
public static class EntityId
{
    public static string For(EntityKind kind, string name)
    {
        var key = EntityKey.Normalise(name);
        var slug = key.Replace(' ', '-');
        if (slug.Length == 0) slug = "x";
        if (slug.Length > 80) slug = slug[..64] + "-" + ShortHash(key);
        return $"{kind.IdPrefix()}:{slug}";
    }

    public static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
}
