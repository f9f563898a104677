using System.Globalization;
using System.Text;
using System.Text.Json;
using InfoGov.Bench;

// The benchmark: see README "Benchmark". Arguments: --projects N (20000) --lines N (5) --seconds S (10)
// --connections 1,32 --out FILE (appends the results as Markdown) --api PATH (the Release build of the API)
// --provider sqlite|postgresql (sqlite) --postgres "Host=...;Username=..." (else INFOGOV_BENCH_POSTGRES, else a throwaway cluster).
var options = Arguments.Parse(args);
var root = Arguments.RepositoryRoot();
var apiDll = options.GetValueOrDefault("api") ?? Path.Combine(root, "src/Api/bin/Release/net10.0/InfoGov.Api.dll");
if (!File.Exists(apiDll)) throw new FileNotFoundException("Build the API in Release first (bench/run.sh does).", apiDll);
var projects = int.Parse(options.GetValueOrDefault("projects") ?? "20000", CultureInfo.InvariantCulture);
var lines = int.Parse(options.GetValueOrDefault("lines") ?? "5", CultureInfo.InvariantCulture);
var seconds = int.Parse(options.GetValueOrDefault("seconds") ?? "10", CultureInfo.InvariantCulture);
var connections = (options.GetValueOrDefault("connections") ?? "1,32").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();

var work = Path.Combine(root, "bench/.work");
Directory.CreateDirectory(work);
await using var database = await BenchDatabase.OpenAsync(options.GetValueOrDefault("provider") ?? "sqlite", work, options.GetValueOrDefault("postgres"));
var generated = await DataSet.EnsureAsync(database, projects, lines);
Ids.Load(await DataSet.ProjectIdsAsync(database, generated));
// Each run writes (the mutation mix): it works on a copy, so that every run starts from the same data.
const string run = "bench_run";
await database.CopyAsync(generated, run);
var token = await ApiProcess.TokenAsync(apiDll, database, run, work, "Gov.CommitteeOffice");
await using var api = await ApiProcess.StartAsync(apiDll, database, run, work, 5099);
using var http = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
http.DefaultRequestHeaders.ConnectionClose = false;
// The API's start-up work (the first colour sweep records every project's colour) is not a request's:
// measure once the process has gone quiet (under 50 ms of CPU in a second), or after a minute at most.
for (var (previous, waited) = (await Counters.ReadAsync(http), 0); waited < 60; waited++)
{
    await Task.Delay(1000);
    var now = await Counters.ReadAsync(http);
    if (now.CpuMs - previous.CpuMs < 50) break;
    previous = now;
}

static string Query(string query, object? variables = null) => JsonSerializer.Serialize(new { query, variables });
var small = new Scenario("small", n => Query(
    "query($code: String!) { project(code: $code) { code level currentPlan { budget { amount currency } } progressPercent department { name } } }",
    new { code = DataSet.CodeOf(n * 7919 % projects) }));
var medium = new Scenario("medium", _ => Query(
    "{ projects(first: 50, orderBy: CODE_ASC) { nodes { code name department { name } currentPlan { scope startOn dueOn budget { amount } } progressPercent budgetLines { nodes { fiscalYear amount { amount } } } } } }"));
// A mutation mix: a December progress report for successive projects (each succeeds once), read back.
var mutation = new Scenario("mutation", n => Query(
    "mutation($i: SubmitProgressReportInput!) { submitProgressReport(input: $i) { project { progressPercent } errors { code } } }",
    new { i = new { projectId = Ids.Project(n % projects), month = "2026-11-01", progressPercent = 55, spendToDate = new { amount = 150000 } } }), Mutation: true);

var results = new List<LoadResult>();
var sequence = 0;
foreach (var scenario in new[] { small, medium, mutation })
    foreach (var c in connections)
    {
        // Warm-up (the JIT's tiers settle), on projects of its own for the mutation mix: each report succeeds once.
        var warmUp = await LoadRun.RunAsync(http, token, scenario, c, TimeSpan.FromSeconds(2), sequence);
        if (scenario.Mutation) sequence += warmUp.Requests + 10;
        var result = await LoadRun.RunAsync(http, token, scenario, c, TimeSpan.FromSeconds(seconds), sequence, database.ServerCpuMs);
        sequence += result.Requests + 10;
        results.Add(result);
        Console.WriteLine($"{result.Scenario,-8} c={c,-3} {result.RequestsPerSecond,8:N0} req/s  p50 {result.P50Ms,7:N2} ms  p99 {result.P99Ms,7:N2} ms  "
            + $"CPU {result.CpuMsPerRequest,6:N2} ms/req{(result.DatabaseCpuMsPerRequest is { } db ? $" + database {db,5:N2}" : "")}  alloc {result.KbAllocatedPerRequest,7:N0} KB/req  SQL {result.SqlPerRequest,5:N2}/req  RSS {result.ResidentMb,5:N0} MB  failures {result.Failures}");
    }

var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"### {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {database.Provider}: {projects:N0} projects, {projects * lines:N0} budget lines, {Environment.ProcessorCount} cores, {seconds} s per run");
report.AppendLine();
report.AppendLine("| scenario | conn | req/s | p50 ms | p99 ms | server CPU ms/req | database server CPU ms/req | KB allocated/req | SQL/req | API resident MB after | failures |");
report.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var r in results)
    report.AppendLine(CultureInfo.InvariantCulture,
        $"| {r.Scenario} | {r.Connections} | {r.RequestsPerSecond:N0} | {r.P50Ms:N2} | {r.P99Ms:N2} | {r.CpuMsPerRequest:N2} | {(r.DatabaseCpuMsPerRequest is { } db ? db.ToString("N2", CultureInfo.InvariantCulture) : "in the API")} | {r.KbAllocatedPerRequest:N0} | {r.SqlPerRequest:N2} | {r.ResidentMb:N0} | {r.Failures} |");
report.AppendLine();
if (options.GetValueOrDefault("out") is { } outFile) await File.AppendAllTextAsync(outFile, report.ToString());
Console.WriteLine();
Console.Write(report);
