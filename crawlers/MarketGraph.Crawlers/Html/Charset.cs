using System.Text;
using System.Text.RegularExpressions;

namespace MarketGraph.Crawlers.Html;

/// <summary>Decodes web pages: BOM, then the HTTP Content-Type charset, then &lt;meta charset&gt;, then UTF-8 (windows-1252 if not valid UTF-8).</summary>
public static partial class Charset
{
    static Charset() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public static string Decode(byte[] bytes, string? contentType)
    {
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble)) return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var encoding = FromContentType(contentType) ?? FromMeta(bytes);
        if (encoding is not null) return encoding.GetString(bytes);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    public static Encoding? FromContentType(string? contentType)
    {
        if (contentType is null) return null;
        var m = HeaderCharset().Match(contentType);
        return m.Success ? Named(m.Groups[1].Value) : null;
    }

    public static Encoding? FromMeta(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 2048));
        var m = MetaCharset().Match(head);
        return m.Success ? Named(m.Groups[1].Value) : null;
    }

    private static Encoding? Named(string name)
    {
        name = name.Trim().Trim('"', '\'').ToLowerInvariant();
        // the WHATWG encoding standard reads ISO-8859-1 and ASCII labels as windows-1252
        if (name is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "l1") name = "windows-1252";
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"charset\s*=\s*""?([\w\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderCharset();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([\w\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
