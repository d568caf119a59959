using System.Diagnostics;

namespace CampaignFlow.Testing;

/// <summary>
/// A private PostgreSQL cluster (Debian's postgresql package) in a temp folder on a free loopback port,
/// started for a test run and removed afterwards. As root it runs the server as the postgres user.
/// </summary>
public sealed class PostgreSqlServer : IAsyncDisposable
{
    private readonly string _dataDir;
    private readonly string _binDir;

    private PostgreSqlServer(string root, string binDir, int port)
    {
        Root = root;
        _dataDir = Path.Combine(root, "data");
        _binDir = binDir;
        Port = port;
    }

    public string Root { get; }
    public int Port { get; }

    /// <summary>A connection string for a database on this server (created on first use by the caller).</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Timeout=15";

    public static async Task<PostgreSqlServer> StartAsync()
    {
        var binDir = Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin"))
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException("PostgreSQL is not installed: run tests/setup-debian.sh (apt-get install postgresql).");
        var root = Path.Combine(Path.GetTempPath(), "cf-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var server = new PostgreSqlServer(root, binDir, FreePort.Next());
        if (IsRoot) await RunAsync("chown", "-R", "postgres:postgres", root);
        await server.RunPostgresToolAsync("initdb", "-D", server._dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
        await server.RunPostgresToolAsync("pg_ctl", "-D", server._dataDir, "-w", "-t", "60", "-l", Path.Combine(root, "server.log"),
            "-o", $"-p {server.Port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        try { await RunPostgresToolAsync("pg_ctl", "-D", _dataDir, "-m", "immediate", "-w", "stop"); }
        catch (InvalidOperationException) { /* already stopped */ }
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private Task RunPostgresToolAsync(string tool, params string[] args)
    {
        var path = Path.Combine(_binDir, tool);
        return IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", path, .. args]) : RunAsync(path, args);
    }

    private static async Task RunAsync(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await stderr}{await stdout}");
    }
}
