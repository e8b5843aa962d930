using System.Globalization;
using System.Text;
using GraphQL;

namespace MarketGraph.Api.GraphQL.Relay;

/// <summary>Opaque Relay cursors over the store's offset paging: base64 of "offset:N".</summary>
public static class Cursors
{
    public static string For(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"offset:{offset.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>The offset just after the cursor's item; null cursor means the start.</summary>
    public static int After(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("offset:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
                return offset + 1;
        }
        catch (FormatException)
        {
        }
        throw new ExecutionError($"'{cursor}' is not a cursor of this API") { Code = "BAD_CURSOR" };
    }
}
