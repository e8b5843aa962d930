using MarketGraph.Core.Documents;

namespace MarketGraph.Core.Ports;

/// <summary>
/// Turns raw bytes into a <see cref="Document"/> (plain text, media type, metadata). One reader per format:
/// plain text, corpus JSON, article HTML, each notice format. Throws <see cref="InvalidInputException"/>
/// for content it recognises but cannot read.
/// </summary>
public interface IDocumentReader
{
    /// <summary>Cheap check on extension, content type and the first bytes.</summary>
    bool CanRead(RawContent raw);

    Document Read(RawContent raw);
}
