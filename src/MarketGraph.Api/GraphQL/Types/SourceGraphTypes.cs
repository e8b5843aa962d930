using GraphQL.Types;
using MarketGraph.Core.Graph;

namespace MarketGraph.Api.GraphQL.Types;

/// <summary>A source as configured, with its latest run when it has run.</summary>
public sealed record SourceView(string Name, SourceDefinition? Definition, SourceRun? LastRun);

public sealed class SourceGraphType : ObjectGraphType<SourceView>
{
    public SourceGraphType()
    {
        Name = "Source";
        Description = "A crawl source (feed, page, notice API) and its health.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<StringGraphType>("kind").Description("rss, page, ted, boamp, decp, ocds").Resolve(c => c.Source.Definition?.Kind);
        Field<StringGraphType>("url").Resolve(c => c.Source.Definition?.Url);
        Field<StringGraphType>("schedule").Description("Cron expression").Resolve(c => c.Source.Definition?.Schedule);
        Field<NonNullGraphType<BooleanGraphType>>("configured").Description("In the sources catalogue (else only known from past runs)").Resolve(c => c.Source.Definition is not null);
        Field<SourceRunGraphType>("lastRun").Resolve(c => c.Source.LastRun);
        Field<NonNullGraphType<BooleanGraphType>>("healthy").Description("The latest run finished without errors").Resolve(c => c.Source.LastRun is { Errors: 0 });
    }
}

public sealed class SourceRunGraphType : ObjectGraphType<SourceRun>
{
    public SourceRunGraphType()
    {
        Name = "SourceRun";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startedAt").Resolve(c => c.Source.StartedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("finishedAt").Resolve(c => c.Source.FinishedAt);
        Field<NonNullGraphType<IntGraphType>>("fetched").Resolve(c => c.Source.Fetched);
        Field<NonNullGraphType<IntGraphType>>("unchanged").Resolve(c => c.Source.Unchanged);
        Field<NonNullGraphType<IntGraphType>>("newDocuments").Resolve(c => c.Source.NewDocuments);
        Field<NonNullGraphType<IntGraphType>>("claims").Resolve(c => c.Source.Claims);
        Field<NonNullGraphType<IntGraphType>>("errors").Resolve(c => c.Source.Errors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("errorMessages").Resolve(c => c.Source.ErrorMessages);
    }
}

public sealed class SourceCommandResultGraphType : ObjectGraphType<SourceCommandResult>
{
    public SourceCommandResultGraphType()
    {
        Name = "SourceCommandResult";
        Field<NonNullGraphType<BooleanGraphType>>("accepted").Resolve(c => c.Source.Accepted);
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(c => c.Source.Message);
    }
}

public sealed class SourceInputGraphType : InputObjectGraphType<SourceDefinition>
{
    public SourceInputGraphType()
    {
        Name = "SourceInput";
        Description = "A source for the catalogue: name, kind (rss, page, ted, boamp, decp, ocds), url, cron schedule.";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("kind");
        Field<NonNullGraphType<StringGraphType>>("url");
        Field<StringGraphType>("schedule");
        Field<BooleanGraphType>("local").Description("Allow loopback/private addresses (tests, local mirrors)");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new SourceDefinition((string)value["name"]!, (string)value["kind"]!, (string)value["url"]!)
        {
            Schedule = value.TryGetValue("schedule", out var s) ? s as string : null,
            Local = value.TryGetValue("local", out var l) && l is true,
        };
}
