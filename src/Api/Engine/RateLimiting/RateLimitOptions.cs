using System.ComponentModel.DataAnnotations;
namespace InfoGov.Api.Engine.RateLimiting;

/// <summary>Request budgets per caller (configuration section <c>RateLimiting</c>). A request costs one
/// permit, and one more for every <see cref="CostUnit"/> fields and objects it may return.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;
    /// <summary>Each anonymous client address.</summary>
    public RateLimitBudget Anonymous { get; set; } = new() { PermitLimit = 60, PermitsPerMinute = 60 };
    /// <summary>Each signed-in user (delegated token).</summary>
    public RateLimitBudget Users { get; set; } = new() { PermitLimit = 300, PermitsPerMinute = 300 };
    /// <summary>Each application (app-only token).</summary>
    public RateLimitBudget Apps { get; set; } = new() { PermitLimit = 600, PermitsPerMinute = 600 };
    /// <summary>Fields plus objects a request may return that cost one more permit.</summary>
    [Range(1, int.MaxValue)]
    public int CostUnit { get; set; } = 1_000;

    public RateLimitBudget BudgetOf(CallerKind kind) => kind switch
    {
        CallerKind.App => Apps,
        CallerKind.User => Users,
        _ => Anonymous,
    };
}

/// <summary>A token bucket: at most <see cref="PermitLimit"/> permits at once, refilled at <see cref="PermitsPerMinute"/>.</summary>
public sealed class RateLimitBudget
{
    [Range(1, int.MaxValue)]
    public int PermitLimit { get; set; }
    [Range(1, int.MaxValue)]
    public int PermitsPerMinute { get; set; }
}
