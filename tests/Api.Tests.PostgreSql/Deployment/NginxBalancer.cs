using System.Diagnostics;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Deployment;

/// <summary>
/// Debian's nginx as the deployment's balancer, running the README's configuration (deploy/nginx/infogov.conf)
/// as it is: only its listen port and the two instance addresses are replaced with the test's. The main
/// configuration around it only keeps nginx's files in the test's directory.
/// </summary>
public sealed class NginxBalancer : IAsyncDisposable
{
    private readonly Process _process;

    private NginxBalancer(Process process, int port) => (_process, Port) = (process, port);

    public int Port { get; }
    public string Url => $"http://127.0.0.1:{Port}";

    public static async Task<NginxBalancer> StartAsync(string directory, int first, int second)
    {
        var port = ApiProcess.FreePort();
        var site = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "deploy", "nginx", "infogov.conf"));
        foreach (var (documented, actual) in new[] { ("127.0.0.1:5001", $"127.0.0.1:{first}"), ("127.0.0.1:5002", $"127.0.0.1:{second}"), ("listen 127.0.0.1:8080", $"listen 127.0.0.1:{port}") })
        {
            Assert.Contains(documented, site);
            site = site.Replace(documented, actual, StringComparison.Ordinal);
        }
        var root = Directory.CreateDirectory(Path.Combine(directory, "nginx")).FullName;
        // Run as root, nginx's workers run as nobody: the places they buffer a large request body must be theirs to write.
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("The deployment test runs Debian's nginx.");
        foreach (var temporary in new[] { "body", "proxy", "fastcgi", "uwsgi", "scgi" })
            File.SetUnixFileMode(Directory.CreateDirectory(Path.Combine(root, temporary)).FullName, (UnixFileMode)0b111_111_111);
        File.SetUnixFileMode(directory, File.GetUnixFileMode(directory) | UnixFileMode.OtherExecute | UnixFileMode.GroupExecute);
        await File.WriteAllTextAsync(Path.Combine(root, "infogov.conf"), site);
        await File.WriteAllTextAsync(Path.Combine(root, "nginx.conf"), $$"""
            daemon off;
            worker_processes 1;
            pid {{root}}/nginx.pid;
            error_log {{root}}/error.log warn;
            events { worker_connections 1024; }
            http {
                access_log off;
                client_body_temp_path {{root}}/body;
                proxy_temp_path {{root}}/proxy;
                fastcgi_temp_path {{root}}/fastcgi;
                uwsgi_temp_path {{root}}/uwsgi;
                scgi_temp_path {{root}}/scgi;
                include {{root}}/infogov.conf;
            }
            """);
        var start = new ProcessStartInfo(Executable());
        foreach (var argument in new[] { "-p", root, "-c", Path.Combine(root, "nginx.conf") }) start.ArgumentList.Add(argument);
        return new NginxBalancer(await LoopbackServer.StartAsync(start, port), port);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static string Executable()
    {
        foreach (var candidate in new[] { "/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx" })
            if (File.Exists(candidate)) return candidate;
        throw new InvalidOperationException("nginx not found: install Debian's nginx (tests/run-all.sh does when it is missing).");
    }
}
