namespace MarketGraph.Core.Claims;

/// <summary>
/// The verbatim span of the document text that asserts a claim. <see cref="Start"/> and <see cref="End"/>
/// are UTF-16 offsets into <c>Document.Text</c>, so <c>Text[Start..End] == Quote</c>.
/// </summary>
public sealed record Evidence(string Quote, int Start, int End)
{
    public static Evidence FromSpan(string text, int start, int end) => new(text[start..end], start, end);
}
