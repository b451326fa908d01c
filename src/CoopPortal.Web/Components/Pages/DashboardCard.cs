namespace CoopPortal.Web.Components.Pages;

internal sealed record DashboardCard(string Title, string Description, string? Href, string? Action);
