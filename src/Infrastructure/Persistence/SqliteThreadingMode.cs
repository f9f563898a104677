using SQLitePCL;

namespace InfoGov.Infrastructure.Persistence;

/// <summary>
/// SQLite's multi-thread mode instead of its default, serialized: in serialized mode every call into
/// SQLite (each column of each row read) takes the connection's mutex, about a twentieth of the API's
/// CPU on a page of projects. Multi-thread mode is safe when no connection is used by two threads at
/// once, which holds here: a connection belongs to one request's context, whose queries run one after
/// another, and the pool hands it to the next owner only when it is closed. It must be chosen before
/// SQLite is first used; if something opened a connection earlier, SQLite refuses and stays serialized.
/// </summary>
public static class SqliteThreadingMode
{
    private static int _chosen;

    /// <summary>Chooses multi-thread mode, once per process; true when SQLite accepted it.</summary>
    public static bool UseMultiThread()
    {
        if (Interlocked.Exchange(ref _chosen, 1) == 1) return false;
        Batteries_V2.Init();
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD) == raw.SQLITE_OK;
    }
}
