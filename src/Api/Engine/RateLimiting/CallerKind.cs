namespace InfoGov.Api.Engine.RateLimiting;

/// <summary>The kinds of caller that have budgets of their own.</summary>
public enum CallerKind
{
    Anonymous,
    User,
    App,
}
