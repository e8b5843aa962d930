using System.Text;
using System.Xml;

namespace MarketGraph.Crawlers.Notices;

/// <summary>
/// Forward-only walking helpers. Contract: every handler given a reader on a start tag consumes that whole
/// element and leaves the reader on the node after its end tag (as <see cref="XmlReader.Skip"/> does).
/// </summary>
internal static class XmlCursor
{
    /// <summary>On a start tag: moves inside and returns true, or past an empty element and returns false.</summary>
    public static bool Enter(XmlReader r)
    {
        var empty = r.IsEmptyElement;
        r.Read();
        return !empty;
    }

    /// <summary>After <see cref="Enter"/>: true on the next child start tag of the element at <paramref name="depth"/>; false once past its end tag.</summary>
    public static bool NextChild(XmlReader r, int depth)
    {
        while (true)
        {
            if (r.NodeType == XmlNodeType.Element) return true;
            if (r.NodeType == XmlNodeType.EndElement && r.Depth == depth)
            {
                r.Read();
                return false;
            }
            if (!r.Read()) return false;
        }
    }

    public static bool Is(XmlReader r, string ns, string local) => r.LocalName == local && r.NamespaceURI == ns;

    /// <summary>The element's text (its descendants' text joined, as <c>XElement.Value</c>), whitespace collapsed; null when blank.</summary>
    public static string? Text(XmlReader r) => XmlHelpers.Normalise(RawText(r));

    public static string? RawText(XmlReader r)
    {
        var depth = r.Depth;
        if (!Enter(r)) return null;
        string? first = null;
        StringBuilder? more = null;
        while (r.NodeType != XmlNodeType.EndElement || r.Depth != depth)
        {
            if (r.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                if (first is null) first = r.Value;
                else (more ??= new StringBuilder(first)).Append(r.Value);
            }
            if (!r.Read()) break;
        }
        r.Read();
        return more?.ToString() ?? first;
    }

    /// <summary>The text at a path of first children below the current element (<c>Element(a)?.Element(b).Text()</c>).</summary>
    public static string? PathText(XmlReader r, ReadOnlySpan<(string Ns, string Local)> path)
    {
        var depth = r.Depth;
        string? result = null;
        var seen = false;
        if (!Enter(r)) return null;
        while (NextChild(r, depth))
        {
            if (!seen && Is(r, path[0].Ns, path[0].Local))
            {
                seen = true;
                result = path.Length == 1 ? Text(r) : PathText(r, path[1..]);
            }
            else r.Skip();
        }
        return result;
    }
}
