namespace InfoGov.Api.Engine.SharedState;

/// <summary>
/// How an instance tells every instance to forget a remembered value (a dissolved department's code, a
/// removed trusted document): at once in this instance, and through Redis in the others where the
/// deployment has one. Without Redis, another instance forgets it when its short cache lapses.
/// </summary>
public interface ICacheInvalidation
{
    /// <summary>Forgets <paramref name="key"/> of the cache named <paramref name="cache"/> everywhere.</summary>
    void Forget(string cache, string key);

    /// <summary>Calls <paramref name="forget"/> with each key of <paramref name="cache"/> to forget, from any instance.</summary>
    void OnForget(string cache, Action<string> forget);
}
