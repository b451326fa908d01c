namespace CoopPortal.Web.Components.Common;

/// <summary>
/// Marks a static page that is the same for every visitor (the landing page): it is served to signed-out visitors from
/// memory for <see cref="Seconds"/> by <c>Hosting/VisitorPageCache</c> (issue 16, point 8; ADR 18).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CachedForVisitorsAttribute(int seconds) : Attribute
{
    public int Seconds { get; } = seconds;
}
