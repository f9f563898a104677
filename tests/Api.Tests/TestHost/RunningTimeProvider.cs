using System.Diagnostics;

namespace InfoGov.Api.Tests.TestHost;

/// <summary>A clock that starts at an instant and runs on from there in real time: for tests of things
/// that wait (webhook retries), where a stopped clock would wait for ever.</summary>
public sealed class RunningTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start + Stopwatch.GetElapsedTime(_started);
}
