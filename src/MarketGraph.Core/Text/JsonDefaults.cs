using System.Text.Encodings.Web;
using System.Text.Json;

namespace MarketGraph.Core.Text;

public static class JsonDefaults
{
    /// <summary>Keeps accents and guillemets readable in stored and exported JSON ("État", not "\u00C9tat").</summary>
    public static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
