using System.Xml;
using System.Xml.Linq;
using MarketGraph.Core.Documents;

namespace MarketGraph.Crawlers.Notices;

/// <summary>XML loading with DTDs prohibited and no resolver: external entities and entity expansion never happen.</summary>
public static class SafeXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = TextDecoding.MaxDocumentBytes,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    public static XDocument Load(string text, string name) => Read(text, name, r => XDocument.Load(r, LoadOptions.None));

    /// <summary>Runs <paramref name="read"/> over a safe reader of <paramref name="text"/>; XML errors become one-line <see cref="InvalidInputException"/>s.</summary>
    public static T Read<T>(string text, string name, Func<XmlReader, T> read)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            return read(reader);
        }
        catch (XmlException e)
        {
            var why = e.Message.Contains("DTD", StringComparison.Ordinal)
                ? "XML with a DTD is refused (entities are never resolved)"
                : "malformed XML: " + OneLine(e.Message);
            throw new InvalidInputException($"{name}: {why}", e);
        }
    }

    /// <summary>The local name of the root element, read from the first bytes without parsing.</summary>
    public static string? RootName(ReadOnlySpan<byte> bytes, out string head)
    {
        head = System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var i = 0;
        while (true)
        {
            i = head.IndexOf('<', i);
            if (i < 0 || i + 1 >= head.Length) return null;
            var c = head[i + 1];
            if (c == '?' || c == '!')
            {
                i++;
                continue;
            }
            var end = i + 1;
            while (end < head.Length && !char.IsWhiteSpace(head[end]) && head[end] is not '>' and not '/') end++;
            var qname = head[(i + 1)..end];
            var colon = qname.IndexOf(':');
            return colon >= 0 ? qname[(colon + 1)..] : qname;
        }
    }

    public static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    public static bool LooksLikeXml(RawContent raw) =>
        raw.Extension == ".xml" || (raw.ContentType?.Contains("xml", StringComparison.OrdinalIgnoreCase) ?? false) ||
        FirstNonSpace(raw.Bytes) == '<';

    public static char FirstNonSpace(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith(System.Text.Encoding.UTF8.Preamble) ? 3 : 0;
        for (var i = start; i < Math.Min(bytes.Length, 1024); i++)
        {
            if (!char.IsWhiteSpace((char)bytes[i])) return (char)bytes[i];
        }
        return '\0';
    }
}
