using System.Globalization;
using System.Text;

namespace MarketGraph.Neo4j;

/// <summary>
/// Values written as Cypher literals, for scripts that must run without parameters (export). Strings are
/// single-quoted with every quote, backslash and control character escaped, so no value can end the literal.
/// </summary>
public static class CypherLiteral
{
    public static string Of(object? value)
    {
        var sb = new StringBuilder();
        Write(sb, value);
        return sb.ToString();
    }

    public static void Write(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case string s:
                WriteString(sb, s);
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case int or long or short or byte:
                sb.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                var d = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (double.IsNaN(d)) sb.Append("toFloat('NaN')");
                else if (double.IsPositiveInfinity(d)) sb.Append("toFloat('Infinity')");
                else if (double.IsNegativeInfinity(d)) sb.Append("toFloat('-Infinity')");
                else
                {
                    var text = d.ToString("R", CultureInfo.InvariantCulture);
                    // keep it a FLOAT in Cypher: 23 would read back as an INTEGER
                    if (!text.Contains('.') && !text.Contains('E')) text += ".0";
                    sb.Append(text);
                }
                break;
            case System.Collections.IDictionary map:
                sb.Append('{');
                var first = true;
                foreach (System.Collections.DictionaryEntry e in map)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    WriteName(sb, Convert.ToString(e.Key, CultureInfo.InvariantCulture)!);
                    sb.Append(": ");
                    Write(sb, e.Value);
                }
                sb.Append('}');
                break;
            case System.Collections.IEnumerable list:
                sb.Append('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    if (!firstItem) sb.Append(", ");
                    firstItem = false;
                    Write(sb, item);
                }
                sb.Append(']');
                break;
            default:
                throw new ArgumentException($"no Cypher literal for a value of type {value.GetType().Name}");
        }
    }

    /// <summary>A map key or name, always back-quoted (a back-quote inside is doubled).</summary>
    public static void WriteName(StringBuilder sb, string name) => sb.Append('`').Append(name.Replace("`", "``", StringComparison.Ordinal)).Append('`');

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('\'');
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\'': sb.Append("\\'"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    // other control and separator characters (U+2028…) as \uXXXX so a line stays a line
                    if (char.IsControl(c) || c is '\u2028' or '\u2029') sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('\'');
    }
}
