namespace MarketGraph.Core.Claims;

public enum ReviewStatus
{
    Extracted,
    Confirmed,
    Rejected,
}
