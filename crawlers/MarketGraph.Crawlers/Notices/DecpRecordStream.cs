using System.Text.Json;
using MarketGraph.Core.Documents;

namespace MarketGraph.Crawlers.Notices;

/// <summary>
/// One DECP contract record as raw JSON, with the list it came from: <c>marches</c> (v1 <c>{"marches": [...]}</c>
/// or a top-level array), <c>marche</c> or <c>contrat-concession</c> (v2 <c>{"marches": {"marche": [...]}}</c>).
/// </summary>
public sealed record DecpRecord(string List, byte[] Json);

/// <summary>
/// Reads the contract records of a DECP file of any size one at a time, with a <see cref="Utf8JsonReader"/> over a
/// window of the stream: memory is bounded by the largest record (at most <c>maxRecordBytes</c>), not by the file.
/// Anything outside the record lists is skipped unread.
/// </summary>
public sealed class DecpRecordStream(Stream stream, string name, int maxRecordBytes = DecpRecordStream.DefaultMaxRecordBytes)
{
    public const int DefaultMaxRecordBytes = 4 * 1024 * 1024;

    private enum Outcome { Record, NeedMore, End }

    private byte[] _buffer = new byte[64 * 1024];
    private int _start, _end;
    private long _offset; // file offset of _buffer[_start]
    private bool _final, _begun;
    private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = 64 });
    private string? _property;
    private bool _inMarchesObject, _sawList;
    private int _recordDepth = -1;
    private string _list = "";
    private DecpRecord? _record;

    /// <summary>Records read so far.</summary>
    public int Count { get; private set; }

    /// <summary>The next record, or null at the end; throws <see cref="InvalidInputException"/> (one line) on bad input.</summary>
    public async ValueTask<DecpRecord?> ReadAsync(CancellationToken ct = default)
    {
        while (true)
        {
            switch (Step())
            {
                case Outcome.Record:
                    Count++;
                    return _record;
                case Outcome.End:
                    if (!_sawList) throw new InvalidInputException($"{name}: not DECP data (no \"marches\" list)");
                    return null;
            }
            await FillAsync(ct);
        }
    }

    private Outcome Step()
    {
        if (!_begun)
        {
            if (_end < 3 && !_final) return Outcome.NeedMore;
            _begun = true;
            if (_buffer.AsSpan(0, _end).StartsWith(System.Text.Encoding.UTF8.Preamble)) _start = (int)(_offset = 3);
        }
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        long committed = 0;
        try
        {
            while (true)
            {
                if (!reader.Read()) return _final ? Outcome.End : Outcome.NeedMore;
                var depth = reader.CurrentDepth;
                var skip = false;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        _property = depth <= 2 ? reader.GetString() : null;
                        break;
                    case JsonTokenType.StartObject when depth == _recordDepth:
                        var end = reader;
                        if (!end.TrySkip()) return Outcome.NeedMore;
                        var from = (int)reader.TokenStartIndex;
                        _record = new DecpRecord(_list, _buffer.AsSpan(_start + from, (int)end.BytesConsumed - from).ToArray());
                        committed = end.BytesConsumed;
                        _state = end.CurrentState;
                        return Outcome.Record;
                    case JsonTokenType.StartObject:
                        if (depth == 1 && _property == "marches") _inMarchesObject = true;
                        else skip = depth > 0;
                        break;
                    case JsonTokenType.StartArray:
                        if (depth == 0 || (depth == 1 && _property == "marches") || (depth == 2 && _inMarchesObject && _property is "marche" or "contrat-concession"))
                        {
                            _recordDepth = depth + 1;
                            _list = depth == 0 ? "marches" : _property!;
                            _sawList = true;
                        }
                        else skip = true;
                        break;
                    case JsonTokenType.EndArray when depth == _recordDepth - 1:
                        _recordDepth = -1;
                        break;
                    case JsonTokenType.EndObject when depth == 1 && _inMarchesObject:
                        _inMarchesObject = false;
                        break;
                }
                if (skip)
                {
                    var after = reader;
                    if (!after.TrySkip()) return Outcome.NeedMore;
                    reader = after;
                }
                if (reader.TokenType != JsonTokenType.PropertyName) _property = null; // it named the value just read
                committed = reader.BytesConsumed;
                _state = reader.CurrentState;
            }
        }
        catch (JsonException e)
        {
            throw new InvalidInputException($"{name}: malformed or truncated JSON near byte {_offset + committed} ({SafeXml.OneLine(e.Message.Split(". ")[0])})", e);
        }
        finally
        {
            // what was read past the last commit (a token cut by the window's end) is read again after the next fill
            _start += (int)committed;
            _offset += committed;
        }
    }

    private async ValueTask FillAsync(CancellationToken ct)
    {
        if (_final) throw new InvalidInputException($"{name}: truncated JSON at byte {_offset}");
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= maxRecordBytes)
                throw new InvalidInputException($"{name}: a DECP record over {maxRecordBytes / 1024} KB near byte {_offset}");
            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, maxRecordBytes));
        }
        var n = await stream.ReadAsync(_buffer.AsMemory(_end), ct);
        if (n == 0) _final = true;
        _end += n;
    }
}
