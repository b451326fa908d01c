using Microsoft.AspNetCore.Components.Routing;

namespace CoopPortal.Web.Components.Layout;

internal sealed record NavItem(string Href, string Title, string Icon, NavLinkMatch Match = NavLinkMatch.Prefix);
