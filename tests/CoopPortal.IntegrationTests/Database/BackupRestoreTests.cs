using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Formation;
using CoopPortal.IntegrationTests.Common;
using Npgsql;

namespace CoopPortal.IntegrationTests.Database;

/// <summary>
/// Issue 16 point 6: the operator's scripts, run as they are (bash scripts/backup.sh, scripts/restore.sh). A portal
/// database holding a certificate and uploaded files is backed up, dropped, restored, and the portal started on it
/// serves the same applications, file bytes and certificate PDF, and the certificate still verifies.
/// </summary>
public sealed class BackupRestoreTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "coopportal-backup-test-" + Guid.NewGuid().ToString("N")[..10]);

    private sealed record Before(
        CurrentUserSnapshot Applicant,
        Guid Approved,
        Guid Submitted,
        IReadOnlyList<Application.Formation.GetMyApplications.MyApplicationItem> Applications,
        IReadOnlyDictionary<(Guid Application, Guid Document), byte[]> Documents,
        byte[] CertificatePdf,
        string VerificationPath,
        string CertificateNumber,
        string Name);

    [Fact]
    public async Task A_database_backed_up_dropped_and_restored_serves_the_same_applications_files_and_certificate_byte_for_byte()
    {
        var connectionString = TestPostgres.CreateDatabase("backup");
        var source = new PortalDatabaseFixture(new PortalFactory(connectionString));
        Before before;
        try
        {
            await source.InitializeAsync();
            before = await FillAsync(source);
        }
        finally
        {
            await source.DisposeAsync(); // the portal stops: nothing writes while the database is backed up and dropped
        }

        NpgsqlConnection.ClearAllPools();
        var tablesBefore = await TableDigestsAsync(connectionString);
        Assert.Contains("stored_files", tablesBefore.Keys);
        Assert.Contains("formation_certificates", tablesBefore.Keys);

        var backup = await RunScriptAsync("backup.sh", connectionString, "--output", _output);
        Assert.True(backup.ExitCode == 0, backup.Output);
        var dump = backup.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Trim();
        Assert.True(File.Exists(dump), backup.Output);
        var checksum = await File.ReadAllTextAsync(dump + ".sha256");
        Assert.StartsWith(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(dump))) + "  ", checksum, StringComparison.Ordinal);

        await DropDatabaseAsync(connectionString);
        Assert.False(await DatabaseExistsAsync(connectionString));

        var restore = await RunScriptAsync("restore.sh", connectionString, dump);
        Assert.True(restore.ExitCode == 0, restore.Output);
        Assert.Contains("Creating the database", restore.Output, StringComparison.Ordinal);
        NpgsqlConnection.ClearAllPools();
        Assert.Equal(tablesBefore, await TableDigestsAsync(connectionString)); // every row of every table

        var restored = new PortalDatabaseFixture(new PortalFactory(connectionString));
        try
        {
            await restored.InitializeAsync();
            await AssertServedAsBeforeAsync(restored, before);
        }
        finally
        {
            await restored.DisposeAsync();
        }

        // A database that holds data is not overwritten unless the operator says --force.
        var refused = await RunScriptAsync("restore.sh", connectionString, dump);
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("is not empty", refused.Output, StringComparison.Ordinal);
        Assert.Contains("--force", refused.Output, StringComparison.Ordinal);
        var forced = await RunScriptAsync("restore.sh", connectionString, "--force", dump);
        Assert.True(forced.ExitCode == 0, forced.Output);
        NpgsqlConnection.ClearAllPools();
        Assert.Equal(tablesBefore["stored_files"], (await TableDigestsAsync(connectionString))["stored_files"]);
    }

    /// <summary>An approved application (certificate printed and stored) and a submitted one, each with its own files.</summary>
    private static async Task<Before> FillAsync(PortalDatabaseFixture fixture)
    {
        var applicant = await fixture.NewUserAsync();
        var handlers = fixture.As(applicant);

        var approved = await fixture.CompleteApplicationAsync(applicant, "تعاونی پشتیبان‌گیری");
        await UploadUniqueAsync(handlers, approved);
        var id = await ApproveAsync(fixture, applicant, approved);
        Assert.Equal(approved, id);

        var submitted = await fixture.CompleteApplicationAsync(applicant, "تعاونی بازگردانی");
        await UploadUniqueAsync(handlers, submitted);
        Assert.True((await handlers.Submit.HandleAsync(submitted, default)).Succeeded);

        var documents = new Dictionary<(Guid, Guid), byte[]>();
        foreach (var application in new[] { approved, submitted })
        {
            var view = (await handlers.Get.HandleAsync(application, default)).Value!;
            Assert.Equal(3, view.Documents.Count);
            foreach (var document in view.Documents)
            {
                var download = await handlers.Download.HandleAsync(application, document.Id, default);
                Assert.True(download.Succeeded, download.Message);
                documents[(application, document.Id)] = download.Value!.Content;
            }
        }

        var certificate = await handlers.Certificate.HandleAsync(approved, default);
        Assert.True(certificate.Succeeded, certificate.Message);
        var certificateView = (await handlers.CertificateView.HandleAsync(approved, default))!;
        var name = (await handlers.Get.HandleAsync(approved, default)).Value!.Application.ProposedNames[0].Name;
        var mine = (await handlers.Mine.HandleAsync(default)).ToList();
        Assert.Equal(2, mine.Count);
        return new Before(applicant, approved, submitted, mine, documents, certificate.Value!.Content!,
            new Uri(certificateView.VerificationUrl).AbsolutePath, certificateView.Number, name);
    }

    private static async Task<Guid> ApproveAsync(PortalDatabaseFixture fixture, CurrentUserSnapshot applicant, Guid id)
    {
        Assert.True((await fixture.As(applicant).Submit.HandleAsync(id, default)).Succeeded);
        var reviewer = fixture.As(await fixture.NewUserAsync(Domain.Users.Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        var head = fixture.As(await fixture.NewUserAsync(Domain.Users.Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan));
        Assert.True((await reviewer.Review.ClaimAsync(id, default)).Succeeded);
        Assert.True((await reviewer.Review.RecommendAsync(id, null, default)).Succeeded);
        var approval = await head.Review.ApproveAsync(id, default);
        Assert.True(approval.Succeeded, approval.Message);
        return id;
    }

    /// <summary>A PDF whose bytes no other file has, so a file served for another would show.</summary>
    private static async Task UploadUniqueAsync(PortalDatabaseFixture.Handlers handlers, Guid application)
    {
        var content = "%PDF-1.4\n%"u8.ToArray().Concat(RandomNumberGenerator.GetBytes(2048)).Concat(PortalDatabaseFixture.SmallPdf.Skip(9)).ToArray();
        using var stream = new MemoryStream(content);
        var uploaded = await handlers.Upload.HandleAsync(application, DocumentKind.Other, "پیوست.pdf", content.Length, stream, default);
        Assert.True(uploaded.Succeeded, uploaded.Message);
    }

    /// <summary>Through the HTTP endpoints a person uses: signed in as the applicant, and the public verification page.</summary>
    private static async Task AssertServedAsBeforeAsync(PortalDatabaseFixture fixture, Before before)
    {
        Assert.Equal(before.Applications, (await fixture.As(before.Applicant).Mine.HandleAsync(default)).ToList());

        var client = await fixture.SignedInClientAsync(before.Applicant);
        foreach (var ((application, document), bytes) in before.Documents)
        {
            using var response = await client.Http.GetAsync(new Uri($"/applications/{application}/documents/{document}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        }

        using (var certificate = await client.Http.GetAsync(new Uri($"/applications/{before.Approved}/certificate.pdf", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, certificate.StatusCode);
            Assert.Equal(before.CertificatePdf, await certificate.Content.ReadAsByteArrayAsync());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(before.CertificatePdf)), certificate.Headers.GetValues("X-Content-SHA256").Single());
        }

        using var anonymous = fixture.Factory.CreateClient();
        using var verification = await anonymous.GetAsync(new Uri(before.VerificationPath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, verification.StatusCode);
        var html = await verification.Content.ReadAsStringAsync();
        Assert.Contains("data-state=\"valid\"", html, StringComparison.Ordinal);
        Assert.Contains(before.Name, html, StringComparison.Ordinal);

        var view = await fixture.As(before.Applicant).CertificateView.HandleAsync(before.Approved, default);
        Assert.Equal(before.CertificateNumber, view!.Number);
        var submitted = (await fixture.As(before.Applicant).Get.HandleAsync(before.Submitted, default)).Value!.Application;
        Assert.Equal(ApplicationStatus.Submitted, submitted.Status);
    }

    /// <summary>Each table of the portal: its row count and a digest of all its rows, bytes included.</summary>
    private static async Task<SortedDictionary<string, string>> TableDigestsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var digests = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var digest = new NpgsqlCommand(
                $"SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE \"C\")), '') FROM \"{table}\" t", connection);
            digests[table] = (string)(await digest.ExecuteScalarAsync())!;
        }

        return digests;
    }

    private static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(TestPostgres.Server.ConnectionStringFor("postgres"));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<bool> DatabaseExistsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(TestPostgres.Server.ConnectionStringFor("postgres"));
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", new NpgsqlConnectionStringBuilder(connectionString).Database!);
        return (long)(await exists.ExecuteScalarAsync())! > 0;
    }

    private sealed record ScriptRun(int ExitCode, string Stdout, string Output);

    /// <summary>Runs scripts/NAME with bash, the database given the way the portal takes it (ConnectionStrings__Default).</summary>
    private static async Task<ScriptRun> RunScriptAsync(string name, string connectionString, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "scripts", name));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__Default"] = connectionString;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5)); // a hung script fails the test instead of hanging it
        await process.WaitForExitAsync(limit.Token);
        return new ScriptRun(process.ExitCode, await stdout, await stdout + await stderr);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_output, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
