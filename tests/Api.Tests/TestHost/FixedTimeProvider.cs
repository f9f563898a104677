namespace InfoGov.Api.Tests.TestHost;

/// <summary>A clock stopped at one instant, so derived figures (overdue, planned progress) are stable.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
