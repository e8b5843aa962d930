using MarketGraph.Core.Documents;

namespace MarketGraph.Crawlers.Notices;

/// <summary>One notice format: how to recognise it and how to parse its text.</summary>
public interface INoticeFormat
{
    string Name { get; }
    string MediaType { get; }
    bool Recognises(RawContent raw);
    /// <summary>Parses the notice text; throws <see cref="InvalidInputException"/> on malformed input.</summary>
    Notice Parse(string text, string sourceName);
}
