namespace MarketGraph.Crawlers.Fetching;

/// <summary>
/// robots.txt per RFC 9309: the group whose user-agent matches our product token (else "*"), longest matching
/// rule wins, allow wins a tie, "*" and "$" patterns. /robots.txt itself is always allowed.
/// </summary>
public sealed class RobotsTxt
{
    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsTxt(List<(string, bool)> rules, bool allowAll, bool disallowAll)
    {
        _rules = rules;
        AllowsAll = allowAll;
        DisallowsAll = disallowAll;
    }

    public bool AllowsAll { get; }
    public bool DisallowsAll { get; }

    public static RobotsTxt AllowAll { get; } = new([], true, false);
    public static RobotsTxt DisallowAll { get; } = new([], false, true);

    public static RobotsTxt Parse(string content, string productToken)
    {
        var token = productToken.ToLowerInvariant();
        var groups = new List<(List<string> Agents, List<(string, bool)> Rules)>();
        (List<string> Agents, List<(string, bool)> Rules)? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in content.Split('\n'))
        {
            var line = rawLine;
            var hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            var colon = line.IndexOf(':');
            if (colon < 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (!lastWasAgent || current is null)
                    {
                        current = ([], []);
                        groups.Add(current.Value);
                    }
                    current.Value.Agents.Add(value.ToLowerInvariant());
                    lastWasAgent = true;
                    break;
                case "allow" or "disallow":
                    lastWasAgent = false;
                    if (current is null || (key == "disallow" && value.Length == 0)) break;
                    current.Value.Rules.Add((value, key == "allow"));
                    break;
                default:
                    lastWasAgent = false;
                    break;
            }
        }
        var mine = groups.Where(g => g.Agents.Any(a => a != "*" && token.StartsWith(a, StringComparison.Ordinal))).SelectMany(g => g.Rules).ToList();
        var matched = groups.Any(g => g.Agents.Any(a => a != "*" && token.StartsWith(a, StringComparison.Ordinal)));
        var rules = matched ? mine : groups.Where(g => g.Agents.Contains("*")).SelectMany(g => g.Rules).ToList();
        return new RobotsTxt(rules, false, false);
    }

    public bool IsAllowed(Uri url)
    {
        if (AllowsAll) return true;
        if (DisallowsAll) return false;
        var path = url.PathAndQuery;
        if (path == "/robots.txt") return true;
        var best = -1;
        var allow = true;
        foreach (var (pattern, isAllow) in _rules)
        {
            if (!Matches(pattern, path)) continue;
            var length = pattern.Length;
            if (length > best || (length == best && isAllow))
            {
                best = length;
                allow = isAllow;
            }
        }
        return allow;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored) pattern = pattern[..^1];
        pattern = Decode(pattern);
        path = Decode(path);
        return Match(pattern, 0, path, 0, anchored);
    }

    private static string Decode(string s)
    {
        try
        {
            return Uri.UnescapeDataString(s);
        }
        catch (UriFormatException)
        {
            return s;
        }
    }

    // classic two-pointer glob match (linear backtracking to the last '*'); a rule without '$' matches a prefix
    private static bool Match(string p, int pi, string s, int si, bool anchored)
    {
        if (!anchored) p += "*";
        int star = -1, mark = 0;
        while (si < s.Length)
        {
            if (pi < p.Length && p[pi] != '*' && p[pi] == s[si])
            {
                pi++;
                si++;
            }
            else if (pi < p.Length && p[pi] == '*')
            {
                star = pi++;
                mark = si;
            }
            else if (star >= 0)
            {
                pi = star + 1;
                si = ++mark;
            }
            else
            {
                return false;
            }
        }
        while (pi < p.Length && p[pi] == '*') pi++;
        return pi == p.Length;
    }
}
