using System.Text;

namespace MarketGraph.Core.Documents;

/// <summary>Checks every reader applies before it trusts bytes as text.</summary>
public static class TextDecoding
{
    /// <summary>Largest document accepted (after decompression).</summary>
    public const int MaxDocumentBytes = 20 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void EnsureUsable(RawContent raw)
    {
        var name = raw.FileName ?? raw.Url?.ToString() ?? "input";
        if (raw.Bytes.Length == 0) throw new InvalidInputException($"{name}: file is empty");
        if (raw.Bytes.Length > MaxDocumentBytes)
            throw new InvalidInputException($"{name}: {raw.Bytes.Length / (1024 * 1024)} MB is over the {MaxDocumentBytes / (1024 * 1024)} MB limit for one document");
        if (LooksBinary(raw.Bytes)) throw new InvalidInputException($"{name}: binary content, not a text document");
    }

    /// <summary>Decodes UTF-8 (BOM optional), failing with a clear message on invalid bytes.</summary>
    public static string DecodeUtf8(RawContent raw)
    {
        EnsureUsable(raw);
        var bytes = raw.Bytes.AsSpan();
        if (bytes.StartsWith(Encoding.UTF8.Preamble)) bytes = bytes[3..];
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidInputException($"{raw.FileName ?? raw.Url?.ToString() ?? "input"}: not valid UTF-8 (byte offset {e.Index})", e);
        }
        if (string.IsNullOrWhiteSpace(text)) throw new InvalidInputException($"{raw.FileName ?? "input"}: contains only whitespace");
        return text;
    }

    /// <summary>NUL bytes, or control characters making up over 30 % of the first 8 KB.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        if (head.Contains((byte)0)) return true;
        var controls = 0;
        foreach (var b in head)
        {
            if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
        }
        return head.Length > 0 && controls * 100 > head.Length * 30;
    }

    /// <summary>Removes control characters other than tab/newline, keeping offsets meaningful for what remains.</summary>
    public static string StripControlCharacters(string text)
    {
        if (!text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t')) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsControl(c) || c is '\n' or '\r' or '\t') sb.Append(c);
        }
        return sb.ToString();
    }
}
