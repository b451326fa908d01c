using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Users;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace CoopPortal.Web.Components.Layout;

internal sealed record NavItem(string Href, string Title, string Icon, NavLinkMatch Match = NavLinkMatch.Prefix);
