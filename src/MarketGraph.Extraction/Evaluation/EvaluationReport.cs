using System.Globalization;
using System.Text;

namespace MarketGraph.Extraction;

/// <summary>Counts for one relation type (or overall): true positives, predictions, gold relations.</summary>
public sealed record TypeScore(string Type, int TruePositives, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)TruePositives / Predicted;
    public double Recall => Gold == 0 ? (Predicted == 0 ? 1 : 0) : (double)TruePositives / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Precision, recall and F1 per relation type and overall, plus what was missed and what was wrong.</summary>
public sealed record EvaluationReport(IReadOnlyList<TypeScore> PerType, TypeScore Overall, int Documents)
{
    /// <summary>Gold relations not found, one line each ("file: TYPE subject → object").</summary>
    public IReadOnlyList<string> Missed { get; init; } = [];
    /// <summary>Predictions that match no gold relation.</summary>
    public IReadOnlyList<string> Wrong { get; init; } = [];

    public string Format()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"type",-18} {"gold",5} {"pred",5} {"tp",4} {"P",6} {"R",6} {"F1",6}");
        foreach (var t in PerType) Line(sb, t);
        Line(sb, Overall);
        sb.AppendLine(CultureInfo.InvariantCulture, $"({Documents} documents)");
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, TypeScore t) =>
        sb.AppendLine(CultureInfo.InvariantCulture, $"{t.Type,-18} {t.Gold,5} {t.Predicted,5} {t.TruePositives,4} {t.Precision,6:0.000} {t.Recall,6:0.000} {t.F1,6:0.000}");
}
