using System.Text;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Documents.Readers;
using MarketGraph.Core.Ingestion;
using MarketGraph.Core.Ports;

namespace MarketGraph.Core.Tests;

public class ReaderTests
{
    private static readonly DocumentReaders Readers = new(new IDocumentReader[] { new CorpusJsonReader(), new PlainTextReader() });

    private static RawContent File(string name, byte[] bytes) => new(bytes) { FileName = name };

    private static RawContent File(string name, string text) => File(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Text_file_title_is_the_first_line()
    {
        var doc = Readers.Read(File("a.txt", "Orange et l'État\r\nL'État détient 23 % d'Orange."));
        Assert.Equal("Orange et l'État", doc.Title);
        Assert.Equal(MediaTypes.PlainText, doc.MediaType);
        Assert.Contains("23 %", doc.Text);
        Assert.Equal(64, doc.ContentHash.Length);
    }

    [Fact]
    public void Corpus_json_reads_only_the_document_fields()
    {
        var doc = Readers.Read(File("a.json", """{"title":"T","text":"Body.","language":"fr","published":"2017-02-01","relations":[{"type":"X"}]}"""));
        Assert.Equal(("T", "Body.", "fr", new DateOnly(2017, 2, 1)), (doc.Title, doc.Text, doc.Language, doc.Published!.Value));
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "empty")]
    [InlineData("bin.txt", new byte[] { 0x50, 0x4b, 0x03, 0x04, 0x00, 0x00 }, "binary")]
    [InlineData("bad.txt", new byte[] { 0x41, 0xc3, 0x28, 0x42 }, "UTF-8")]
    [InlineData("blank.txt", new byte[] { 0x20, 0x0a, 0x09, 0x20 }, "whitespace")]
    [InlineData("x.pdfx", new byte[] { 0x41, 0x42 }, "unknown format")]
    public void Bad_input_is_a_clear_one_line_error(string name, byte[] bytes, string expected)
    {
        var e = Assert.Throws<InvalidInputException>(() => Readers.Read(File(name, bytes)));
        Assert.Contains(expected, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Oversized_input_is_refused_before_decoding()
    {
        var e = Assert.Throws<InvalidInputException>(() => Readers.Read(File("big.txt", new byte[TextDecoding.MaxDocumentBytes + 1].Select(_ => (byte)'a').ToArray())));
        Assert.Contains("limit", e.Message);
    }

    [Fact]
    public void Malformed_corpus_json_is_bad_input()
    {
        // a .json without a top-level "text" is not a corpus file: unknown format
        Assert.Throws<InvalidInputException>(() => Readers.Read(File("x.json", """{"title": "no text"}""")));
        Assert.Throws<InvalidInputException>(() => Readers.Read(File("y.json", """{"text": "trunc""")));
    }

    [Fact]
    public void Control_characters_are_removed_from_text()
    {
        var doc = Readers.Read(File("c.txt", "Title\nA\u0007B\u001bC"));
        Assert.Equal("Title\nABC", doc.Text);
    }
}
