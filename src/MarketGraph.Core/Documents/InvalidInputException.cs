namespace MarketGraph.Core.Documents;

/// <summary>
/// Input the user gave cannot be used (empty, binary, bad encoding, unknown format, malformed notice).
/// Hosts show <see cref="Exception.Message"/> as one line and exit with code 2; nothing is stored.
/// </summary>
public sealed class InvalidInputException(string message, Exception? inner = null) : Exception(message, inner);
