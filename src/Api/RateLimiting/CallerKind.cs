namespace InfoGov.Api.RateLimiting;

/// <summary>The kinds of caller that have budgets of their own.</summary>
public enum CallerKind
{
    Anonymous,
    User,
    App,
}
