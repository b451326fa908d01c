using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using RouteData = Microsoft.AspNetCore.Components.RouteData;

namespace CoopPortal.Web.Components.Layout;

/// <summary>
/// What the static layout hands the interactive island (<see cref="PageIsland"/>): the routed page by name and its
/// route values as invariant strings (an interactive root's parameters travel as JSON, protected by Data Protection, so
/// neither can be forged by the browser), and back again on the circuit.
/// </summary>
public static class IslandRoute
{
    private static readonly Assembly PagesAssembly = typeof(IslandRoute).Assembly;

    /// <summary>The page's full type name and its route values, for the island's parameters.</summary>
    public static (string Page, Dictionary<string, string> Values) From(RouteData route) =>
        (route.PageType.FullName!, route.RouteValues.Where(v => v.Value is not null).ToDictionary(
            v => v.Key, v => Convert.ToString(v.Value, CultureInfo.InvariantCulture)!, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// The route again, with each value converted to the type of the page's parameter of that name; null when the name
    /// is not a routable page of this portal (the island then shows «not found»). A page may have more than one route
    /// (Blazor allows several @page directives): any one makes it routable.
    /// </summary>
    public static RouteData? To(string page, IReadOnlyDictionary<string, string>? values)
    {
        var type = PagesAssembly.GetType(page, throwOnError: false);
        if (type is null || !typeof(Microsoft.AspNetCore.Components.IComponent).IsAssignableFrom(type) || !type.IsDefined(typeof(RouteAttribute), inherit: false))
        {
            return null;
        }

        var typed = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, text) in values ?? new Dictionary<string, string>())
        {
            var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property?.GetCustomAttribute<ParameterAttribute>() is null)
            {
                continue;
            }

            var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            try
            {
                typed[property.Name] = target == typeof(string) ? text : TypeDescriptor.GetConverter(target).ConvertFromInvariantString(text);
            }
            catch (Exception ex) when (ex is FormatException or NotSupportedException or ArgumentException)
            {
                return null;
            }
        }

        return new RouteData(type, typed);
    }
}
