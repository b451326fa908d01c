namespace CoopPortal.Web.Components.Pages;

/// <summary>A service on the dashboard; a null Href marks a service not yet open.</summary>
public sealed record DashboardCard(string Title, string Description, string? Href, string? Action);

/// <summary>What the dashboard shows a person (handed from the prerendered page to the circuit: plain data).</summary>
/// <param name="Roles">The person's roles by their Persian titles, joined.</param>
/// <param name="Office">The province office they work for, if any.</param>
public sealed record DashboardState(string FullName, string Roles, string? Office, List<DashboardCard> Cards, bool IsReviewer, bool IsHead)
{
    /// <summary>A reviewer or head of office: the dashboard counts their province's waiting work.</summary>
    public bool IsStaff => IsReviewer || IsHead;
}
