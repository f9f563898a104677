namespace InfoGov.Api.Engine.Common;

/// <summary>Wakes a background worker that otherwise polls: a poke makes its next wait end at once;
/// pokes before it waits again count as one, since one pass takes all the waiting work.</summary>
public abstract class WakeUpSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Poke()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken.
        }
    }

    /// <summary>Waits for a poke or <paramref name="timeout"/>.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
