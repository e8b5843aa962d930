using System.CommandLine;
using MarketGraph.Extraction;

namespace MarketGraph.Cli.Commands;

/// <summary>train GOLD_DIR... --out FILE: learn the relation model from gold articles (the engine embeds one).</summary>
public static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var gold = new Argument<string[]>("gold-dirs") { Description = "Folders of gold *.json files", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Folder to write the model files into", Required = true };
        var command = new Command("train", "Learn the relation model from gold articles and write it to a file") { gold, output };
        command.SetAction(async (parse, _) =>
        {
            var summary = RelationModelTrainer.TrainToFolder(parse.GetValue(gold)!, parse.GetValue(output)!);
            foreach (var (model, calibration) in new[] { ("pairs", summary.Calibration), ("context", summary.ContextCalibration) })
            foreach (var c in calibration)
                await context.Out.WriteLineAsync(c.Threshold >= 1
                    ? $"{model,-8}{c.Type,-18} off   (held-out additions never reached the precision target; {c.Offered} offered)"
                    : $"{model,-8}{c.Type,-18} ≥{c.Threshold:0.00} held-out additions kept {c.Kept}, right {c.Correct} ({(double)c.Correct / c.Kept:0.00}); {c.Offered} offered");
            await context.Out.WriteLineAsync($"{summary.Articles} articles, {summary.Pairs} pairs ({summary.Positives} related), {summary.Labels} labels, {summary.Weights} weights → {parse.GetValue(output)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
