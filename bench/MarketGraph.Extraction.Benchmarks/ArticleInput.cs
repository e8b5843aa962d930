using MarketGraph.Core.Documents;
using MarketGraph.Core.Documents.Readers;

namespace MarketGraph.Extraction.Benchmarks;

/// <summary>
/// A ~5 KB article: the first shared dev article read in place (never copied), else a text of our own
/// repeated to the same size when the shared folder is absent.
/// </summary>
public static class ArticleInput
{
    public static Document Load()
    {
        var dev = DevDirectory();
        if (dev is not null)
        {
            var file = Directory.GetFiles(dev, "*.json").Order(StringComparer.Ordinal).First();
            var bytes = File.ReadAllBytes(file);
            return new CorpusJsonReader().Read(new RawContent(bytes) { FileName = Path.GetFileName(file) });
        }
        const string own = "Orange détient 23 % de la société Nubilo, une société de cloud. Marc Vidal, directeur général de Nubilo, " +
            "confirme que Huawei fournit la pile OpenStack à Orange. La DINUM a attribué à Nubilo un marché d'hébergement. ";
        var text = string.Concat(Enumerable.Repeat(own, 5000 / own.Length + 1));
        return new Document("bench", text, MediaTypes.PlainText) { Language = "fr" };
    }

    private static string? DevDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MarketGraph.slnx")) && !Directory.Exists(Path.Combine(dir.FullName, ".git")))
            dir = dir.Parent;
        if (dir?.Parent is null) return null;
        var dev = Path.Combine(dir.Parent.FullName, "shared", "data", "articles", "dev");
        return Directory.Exists(dev) ? dev : null;
    }
}
