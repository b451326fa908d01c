using System.Diagnostics;
using System.Text;

namespace CoopPortal.Infrastructure.Persistence.LocalPostgres;

/// <summary>Runs a command (optionally as another OS user through runuser) and captures what it printed.</summary>
internal static class ProcessRunner
{
    public sealed record Outcome(int ExitCode, string Output);

    public static Outcome Run(string fileName, IEnumerable<string> arguments, string? asUser, TimeSpan timeout)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };

        if (asUser is null)
        {
            start.FileName = fileName;
        }
        else
        {
            start.FileName = "runuser";
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add(asUser);
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(fileName);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Messages from the PostgreSQL tools in English, whatever the machine's locale.
        start.Environment["LC_MESSAGES"] = "C";
        start.Environment["LANG"] = "C.UTF-8";

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new LocalPostgresException($"Could not run '{start.FileName}': {ex.Message}", ex);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }

            throw new LocalPostgresException($"'{fileName}' did not finish within {timeout.TotalSeconds:0} s.");
        }

        process.WaitForExit();
        lock (output)
        {
            return new Outcome(process.ExitCode, output.ToString());
        }
    }
}
