using System.Diagnostics;
using InfoGov.Infrastructure.Persistence.Interceptors;

namespace InfoGov.Api.Engine.Health;

/// <summary>
/// Process-wide counters for the benchmark (<c>bench/</c>): CPU time, bytes allocated, garbage
/// collections and SQL commands since the process started, and the resident memory now. Off unless <c>Diagnostics:Counters</c> is
/// true; it reveals nothing about data, but it is not for production.
/// </summary>
public static class DiagnosticCounters
{
    public const string Path = "/diagnostics/counters";

    public static void MapDiagnosticCounters(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Diagnostics:Counters", false)) return;
        app.MapGet(Path, (SqlCommandCounter sql) =>
        {
            using var process = Process.GetCurrentProcess();
            return Results.Json(new
            {
                cpuMs = process.TotalProcessorTime.TotalMilliseconds,
                allocatedBytes = GC.GetTotalAllocatedBytes(precise: true),
                gcCount = GC.CollectionCount(0),
                gcPauseMs = GC.GetTotalPauseDuration().TotalMilliseconds,
                sqlCommands = sql.Count,
                workingSetBytes = process.WorkingSet64,
            });
        });
    }
}
