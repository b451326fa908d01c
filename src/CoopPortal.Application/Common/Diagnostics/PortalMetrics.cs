using System.Diagnostics.Metrics;

namespace CoopPortal.Application.Common.Diagnostics;

/// <summary>
/// The portal's own business metrics (meter <see cref="MeterName"/>), recorded where the work happens: applications
/// submitted, review decisions by kind, PDFs printed and how long each took. The web host exports them over OTLP and at
/// /metrics (docs/operations.md); the gauges that read the database or the circuits live in the web host.
/// </summary>
public static class PortalMetrics
{
    public const string MeterName = "CoopPortal";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> ApplicationsSubmitted = Meter.CreateCounter<long>(
        "coopportal.applications.submitted", "{application}", "Formation applications submitted (first submissions and resubmissions after a correction).");

    private static readonly Counter<long> Decisions = Meter.CreateCounter<long>(
        "coopportal.decisions", "{decision}", "Review decisions taken on formation applications, by kind (tag decision).");

    private static readonly Counter<long> PdfsPrinted = Meter.CreateCounter<long>(
        "coopportal.pdfs.printed", "{document}", "PDF documents printed by Chromium.");

    private static readonly Histogram<double> PdfDuration = Meter.CreateHistogram<double>(
        "coopportal.pdf.duration", "s", "Time to print one PDF document, waiting for a free page included.");

    /// <summary>An application was submitted (<paramref name="resubmission"/>: after being returned for correction).</summary>
    public static void ApplicationSubmitted(bool resubmission) =>
        ApplicationsSubmitted.Add(1, new KeyValuePair<string, object?>("resubmission", resubmission));

    /// <summary>A reviewer or head of office took a decision (claim, send back, recommend, approve, reject, return).</summary>
    public static void DecisionTaken(string kind) =>
        Decisions.Add(1, new KeyValuePair<string, object?>("decision", kind));

    /// <summary>A PDF was printed in <paramref name="elapsed"/>.</summary>
    public static void PdfPrinted(TimeSpan elapsed)
    {
        PdfsPrinted.Add(1);
        PdfDuration.Record(elapsed.TotalSeconds);
    }
}
