using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Commerce.Infrastructure;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Commerce.Api.Tests.Fixtures;

/// <summary>
/// A throwaway PostgreSQL cluster for the whole test run (initdb + pg_ctl in a temp folder on a free port),
/// with a migrated template database that each test class clones — fast, isolated, and real.
/// </summary>
public sealed class PostgresCluster
{
    private const string TemplateName = "commerce_template";
    private static readonly Lazy<Task<PostgresCluster>> Shared = new(StartAsync);
    private static int _databaseCounter;

    private readonly string _directory;
    private readonly string _binDirectory;

    private PostgresCluster(string directory, string binDirectory, int port)
    {
        _directory = directory;
        _binDirectory = binDirectory;
        Port = port;
    }

    public int Port { get; }

    public static Task<PostgresCluster> GetAsync() => Shared.Value;

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Pooling=true;Maximum Pool Size=60;Include Error Detail=true";

    /// <summary>A fresh database, cloned from the migrated template.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"commerce_test_{Environment.ProcessId}_{Interlocked.Increment(ref _databaseCounter)}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE {TemplateName}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    private static async Task<PostgresCluster> StartAsync()
    {
        var bin = FindBinDirectory();
        var directory = Path.Combine(Path.GetTempPath(), $"commerce-pg-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
            Run("chown", $"postgres:postgres {directory}");

        var port = FreePort();
        var cluster = new PostgresCluster(directory, bin, port);
        cluster.PgCommand("initdb", $"-D {directory}/data -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync");
        cluster.PgCommand(
            "pg_ctl",
            $"-D {directory}/data -l {directory}/log -w -t 60 start " +
            $"-o \"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\"");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();

        await using (var connection = new NpgsqlConnection(cluster.ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {TemplateName}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var options = new DbContextOptionsBuilder<CommerceDbContext>();
        options.UseCommercePostgres(cluster.ConnectionString(TemplateName) + ";Pooling=false");
        await using (var db = new CommerceDbContext(options.Options))
            await db.Database.MigrateAsync();
        return cluster;
    }

    private void Stop()
    {
        try
        {
            PgCommand("pg_ctl", $"-D {_directory}/data -m immediate -w stop");
            Directory.Delete(_directory, recursive: true);
        }
        catch (Exception)
        {
            // Best effort at process exit: a leftover temp folder is harmless.
        }
    }

    private void PgCommand(string tool, string arguments)
    {
        var executable = Path.Combine(_binDirectory, tool);
        if (Environment.UserName == "root")
            Run("runuser", $"-u postgres -- {executable} {arguments}");
        else
            Run(executable, arguments);
    }

    private static void Run(string fileName, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000) || process.ExitCode != 0)
            throw new InvalidOperationException($"'{fileName} {arguments}' failed: {stdout.Result}{stderr.Result}");
    }

    private static string FindBinDirectory()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d).Select(d => Path.Combine(d, "bin"))
            : [];
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException("PostgreSQL server binaries not found under /usr/lib/postgresql (./test.sh installs them).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
