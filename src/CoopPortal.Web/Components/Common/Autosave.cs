namespace CoopPortal.Web.Components.Common;

/// <summary>
/// Save as you type (issue 18): a case's free-text field (a name, a description, an address) saves when the person
/// pauses typing for <see cref="PauseMs"/> and at once when they leave it; a code, number, date or telephone saves when
/// the field is left (half a national code is not worth a message). Until the save answers the page says the text is
/// not saved yet and leaving or reloading it asks first (layout.js, inside an element marked <c>data-autosave</c>).
/// </summary>
public static class Autosave
{
    /// <summary>The pause in typing after which a field's text is saved, in milliseconds.</summary>
    public const int PauseMs = 600;

    private static readonly HashSet<string> FreeText = new(StringComparer.Ordinal) { "FullName", "FatherName", "InKindDescription" };

    /// <summary>Whether a member's field (e.g. "FullName") saves on a pause in typing, not only when left.</summary>
    public static bool WhileTyping(string field) => FreeText.Contains(field);
}
