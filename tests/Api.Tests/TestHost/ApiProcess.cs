using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace InfoGov.Api.Tests.TestHost;

/// <summary>
/// The API started as its own process from its project directory, as <c>dotnet run</c> starts it, for
/// clients that need a real socket (node, a browser) and for host arguments. Its database and signing
/// key live in a temporary directory.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;
    private readonly string _keyFile;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();

    /// <summary>What the process has written so far, standard output and error interleaved by line.</summary>
    public string Output => string.Join('\n', _output);

    public int Port { get; }
    public string GraphQLUrl => $"http://127.0.0.1:{Port}/graphql";

    private ApiProcess(Process process, int port, string directory, string keyFile)
    {
        (_process, Port, _directory, _keyFile) = (process, port, directory, keyFile);
        // Read as it comes: a full pipe would block the API's logging and stall it.
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) _output.Enqueue(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) _output.Enqueue(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the API with <paramref name="arguments"/> and <paramref name="environment"/> and waits
    /// until it answers on <paramref name="port"/>; it fails the test if the process exits first.</summary>
    public static async Task<ApiProcess> StartAsync(int port, string[] arguments, Dictionary<string, string> environment)
    {
        var api = Launch(port, arguments, environment);
        var process = api._process;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        // Generous: on a two-core CI machine both API suites run at once and several classes start API
        // processes (migrating and seeding a fresh database each); one start took over 60 s there.
        for (var attempt = 0; attempt < 360; attempt++)
        {
            if (process.HasExited)
            {
                await process.WaitForExitAsync();
                Assert.Fail($"The API exited ({process.ExitCode}): {api.Output}");
            }
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{port}/health/ready")).IsSuccessStatusCode) return api;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(500);
        }
        await api.DisposeAsync();
        throw new TimeoutException("The API did not answer within 3 minutes.");
    }

    private static ApiProcess Launch(int port, string[] arguments, Dictionary<string, string> environment)
    {
        var directory = Directory.CreateTempSubdirectory("infogov-api-").FullName;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.Combine(RepositoryRoot.Path, "src", "Api") };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "InfoGov.Api.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Staging";
        start.Environment["Authentication__UseLocalIssuer"] = "true";
        start.Environment["Authentication__LocalIssuer__KeyFile"] = Path.Combine(directory, "signing-key.pem");
        start.Environment["ConnectionStrings__InfoGov"] = $"Data Source={Path.Combine(directory, "infogov.db")}";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return new ApiProcess(Process.Start(start)!, port, directory, start.Environment["Authentication__LocalIssuer__KeyFile"]!);
    }

    /// <summary>Starts the API as <see cref="StartAsync"/> does and waits for it to exit by itself (a host
    /// that refuses to start, a command); fails the test if it is still running after <paramref name="patience"/> (a minute).</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(string[] arguments, Dictionary<string, string> environment, TimeSpan? patience = null)
    {
        var port = FreePort();
        await using var api = Launch(port, ["--urls", $"http://127.0.0.1:{port}", .. arguments], environment);
        using var waiting = new CancellationTokenSource(patience ?? TimeSpan.FromMinutes(1));
        await api._process.WaitForExitAsync(waiting.Token);
        return (api._process.ExitCode, api.Output);
    }

    /// <summary>A token this API accepts, minted by its own <c>token</c> command with the same signing key.</summary>
    public async Task<string> TokenAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.Combine(RepositoryRoot.Path, "src", "Api") };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "InfoGov.Api.dll"));
        start.ArgumentList.Add("token");
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development"; // the command mints Development tokens only
        start.Environment["Authentication__LocalIssuer__KeyFile"] = _keyFile;
        start.Environment["Database__MigrateOnStartup"] = "false";
        start.Environment["Database__SeedDemoData"] = "false";
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, "token command failed: " + error);
        return output.Trim().Split('\n').Last().Trim();
    }

    /// <summary>Sends SIGTERM, as an orchestrator stopping the instance does, and returns the exit code once it exits
    /// (failing the test after <paramref name="patience"/>).</summary>
    public async Task<int> TerminateAsync(TimeSpan patience)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        using var wait = new CancellationTokenSource(patience);
        await _process.WaitForExitAsync(wait.Token);
        return _process.ExitCode;
    }

    /// <summary>Kills the process at once (SIGKILL, as a lost node or <c>kill -9</c>): nothing of it runs after this.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
