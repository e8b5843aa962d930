using MarketGraph.Core.Documents;

namespace MarketGraph.Cli;

/// <summary>Turns command-line paths into raw content: files as given, folders expanded to the documents they hold.</summary>
public static class InputFiles
{
    private static readonly HashSet<string> DocumentExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", ".html", ".htm", ".xml", ".json" };

    public static IEnumerable<string> Expand(string path)
    {
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => DocumentExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal);
        }
        if (!File.Exists(path)) throw new InvalidInputException($"{path}: no such file or folder");
        return [path];
    }

    public static RawContent Read(string path, TimeProvider time)
    {
        var info = new FileInfo(path);
        if (info.Length > TextDecoding.MaxDocumentBytes)
            throw new InvalidInputException($"{path}: {info.Length / (1024 * 1024)} MB is over the {TextDecoding.MaxDocumentBytes / (1024 * 1024)} MB limit for one document");
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException($"{path}: cannot be read ({e.Message})", e);
        }
        return new RawContent(bytes)
        {
            FileName = path,
            Url = new Uri(Path.GetFullPath(path)),
            FetchedAt = time.GetUtcNow(),
        };
    }
}
