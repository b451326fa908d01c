namespace CoopPortal.Application.Common.Security;

/// <summary>
/// The offices' rule (configuration section "Offices", editable on the rule settings page): which steps of a county's
/// cases a county office decides and which go up to the province (issue 20, point 1; ADR 0026). County reviewers always
/// do the review steps of their county (the rows of a workflow table whose actor is a reviewer or the office). The head
/// steps (the rows whose actor is <see cref="Domain.Users.Roles.HeadOfOffice"/>: final approval and rejection, assigning,
/// returning to the reviewer, revoking an approval, assigning an assembly's observer) are the province head's unless
/// <see cref="CountyHeadDecides"/> is 1.
/// </summary>
public sealed class OfficeRules
{
    public const string SectionName = "Offices";

    /// <summary>0 (default): the provincial head of office takes the head steps of a county's cases; 1: the county's head does.</summary>
    public int CountyHeadDecides { get; set; }

    /// <summary>The rule as the current user's snapshot carries it: whether a head of office with this county takes head steps.</summary>
    public bool HeadTakesHeadSteps(int? countyId) => countyId is null || CountyHeadDecides == 1;
}
