namespace MarketGraph.Extraction;

/// <summary>A binary logistic regression over string features: a bias and sparse weights.</summary>
internal sealed record Logistic(double Bias, IReadOnlyDictionary<string, double> Weights)
{
    public double Probability(IEnumerable<string> features)
    {
        var z = Bias;
        foreach (var f in features)
        {
            if (Weights.TryGetValue(f, out var w)) z += w;
        }
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Training settings; the defaults are the ones the shipped models were trained with.</summary>
    public sealed record Options
    {
        public int Epochs { get; init; } = 20;
        public double LearningRate { get; init; } = 0.2;
        public double L2 { get; init; } = 1e-5;
        /// <summary>Features seen in fewer examples are dropped.</summary>
        public int MinCount { get; init; } = 2;
        public int Seed { get; init; } = 17;
    }

    /// <summary>Features indexed once for several labels trained over the same examples.</summary>
    public sealed class FeatureSpace
    {
        private readonly string[] _names;
        private readonly int[][] _rows;

        public FeatureSpace(IReadOnlyList<IReadOnlyList<string>> examples, int minCount)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var e in examples)
            foreach (var f in e.Distinct()) counts[f] = counts.GetValueOrDefault(f) + 1;
            _names = counts.Where(c => c.Value >= minCount).Select(c => c.Key).Order(StringComparer.Ordinal).ToArray();
            var index = _names.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
            _rows = examples.Select(e => e.Where(index.ContainsKey).Select(f => index[f]).Distinct().ToArray()).ToArray();
        }

        /// <summary>
        /// Stochastic gradient descent, L2-regularised, in a fixed shuffled order, over the given rows; weights below
        /// 0.01 in magnitude are not kept.
        /// </summary>
        public Logistic Train(int[] rows, Func<int, bool> positive, Options options)
        {
            var w = new double[_names.Length];
            var bias = 0.0;
            var order = rows.ToArray();
            var random = new Random(options.Seed);
            for (var epoch = 0; epoch < options.Epochs; epoch++)
            {
                random.Shuffle(order);
                var rate = options.LearningRate / (1 + epoch * 0.5);
                foreach (var i in order)
                {
                    var x = _rows[i];
                    var z = bias;
                    foreach (var f in x) z += w[f];
                    var g = (positive(i) ? 1 : 0) - 1 / (1 + Math.Exp(-z));
                    bias += rate * g;
                    foreach (var f in x) w[f] += rate * (g - options.L2 * w[f]);
                }
            }
            var kept = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var f = 0; f < w.Length; f++)
            {
                if (Math.Abs(w[f]) >= 0.01) kept[_names[f]] = w[f];
            }
            return new Logistic(bias, kept);
        }
    }
}
