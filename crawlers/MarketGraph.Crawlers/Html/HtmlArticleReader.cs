using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Ports;
using Document = MarketGraph.Core.Documents.Document;

namespace MarketGraph.Crawlers.Html;

/// <summary>
/// An article page: main content extracted with AngleSharp (title, published date, author, canonical URL,
/// language, body text without navigation, ads or comments). The document's text is plain text: the title
/// on the first line, then the body's paragraphs.
/// </summary>
public sealed class HtmlArticleReader : IDocumentReader
{
    private static readonly string[] Noise =
    [
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
        "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[role=complementary]", "[aria-hidden=true]",
        "#comments", ".comments", ".comment", "[class*=comment]", "[id*=comment]", "[class*=advert]", "[id*=advert]",
        ".ad", ".ads", "[class*=-ad-]", "[class^=ad-]", "[class*=sponsor]", "[class*=share]", "[class*=social]",
        "[class*=related]", "[class*=newsletter]", "[class*=cookie]", "[class*=breadcrumb]", "[class*=menu]",
    ];

    private static readonly string[] BlockTags = ["p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre", "td", "dd", "figcaption"];

    public bool CanRead(RawContent raw)
    {
        if (raw.Extension is ".html" or ".htm" or ".xhtml") return true;
        if (raw.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true) return true;
        var head = Encoding.Latin1.GetString(raw.Bytes, 0, Math.Min(raw.Bytes.Length, 1024)).TrimStart().ToLowerInvariant();
        return head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal);
    }

    public Document Read(RawContent raw)
    {
        TextDecoding.EnsureUsable(raw);
        var name = raw.FileName ?? raw.Url?.ToString() ?? "page";
        var html = Charset.Decode(raw.Bytes, raw.ContentType);
        var page = new HtmlParser().ParseDocument(html);
        var article = Extract(page);
        if (string.IsNullOrWhiteSpace(article.Body))
            throw new InvalidInputException($"{name}: no article text found in the page");
        var text = TextDecoding.StripControlCharacters(article.Title is { Length: > 0 } t ? t + "\n\n" + article.Body : article.Body);
        return new Document(raw.Hash, text, MediaTypes.PlainText)
        {
            Title = article.Title,
            Published = article.Published,
            Author = article.Author,
            Language = article.Language,
            Url = article.Canonical is { } c && raw.Url is not null && Uri.TryCreate(raw.Url, c, out var abs) ? abs.ToString() : article.Canonical ?? raw.Url?.ToString(),
            Publisher = article.SiteName,
            FetchedAt = raw.FetchedAt,
            SourceName = raw.SourceName,
        };
    }

    public sealed record Article(string? Title, string Body, DateOnly? Published, string? Author, string? Canonical, string? Language, string? SiteName);

    public static Article Extract(IDocument page)
    {
        string? Meta(params string[] keys)
        {
            foreach (var k in keys)
            {
                var el = page.QuerySelector($"meta[property='{k}'], meta[name='{k}'], meta[itemprop='{k}']");
                var v = el?.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(v)) return v.Trim();
            }
            return null;
        }

        var title = Meta("og:title", "twitter:title") ?? Clean(page.QuerySelector("article h1, main h1, h1")?.TextContent) ?? Clean(page.Title);
        var published = ParseDate(Meta("article:published_time", "datePublished", "date", "dc.date", "DC.date.issued", "pubdate")
            ?? page.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var author = Meta("author", "article:author", "dc.creator")
            ?? Clean(page.QuerySelector("[rel=author], [itemprop=author], .author, .byline")?.TextContent);
        var canonical = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta("og:url");
        var language = page.DocumentElement.GetAttribute("lang") ?? Meta("og:locale", "language", "content-language");
        if (language is not null) language = language.Split('-', '_')[0].ToLowerInvariant();
        var siteName = Meta("og:site_name", "publisher");

        foreach (var selector in Noise)
        {
            foreach (var el in page.QuerySelectorAll(selector).ToList())
            {
                if (el.LocalName is "html" or "body" or "article" or "main") continue;
                el.Remove();
            }
        }
        var root = Best(page);
        var paragraphs = new List<string>();
        foreach (var el in root.QuerySelectorAll(string.Join(", ", BlockTags)))
        {
            if (el.QuerySelector(string.Join(", ", BlockTags)) is not null) continue; // only innermost blocks
            var t = Clean(el.TextContent);
            if (t is null || (title is not null && t == title)) continue;
            paragraphs.Add(t);
        }
        if (paragraphs.Count == 0 && Clean(root.TextContent) is { } all) paragraphs.Add(all);
        return new Article(title, string.Join("\n\n", paragraphs), published, author, canonical, language, siteName);
    }

    /// <summary>article, main, or the element holding the most paragraph text.</summary>
    private static IElement Best(IDocument page)
    {
        var candidates = page.QuerySelectorAll("article, main, [itemprop=articleBody], [role=main]").ToList();
        if (candidates.Count > 0) return candidates.MaxBy(c => c.QuerySelectorAll("p").Sum(p => p.TextContent.Length))!;
        var best = page.QuerySelectorAll("p").GroupBy(p => p.ParentElement!).MaxBy(g => g.Sum(p => p.TextContent.Length))?.Key;
        return best ?? page.Body ?? page.DocumentElement;
    }

    private static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        return string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static DateOnly? ParseDate(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto)) return DateOnly.FromDateTime(dto.Date);
        return s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
