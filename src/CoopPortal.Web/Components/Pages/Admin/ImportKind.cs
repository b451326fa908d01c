namespace CoopPortal.Web.Components.Pages.Admin;

/// <summary>What an import file holds: existing cooperatives, or the members of cooperatives already in the registry.</summary>
public enum ImportKind
{
    Cooperatives,
    Members,
}
