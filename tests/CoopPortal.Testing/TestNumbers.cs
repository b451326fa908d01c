using System.Globalization;

namespace CoopPortal.Testing;

/// <summary>
/// Registration numbers and mobiles for test data, different for every call within a test run. Drawn at random they
/// collided (a registry of a few hundred cooperatives in one province meets a repeated six-digit number often enough
/// to fail a run), so they come from a counter that starts at a different place in every run.
/// </summary>
public static class TestNumbers
{
    private static int _registration = (int)(DateTime.UtcNow.Ticks % 400_000);
    private static int _mobile = (int)(DateTime.UtcNow.Ticks % 4_000_000);

    /// <summary>A six-digit registration number (100000-999999) no other call in this run returns.</summary>
    public static string RegistrationNumber() =>
        (100_000 + Interlocked.Increment(ref _registration) % 900_000).ToString(CultureInfo.InvariantCulture);

    /// <summary>A mobile number (0912 and seven digits) no other call in this run returns.</summary>
    public static string Mobile() =>
        "0912" + (1_000_000 + Interlocked.Increment(ref _mobile) % 9_000_000).ToString(CultureInfo.InvariantCulture);
}
