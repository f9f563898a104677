using System.Net.Http.Json;

namespace InfoGov.Bench;

/// <summary>The API's process-wide counters (<c>/diagnostics/counters</c>); <see cref="WorkingSetBytes"/> is a level (the
/// resident memory when read), the others count since the process started.</summary>
public sealed record Counters(double CpuMs, long AllocatedBytes, int GcCount, double GcPauseMs, long SqlCommands, long WorkingSetBytes)
{
    public static async Task<Counters> ReadAsync(HttpClient http) =>
        (await http.GetFromJsonAsync<Counters>("/diagnostics/counters"))!;

    public static Counters operator -(Counters after, Counters before) => new(
        after.CpuMs - before.CpuMs, after.AllocatedBytes - before.AllocatedBytes, after.GcCount - before.GcCount,
        after.GcPauseMs - before.GcPauseMs, after.SqlCommands - before.SqlCommands, after.WorkingSetBytes);
}
