using MarketGraph.Cli;

return await MarketGraphCli.RunAsync(args, Console.Out, Console.Error);
