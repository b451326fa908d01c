namespace CoopPortal.Application.Offices.WaitingWork;

/// <summary>
/// The work waiting for a member of a provincial office, counted for their dashboard (issue 18): what nobody has taken
/// yet, what is in their own hands, and what is overdue.
/// </summary>
/// <param name="NewApplications">Formation applications sent or sent again and not yet claimed.</param>
/// <param name="MyApplications">Applications under review by this reviewer.</param>
/// <param name="AwaitingApproval">Applications a reviewer recommended, waiting for the head of office.</param>
/// <param name="OverdueApplications">Open applications sent longer ago than the office's time limit (Review:SlaDays).</param>
/// <param name="Assemblies">Founding assemblies sent for confirmation.</param>
/// <param name="Declarations">Self-declarations sent and not yet decided.</param>
public sealed record WaitingWork(
    int ProvinceId,
    int NewApplications,
    int MyApplications,
    int AwaitingApproval,
    int OverdueApplications,
    int Assemblies,
    int Declarations)
{
    public int Total => NewApplications + MyApplications + AwaitingApproval + Assemblies + Declarations;
}
