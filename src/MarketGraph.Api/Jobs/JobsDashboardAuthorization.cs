using System.Net;
using Hangfire.Dashboard;

namespace MarketGraph.Api.Jobs;

/// <summary>
/// The /jobs dashboard can trigger and delete jobs: it answers requests from this machine, and remote ones
/// that carry one of the configured API keys (X-Api-Key header); everyone else gets 401.
/// </summary>
public sealed class JobsDashboardAuthorization(IReadOnlyCollection<string> apiKeys) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var remote = http.Connection.RemoteIpAddress;
        if (remote is null || IPAddress.IsLoopback(remote)) return true;
        var key = http.Request.Headers["X-Api-Key"].ToString();
        return key.Length > 0 && apiKeys.Contains(key);
    }
}
