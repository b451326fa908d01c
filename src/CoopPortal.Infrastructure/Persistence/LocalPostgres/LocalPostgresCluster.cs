using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CoopPortal.Infrastructure.Persistence.LocalPostgres;

/// <summary>
/// A private PostgreSQL cluster run from the machine's own server binaries: initialized on first use, started on
/// later ones, reused when it is already running, recovered when an earlier run left a stale pid file. It listens on
/// a unix socket only (no TCP port), in a folder only its owner can enter. As root, it runs as the <c>postgres</c>
/// OS user, because initdb refuses root. See docs/decisions/0002-local-postgresql.md.
/// </summary>
public sealed class LocalPostgresCluster : IDisposable
{
    private const string ServiceUser = "postgres";
    private const int MaxSocketPathLength = 100;
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);

    private readonly string _binDirectory;
    private readonly string? _runAs;
    private readonly ILogger _logger;
    private readonly bool _deleteOnDispose;
    private bool _stopped;
    private bool _ephemeral;

    private LocalPostgresCluster(string binDirectory, string dataDirectory, string socketDirectory, int port, string database, string? runAs, ILogger logger, bool deleteOnDispose)
    {
        _binDirectory = binDirectory;
        DataDirectory = dataDirectory;
        SocketDirectory = socketDirectory;
        Port = port;
        Database = database;
        _runAs = runAs;
        _logger = logger;
        _deleteOnDispose = deleteOnDispose;
    }

    public string DataDirectory { get; }

    public string SocketDirectory { get; }

    public int Port { get; }

    public string Database { get; }

    /// <summary>
    /// True when this instance started the server; false when it found it running and adopted it. Either way
    /// <see cref="Stop"/> stops it.
    /// </summary>
    public bool StartedHere { get; private set; }

    public string ConnectionString => ConnectionStringFor(Database);

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = SocketDirectory,
        Port = Port,
        Username = ServiceUser,
        Database = database,
        Pooling = true,
    }.ConnectionString;

    /// <summary>Initializes (first run) or starts (later runs) the cluster described by <paramref name="options"/>.</summary>
    public static LocalPostgresCluster Start(LocalPostgresOptions options, string contentRoot, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var dataDirectory = Path.GetFullPath(options.DataDirectory, contentRoot);
        return StartAt(options, dataDirectory, logger, deleteOnDispose: false);
    }

    /// <summary>A throwaway cluster in a new temporary folder, deleted on dispose. For tests and benchmarks.</summary>
    public static LocalPostgresCluster StartEphemeral(ILogger logger, string database = "coopportal")
    {
        var root = Path.Combine(Path.GetTempPath(), "coopportal-pg-" + Guid.NewGuid().ToString("N")[..12]);
        var options = new LocalPostgresOptions { Ephemeral = true, Database = database, Port = 5433 };
        return StartAt(options, Path.Combine(root, "data"), logger, deleteOnDispose: true);
    }

    /// <summary>
    /// A hot-standby replica of this cluster in a new temporary folder, streaming from it (pg_basebackup -R, the WAL
    /// streamed alongside), listening on its own socket and port, deleted on dispose. For tests and benchmarks: the
    /// primary lets replication connections in on its socket (initdb's trust defaults do; wal_level replica and
    /// max_wal_senders 10 are PostgreSQL's defaults).
    /// </summary>
    public LocalPostgresCluster StartStandby(ILogger logger, int port)
    {
        ArgumentNullException.ThrowIfNull(logger);
        var root = Path.Combine(Path.GetTempPath(), "coopportal-pg-" + Guid.NewGuid().ToString("N")[..12]);
        var dataDirectory = Path.Combine(root, "data");
        var standby = new LocalPostgresCluster(_binDirectory, dataDirectory, ChooseSocketDirectory(dataDirectory, port), port, Database, _runAs, logger, deleteOnDispose: true)
        {
            _ephemeral = true,
        };
        standby.CreateOwnedDirectory(dataDirectory);
        var backup = Run("pg_basebackup", [
            "-D", dataDirectory, "-h", SocketDirectory, "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", ServiceUser,
            "-R", "-X", "stream", "-c", "fast", "--no-sync"]);
        if (backup.ExitCode != 0)
        {
            standby.Dispose();
            throw new LocalPostgresException($"pg_basebackup of {DataDirectory} failed (exit {backup.ExitCode}):{Environment.NewLine}{backup.Output}");
        }

        // The primary's log came along with its files; the standby writes its own.
        File.Delete(Path.Combine(dataDirectory, "server.log"));
        standby.StartIfNeeded(ephemeral: true);
        return standby;
    }

    private static LocalPostgresCluster StartAt(LocalPostgresOptions options, string dataDirectory, ILogger logger, bool deleteOnDispose)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new LocalPostgresException("The embedded PostgreSQL cluster runs on Linux only. Set ConnectionStrings:Default to a PostgreSQL server.");
        }

        var binDirectory = LocateBinaries(options.BinDirectory);
        var runAs = Environment.IsPrivilegedProcess ? ServiceUser : null;
        if (runAs is not null)
        {
            EnsureServiceUser();
            dataDirectory = EnsureReachableByServiceUser(dataDirectory, logger);
        }

        var socketDirectory = ChooseSocketDirectory(dataDirectory, options.Port);
        var cluster = new LocalPostgresCluster(binDirectory, dataDirectory, socketDirectory, options.Port, options.Database, runAs, logger, deleteOnDispose);
        cluster._ephemeral = options.Ephemeral;
        cluster.InitializeIfNeeded();
        cluster.StartIfNeeded(options.Ephemeral);
        try
        {
            cluster.EnsureDatabase();
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException)
        {
            cluster.Stop(); // nobody else holds this instance: a server left running here would never be stopped
            throw new LocalPostgresException($"The private cluster in {dataDirectory} started but its database could not be created: {ex.Message}", ex);
        }

        return cluster;
    }

    /// <summary>
    /// Stops the server, whether this instance started it or adopted one already running (left by an earlier portal
    /// process that died: nothing else would ever stop it). Fast shutdown: sessions are ended, data is safe. Two
    /// processes using one data folder at the same time is not supported: the first to stop stops it for both.
    /// Safe to call more than once; a socket folder of its own in /tmp is removed.
    /// </summary>
    public void Stop()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        var result = Run("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "stop"]);
        if (result.ExitCode != 0)
        {
            _logger.LogWarning("pg_ctl stop for {DataDirectory} exited with {ExitCode}: {Output}", DataDirectory, result.ExitCode, result.Output);
        }

        if (SocketDirectory != DataDirectory)
        {
            try
            {
                Directory.Delete(SocketDirectory, recursive: false);
            }
            catch (IOException)
            {
                // Not empty or already gone: nothing of ours to clean.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>Starts a server this instance stopped again, with the same settings (an outage ends).</summary>
    public void Resume()
    {
        if (!_stopped)
        {
            return;
        }

        _stopped = false;
        StartIfNeeded(_ephemeral);
    }

    public void Dispose()
    {
        Stop();
        if (_deleteOnDispose)
        {
            try
            {
                Directory.Delete(Path.GetDirectoryName(DataDirectory)!, recursive: true);
            }
            catch (IOException ex)
            {
                _logger.LogWarning(ex, "Could not delete the throwaway cluster at {DataDirectory}", DataDirectory);
            }
            catch (UnauthorizedAccessException ex)
            {
                _logger.LogWarning(ex, "Could not delete the throwaway cluster at {DataDirectory}", DataDirectory);
            }
        }
    }

    internal static string LocateBinaries(string? configured)
    {
        var candidates = new List<string>();
        if (!string.IsNullOrWhiteSpace(configured))
        {
            candidates.Add(configured);
        }
        else if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .Select(dir => (dir, version: int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0))
                .OrderByDescending(x => x.version)
                .Select(x => Path.Combine(x.dir, "bin")));
        }

        foreach (var candidate in candidates)
        {
            if (File.Exists(Path.Combine(candidate, "initdb")) && File.Exists(Path.Combine(candidate, "pg_ctl")))
            {
                return candidate;
            }
        }

        var looked = candidates.Count == 0 ? "/usr/lib/postgresql/*/bin" : string.Join(", ", candidates);
        throw new LocalPostgresException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found in " + looked + ". " +
            "Install them with `apt-get install postgresql-15` (Debian 12; the package `postgresql` works too), " +
            "or set EmbeddedPostgres:BinDirectory, or set ConnectionStrings:Default to an existing PostgreSQL server.");
    }

    private static void EnsureServiceUser()
    {
        if (ProcessRunner.Run("id", ["-u", ServiceUser], null, CommandTimeout).ExitCode == 0)
        {
            return;
        }

        var created = ProcessRunner.Run("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", ServiceUser], null, CommandTimeout);
        if (created.ExitCode != 0)
        {
            throw new LocalPostgresException(
                $"Running as root, the cluster must run as the '{ServiceUser}' OS user, which is missing and could not be created: {created.Output}");
        }
    }

    /// <summary>
    /// The postgres user must be able to traverse every parent folder. A checkout under a private home folder (0700)
    /// does not allow that; then the cluster lives under /var/lib/coopportal instead, named after the original path.
    /// </summary>
    private static string EnsureReachableByServiceUser(string dataDirectory, ILogger logger)
    {
        var parent = Path.GetDirectoryName(dataDirectory)!;
        Directory.CreateDirectory(parent);
        return ProcessRunner.Run("test", ["-x", parent], ServiceUser, CommandTimeout).ExitCode == 0
            ? dataDirectory
            : Relocate(dataDirectory, logger);
    }

    private static string Relocate(string dataDirectory, ILogger logger)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(dataDirectory)))[..12].ToLowerInvariant();
        var relocated = Path.Combine("/var/lib/coopportal", hash, "postgres");
        logger.LogWarning(
            "The '{User}' OS user cannot reach {DataDirectory} (a parent folder is private), so the cluster's data lives in {Relocated}.",
            ServiceUser, dataDirectory, relocated);
        Directory.CreateDirectory(Path.GetDirectoryName(relocated)!);
        return relocated;
    }

    private static string ChooseSocketDirectory(string dataDirectory, int port)
    {
        var socketFile = Path.Combine(dataDirectory, $".s.PGSQL.{port}");
        if (Encoding.UTF8.GetByteCount(socketFile) <= MaxSocketPathLength)
        {
            return dataDirectory;
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(dataDirectory)))[..12].ToLowerInvariant();
        return Path.Combine(Path.GetTempPath(), "coopportal-sock-" + hash);
    }

    private void InitializeIfNeeded()
    {
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            return;
        }

        if (Directory.Exists(DataDirectory) && Directory.EnumerateFileSystemEntries(DataDirectory).Any())
        {
            throw new LocalPostgresException(
                $"{DataDirectory} is not empty but holds no PostgreSQL cluster. Move it away or set EmbeddedPostgres:DataDirectory to another folder.");
        }

        CreateOwnedDirectory(DataDirectory);
        _logger.LogInformation("Initializing a private PostgreSQL cluster in {DataDirectory}", DataDirectory);
        var result = Run("initdb", ["-D", DataDirectory, "-U", ServiceUser, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions"]);
        if (result.ExitCode != 0)
        {
            throw new LocalPostgresException($"initdb failed for {DataDirectory} (exit {result.ExitCode}):{Environment.NewLine}{result.Output}");
        }
    }

    private void StartIfNeeded(bool ephemeral)
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (File.Exists(pidFile))
        {
            if (IsLivePostmaster(pidFile) && CanConnect())
            {
                _logger.LogInformation("Reusing the PostgreSQL cluster already running in {DataDirectory}", DataDirectory);
                return;
            }

            if (IsLivePostmaster(pidFile))
            {
                // Running, but not where we expect its socket (settings changed): restart it with ours.
                Run("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "stop"]);
            }
            else
            {
                _logger.LogWarning("Removing the stale pid file of a PostgreSQL run that ended without shutting down ({PidFile})", pidFile);
                File.Delete(pidFile);
                var socketLock = Path.Combine(SocketDirectory, $".s.PGSQL.{Port}.lock");
                if (File.Exists(socketLock))
                {
                    File.Delete(socketLock);
                }
            }
        }

        if (SocketDirectory != DataDirectory)
        {
            CreateOwnedDirectory(SocketDirectory);
        }

        var settings = new StringBuilder()
            .Append("-c listen_addresses='' ")
            .Append(CultureInfo.InvariantCulture, $"-c port={Port} ")
            .Append(CultureInfo.InvariantCulture, $"-c unix_socket_directories='{EscapeSetting(SocketDirectory)}' ")
            .Append("-c unix_socket_permissions=0700 ")
            .Append("-c max_connections=200 ");
        if (ephemeral)
        {
            settings.Append("-c fsync=off -c synchronous_commit=off -c full_page_writes=off ");
        }

        var logFile = Path.Combine(DataDirectory, "server.log");
        var result = Run("pg_ctl", ["-D", DataDirectory, "-l", logFile, "-w", "-t", "60", "-o", settings.ToString().Trim(), "start"]);
        if (result.ExitCode != 0)
        {
            var tail = File.Exists(logFile) ? string.Join(Environment.NewLine, File.ReadLines(logFile).TakeLast(15)) : string.Empty;
            throw new LocalPostgresException(
                $"PostgreSQL did not start from {DataDirectory} (exit {result.ExitCode}):{Environment.NewLine}{result.Output}{Environment.NewLine}{tail}");
        }

        StartedHere = true;
        _logger.LogInformation("Started the private PostgreSQL cluster in {DataDirectory} (socket in {SocketDirectory})", DataDirectory, SocketDirectory);
    }

    private void EnsureDatabase()
    {
        using var connection = new NpgsqlConnection(ConnectionStringFor("postgres"));
        connection.Open();
        using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", Database);
        if (exists.ExecuteScalar() is not null)
        {
            return;
        }

        using var create = new NpgsqlCommand($"CREATE DATABASE \"{Database.Replace("\"", "\"\"", StringComparison.Ordinal)}\" ENCODING 'UTF8'", connection);
        create.ExecuteNonQuery();
    }

    private bool CanConnect()
    {
        try
        {
            using var connection = new NpgsqlConnection(ConnectionStringFor("postgres") + ";Timeout=3");
            connection.Open();
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    /// <summary>True when the pid file names a running process that is a PostgreSQL server (not a reused pid).</summary>
    private static bool IsLivePostmaster(string pidFile)
    {
        string? firstLine;
        try
        {
            firstLine = File.ReadLines(pidFile).FirstOrDefault();
        }
        catch (IOException)
        {
            return false;
        }

        if (!int.TryParse(firstLine?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid <= 0)
        {
            return false;
        }

        var comm = Path.Combine("/proc", pid.ToString(CultureInfo.InvariantCulture), "comm");
        try
        {
            return File.Exists(comm) && File.ReadAllText(comm).Trim() is "postgres" or "postmaster";
        }
        catch (IOException)
        {
            return false;
        }
    }

    private void CreateOwnedDirectory(string path)
    {
        Directory.CreateDirectory(path);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        if (_runAs is not null)
        {
            var chown = ProcessRunner.Run("chown", [$"{_runAs}:", path], null, CommandTimeout);
            if (chown.ExitCode != 0)
            {
                throw new LocalPostgresException($"Could not give {path} to the '{_runAs}' OS user: {chown.Output}");
            }
        }
    }

    private ProcessRunner.Outcome Run(string tool, IEnumerable<string> arguments) =>
        ProcessRunner.Run(Path.Combine(_binDirectory, tool), arguments, _runAs, CommandTimeout);

    private static string EscapeSetting(string value)
    {
        if (value.Contains('\'', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal))
        {
            throw new LocalPostgresException($"The folder {value} has a quote in its path; choose another EmbeddedPostgres:DataDirectory.");
        }

        return value;
    }
}
