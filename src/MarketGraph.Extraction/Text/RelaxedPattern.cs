using System.Text;
using System.Text.RegularExpressions;

namespace MarketGraph.Extraction;

/// <summary>
/// A cheap test before a slow pattern: the pattern relaxed so that it matches wherever the original does (and more),
/// run without backtracking in one linear pass. Where it does not match, the original cannot, and most texts hold no
/// match of a pattern that would otherwise be tried at every position.
/// </summary>
internal static partial class RelaxedPattern
{
    /// <summary>The relaxed form of a pattern, with its options, for the non-backtracking engine.</summary>
    public static Regex Of(Regex regex) => new(Relax(regex.ToString()), regex.Options | RegexOptions.NonBacktracking);

    /// <summary>
    /// A pattern that matches wherever <paramref name="pattern"/> does, and that the non-backtracking engine runs fast:
    /// lookarounds become empty, a conditional either branch, groups unnamed, and long bounded repeats unbounded.
    /// </summary>
    public static string Relax(string pattern)
    {
        var sb = new StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                sb.Append(c).Append(pattern[++i]);
            }
            else if (c == '[')
            {
                var close = ClassEnd(pattern, i);
                sb.Append(pattern, i, close + 1 - i);
                i = close;
            }
            else if (c == '(' && pattern.AsSpan(i).StartsWith("(?(", StringComparison.Ordinal))
            {
                // "(?(rely)yes|no)": either branch
                var close = GroupEnd(pattern, i);
                var body = pattern[(pattern.IndexOf(')', i + 3) + 1)..close];
                var bar = TopLevelBar(body);
                sb.Append("(?:").Append(Relax(bar < 0 ? body : body[..bar])).Append('|').Append(bar < 0 ? "" : Relax(body[(bar + 1)..])).Append(')');
                i = close;
            }
            else if (c == '(' && (pattern.AsSpan(i).StartsWith("(?=") || pattern.AsSpan(i).StartsWith("(?!")
                || pattern.AsSpan(i).StartsWith("(?<=") || pattern.AsSpan(i).StartsWith("(?<!")))
            {
                sb.Append("(?:)");
                i = GroupEnd(pattern, i);
            }
            else if (c == '(' && pattern.AsSpan(i).StartsWith("(?<"))
            {
                sb.Append("(?:");
                i = pattern.IndexOf('>', i);
            }
            else if (c == '{' && LongRepeat().Match(pattern, i) is { Success: true } repeat)
            {
                sb.Append('{').Append(repeat.Groups["min"].Value).Append(",}");
                i += repeat.Length - 1;
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"\G\{(?<min>\d+),(?<max>\d{2,})\}")]
    private static partial Regex LongRepeat();

    /// <summary>The index of the "]" that closes the class opening at <paramref name="open"/>.</summary>
    private static int ClassEnd(string pattern, int open)
    {
        for (var i = open + 1; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\') i++;
            else if (pattern[i] == ']') return i;
        }
        throw new ArgumentException($"unclosed class in {pattern}");
    }

    /// <summary>The index of the ")" that closes the group opening at <paramref name="open"/>.</summary>
    private static int GroupEnd(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\') i++;
            else if (c == '[') i = ClassEnd(pattern, i);
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        throw new ArgumentException($"unclosed group in {pattern}");
    }

    private static int TopLevelBar(string body)
    {
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\\') i++;
            else if (c == '[') i = ClassEnd(body, i);
            else if (c == '(') i = GroupEnd(body, i);
            else if (c == '|') return i;
        }
        return -1;
    }
}
