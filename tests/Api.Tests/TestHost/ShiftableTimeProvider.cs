namespace InfoGov.Api.Tests.TestHost;

/// <summary>A clock the test moves: for what happens as days pass (a request falling overdue, a grant
/// nearing its end, a token expiring) without waiting for them.</summary>
public sealed class ShiftableTimeProvider(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public DateTimeOffset Now
    {
        get => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);
        set => Interlocked.Exchange(ref _ticks, value.UtcTicks);
    }

    public override DateTimeOffset GetUtcNow() => Now;
}
