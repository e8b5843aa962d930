using System.Text;
using System.Text.Json;
using MarketGraph.Core.Documents;
using MarketGraph.Crawlers.Notices;

namespace MarketGraph.Crawlers.Tests;

public class DecpRecordStreamTests
{
    public static TheoryData<string, int> Files => new()
    {
        { "procurement/decp/decp-v1_real_2019_data.gouv.fr_aife_subset.json", 1 },
        { "procurement/decp/decp-v1_real_2019_data.gouv.fr_aife_subset.json", 7 },
        { "procurement/decp/decp-v2.0_real_GIP-Maximilien_2024-10-06_subset.json", 3 },
        { "procurement/decp/decp-v1.5_official-example_paquet.json", 4096 },
    };

    /// <summary>Whatever the read sizes (1 byte at a time included), the records are exactly the file's, byte for byte.</summary>
    [Theory]
    [MemberData(nameof(Files))]
    public async Task Records_are_the_files_records_whatever_the_read_size(string fixture, int readSize)
    {
        var bytes = File.ReadAllBytes(Fixture.PathOf(fixture));
        var expected = ExpectedRecords(bytes);
        var records = await ReadAll(new TrickleStream(bytes, readSize), fixture);
        Assert.Equal(expected.Count, records.Count);
        Assert.Equal(expected, records.Select(r => (r.List, Encoding.UTF8.GetString(r.Json))).ToList());
    }

    [Fact]
    public async Task Top_level_array_bom_and_other_members_are_handled()
    {
        var json = "\uFEFF{\"meta\":{\"marches\":[{\"no\":1}]},\"count\":[1,2],\"marches\":{\"contrat-concession\":[{\"id\":\"c\"}],\"marche\":[{\"id\":\"m\",\"x\":[{\"y\":{}}]}]}}";
        var records = await ReadAll(new TrickleStream(Encoding.UTF8.GetBytes(json), 2), "inline");
        Assert.Equal([("contrat-concession", "{\"id\":\"c\"}"), ("marche", "{\"id\":\"m\",\"x\":[{\"y\":{}}]}")], records.Select(r => (r.List, Encoding.UTF8.GetString(r.Json))).ToList());
        var array = await ReadAll(new MemoryStream("[{\"id\":\"a\"}, 3, {\"id\":\"b\"}]"u8.ToArray()), "inline");
        Assert.Equal(["a", "b"], array.Select(r => JsonDocument.Parse(r.Json).RootElement.GetProperty("id").GetString()!).ToArray());
    }

    [Fact]
    public async Task Truncated_file_gives_its_complete_records_then_a_one_line_error()
    {
        var bytes = File.ReadAllBytes(Fixture.PathOf("procurement/decp/decp-v1_real_2019_data.gouv.fr_aife_subset.json"));
        var cut = bytes[..(bytes.Length * 2 / 3)];
        var stream = new DecpRecordStream(new TrickleStream(cut, 100), "cut.json");
        var complete = 0;
        var e = await Assert.ThrowsAsync<InvalidInputException>(async () =>
        {
            while (await stream.ReadAsync() is not null) complete++;
        });
        Assert.True(complete > 0 && complete < ExpectedRecords(bytes).Count, $"{complete} records before the cut");
        Assert.StartsWith("cut.json: malformed or truncated JSON near byte ", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public async Task Not_decp_and_oversized_records_are_one_line_errors()
    {
        var other = await Assert.ThrowsAsync<InvalidInputException>(() => ReadAll(new MemoryStream("""{"releases":[{"ocid":"x"}]}"""u8.ToArray()), "ocds.json"));
        Assert.Equal("ocds.json: not DECP data (no \"marches\" list)", other.Message);

        var big = Encoding.UTF8.GetBytes("{\"marches\":[{\"objet\":\"" + new string('a', 300_000) + "\"}]}");
        var stream = new DecpRecordStream(new MemoryStream(big), "big.json", maxRecordBytes: 256 * 1024);
        var e = await Assert.ThrowsAsync<InvalidInputException>(async () => await stream.ReadAsync());
        Assert.StartsWith("big.json: a DECP record over 256 KB near byte ", e.Message);
        Assert.NotNull(await new DecpRecordStream(new MemoryStream(big), "big.json", maxRecordBytes: 1024 * 1024).ReadAsync());
    }

    private static async Task<List<DecpRecord>> ReadAll(Stream s, string name)
    {
        var stream = new DecpRecordStream(s, name);
        var list = new List<DecpRecord>();
        while (await stream.ReadAsync() is { } r) list.Add(r);
        Assert.Equal(list.Count, stream.Count);
        return list;
    }

    /// <summary>The records as the whole-file DOM sees them: (list, raw JSON text).</summary>
    private static List<(string, string)> ExpectedRecords(byte[] bytes)
    {
        using var doc = JsonDocument.Parse(bytes);
        var marches = doc.RootElement.GetProperty("marches");
        if (marches.ValueKind == JsonValueKind.Array)
            return marches.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(e => ("marches", e.GetRawText())).ToList();
        return marches.EnumerateObject().Where(p => p.Name is "marche" or "contrat-concession")
            .SelectMany(p => p.Value.EnumerateArray().Select(e => (p.Name, e.GetRawText()))).ToList();
    }

    /// <summary>A stream that hands out at most a few bytes per read, as a slow network or small buffers would.</summary>
    private sealed class TrickleStream(byte[] data, int most) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, most));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) => base.ReadAsync(buffer[..Math.Min(buffer.Length, most)], ct);
    }
}
