using System.CommandLine;
using MarketGraph.Extraction;

namespace MarketGraph.Cli.Commands;

/// <summary>eval GOLD_DIR: precision, recall and F1 per relation type of the text extractor on gold files.</summary>
public static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var gold = new Argument<string>("gold-dir") { Description = "Folder of gold *.json files" };
        var model = new Option<string?>("--model") { Description = "Folder of model files (from train) to use instead of the embedded models" };
        var rulesOnly = new Option<bool>("--rules-only") { Description = "Use the rules alone, no relation model" };
        var command = new Command("eval", "Extract every gold file's text and print P/R/F1 per relation type") { gold, model, rulesOnly };
        command.SetAction(async (parse, _) =>
        {
            var dir = parse.GetValue(gold)!;
            if (!Directory.Exists(dir)) throw new Core.Documents.InvalidInputException($"{dir}: no such folder");
            var modelFile = parse.GetValue(model);
            if (modelFile is not null && !File.Exists(Path.Combine(modelFile, TextClaimExtractor.RelationModelFile))) throw new Core.Documents.InvalidInputException($"{modelFile}: no model files there (train --out writes them)");
            var extractor = parse.GetValue(rulesOnly) ? new TextClaimExtractor(modelDirectory: null)
                : modelFile is not null ? new TextClaimExtractor(modelFile) : new TextClaimExtractor();
            var report = GoldEvaluator.Evaluate(dir, extractor);
            await context.Out.WriteAsync(report.Format());
            return ExitCodes.Success;
        });
        return command;
    }
}
