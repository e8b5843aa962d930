using MarketGraph.Api;

var app = MarketGraphWebApp.Create(args);
await app.RunAsync();

/// <summary>Entry point, public for WebApplicationFactory&lt;Program&gt; in tests.</summary>
public partial class Program;
