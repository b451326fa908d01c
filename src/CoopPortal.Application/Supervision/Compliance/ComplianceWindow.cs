namespace CoopPortal.Application.Supervision.Compliance;

/// <summary>
/// The overdue years to look at: fiscal years <c>LatestDue - Years + 1</c> to <paramref name="LatestDue"/>, all past
/// their due date, and the instant each ends (1 Farvardin of the next year, midnight in Iran, as UTC), oldest first.
/// A cooperative owes the years that end after it was registered: always the newest ones of the window.
/// </summary>
public sealed record ComplianceWindow(int LatestDue, int Years, IReadOnlyList<DateTime> YearEndsUtc)
{
    public int FirstYear => LatestDue - Years + 1;

    /// <summary>The days the recorded ordinary assembly of <see cref="LatestDue"/> falls in (<see cref="Common.RecordedFacts.AssemblyDaysOf"/>).</summary>
    public (DateOnly After, DateOnly Until) AssemblyDays => Common.RecordedFacts.AssemblyDaysOf(LatestDue);
}
