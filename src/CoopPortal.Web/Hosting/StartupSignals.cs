using System.Runtime.InteropServices;

namespace CoopPortal.Web.Hosting;

/// <summary>
/// Until the host starts, Ctrl+C, SIGTERM and SIGQUIT end the process at once (the host's own handlers are not in place
/// yet), skipping every finally block. This runs <paramref name="onSignal"/> first (stopping the private cluster); the
/// signal then ends the process as usual. Dispose it once the host has started.
/// </summary>
internal sealed class StartupSignals : IDisposable
{
    private readonly List<PosixSignalRegistration> _registrations = [];

    public StartupSignals(Action onSignal)
    {
        ArgumentNullException.ThrowIfNull(onSignal);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT })
        {
            _registrations.Add(PosixSignalRegistration.Create(signal, _ => onSignal()));
        }
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _registrations.Clear();
    }
}
