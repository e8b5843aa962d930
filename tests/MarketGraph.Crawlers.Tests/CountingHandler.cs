using System.Collections.Concurrent;

namespace MarketGraph.Crawlers.Tests;

/// <summary>
/// Sits in the crawler's real HTTP pipeline (after decompression) and counts the body bytes the fetcher
/// actually read, per path: what the server wrote is no measure, Kestrel drops writes to a closed connection.
/// </summary>
internal sealed class CountingHandler : DelegatingHandler
{
    private readonly ConcurrentDictionary<string, long> _read = new(StringComparer.Ordinal);

    public long BytesRead(string path) => _read.GetValueOrDefault(path);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var response = await base.SendAsync(request, ct);
        var path = request.RequestUri!.AbsolutePath;
        var inner = response.Content;
        var counted = new StreamContent(new CountingStream(await inner.ReadAsStreamAsync(ct), n => _read.AddOrUpdate(path, n, (_, v) => v + n)));
        foreach (var header in inner.Headers) counted.Headers.TryAddWithoutValidation(header.Key, header.Value);
        response.Content = counted;
        return response;
    }

    private sealed class CountingStream(Stream inner, Action<long> add) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            add(n);
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
        {
            var n = await inner.ReadAsync(buffer, ct);
            add(n);
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) => ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
