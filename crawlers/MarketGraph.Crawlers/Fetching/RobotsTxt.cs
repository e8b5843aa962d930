namespace MarketGraph.Crawlers.Fetching;

/// <summary>
/// robots.txt per RFC 9309: the group whose user-agent matches our product token (else "*"), longest matching
/// rule wins, allow wins a tie, "*" and "$" patterns. /robots.txt itself is always allowed. The non-standard
/// Crawl-delay (seconds) of the group that applies to us is kept too; the fetcher honours it, capped.
/// </summary>
public sealed class RobotsTxt
{
    private readonly List<(string Pattern, bool Allow)> _rules;

    private sealed class Group
    {
        public readonly List<string> Agents = [];
        public readonly List<(string, bool)> Rules = [];
        public double? CrawlDelaySeconds;
    }

    private RobotsTxt(List<(string, bool)> rules, bool allowAll, bool disallowAll, TimeSpan? crawlDelay = null)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
        AllowsAll = allowAll;
        DisallowsAll = disallowAll;
    }

    public bool AllowsAll { get; }
    public bool DisallowsAll { get; }
    /// <summary>The Crawl-delay our group asks for, uncapped; null when it gives none.</summary>
    public TimeSpan? CrawlDelay { get; }

    public static RobotsTxt AllowAll { get; } = new([], true, false);
    public static RobotsTxt DisallowAll { get; } = new([], false, true);

    public static RobotsTxt Parse(string content, string productToken)
    {
        var token = productToken.ToLowerInvariant();
        var groups = new List<Group>();
        Group? current = null;
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
                        current = new Group();
                        groups.Add(current);
                    }
                    current.Agents.Add(value.ToLowerInvariant());
                    lastWasAgent = true;
                    break;
                case "allow" or "disallow":
                    lastWasAgent = false;
                    if (current is null || (key == "disallow" && value.Length == 0)) break;
                    current.Rules.Add((value, key == "allow"));
                    break;
                case "crawl-delay":
                    lastWasAgent = false;
                    if (current is not null && double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                        && seconds >= 0 && double.IsFinite(seconds))
                        current.CrawlDelaySeconds = Math.Max(current.CrawlDelaySeconds ?? 0, seconds);
                    break;
                default:
                    lastWasAgent = false;
                    break;
            }
        }
        var mine = groups.Where(g => g.Agents.Any(a => a != "*" && token.StartsWith(a, StringComparison.Ordinal))).ToList();
        var applying = mine.Count > 0 ? mine : groups.Where(g => g.Agents.Contains("*")).ToList();
        var delay = applying.Max(g => g.CrawlDelaySeconds);
        // beyond a day the value is nonsense; the fetcher caps it much lower anyway
        var crawlDelay = delay is { } d ? TimeSpan.FromSeconds(Math.Min(d, 86_400)) : (TimeSpan?)null;
        return new RobotsTxt(applying.SelectMany(g => g.Rules).ToList(), false, false, crawlDelay);
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
