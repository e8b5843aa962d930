using System.CommandLine;
using MarketGraph.Extraction;

namespace MarketGraph.Cli.Commands;

/// <summary>eval GOLD_DIR: precision, recall and F1 per relation type of the text extractor on gold files.</summary>
public static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var gold = new Argument<string>("gold-dir") { Description = "Folder of gold *.json files" };
        var command = new Command("eval", "Extract every gold file's text and print P/R/F1 per relation type") { gold };
        command.SetAction(async (parse, _) =>
        {
            var dir = parse.GetValue(gold)!;
            if (!Directory.Exists(dir)) throw new Core.Documents.InvalidInputException($"{dir}: no such folder");
            var report = GoldEvaluator.Evaluate(dir, new TextClaimExtractor());
            await context.Out.WriteAsync(report.Format());
            return ExitCodes.Success;
        });
        return command;
    }
}
