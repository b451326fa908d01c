namespace CoopPortal.Web.Components.Common;

/// <summary>
/// The HTML id of a field by the key its problems carry, shared by every editor so a problem's link can lead to its
/// field: <c>Members[0].NationalCode</c> becomes <c>field-Members-0-NationalCode</c>.
/// </summary>
internal static class FieldIds
{
    public const string DefaultPrefix = "field-";

    public static string For(string field, string prefix = DefaultPrefix) =>
        prefix + field.Replace("[", "-", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal).Replace('.', '-');
}
