using System.Data.Common;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore.Storage;

namespace InfoGov.Api.Engine.Errors;

/// <summary>
/// Whether a fault is the database being out of reach (refused or dropped connections, a server shutting down or
/// starting up, the provider's retries exhausted) rather than a fault of the request or of ours. Such a request
/// is answered 503 with <c>Retry-After</c> and DATABASE_UNAVAILABLE: the client retries, nothing was half-written
/// (a mutation's transaction did not commit), and the instance serves again as soon as the database answers.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>What <c>Retry-After</c> says: long enough for a restarting server, short enough for a client to notice.</summary>
    public const int RetryAfterSeconds = 5;

    public const string Message = "The database is unavailable at the moment; nothing was changed. Retry after the seconds in the Retry-After header.";

    public static bool Is(Exception? fault)
    {
        for (var e = fault; e is not null; e = e.InnerException)
            if (e is SocketException or RetryLimitExceededException or DbException { IsTransient: true } || e is DbException { SqlState: { } state } && IsOutageState(state))
                return true;
        return false;
    }

    // SQLSTATE classes of a server out of reach rather than a statement at fault: 08 connection exceptions, 57P
    // operator intervention (shutting down, crashed, starting up) and 53 insufficient resources (too many connections,
    // out of memory or disk), which a provider does not always flag as transient: PostgreSQL's 57P01 when it is stopped.
    private static bool IsOutageState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal);
}
