namespace CoopPortal.Web.Components.Common;

/// <summary>
/// The fields a person is still typing in (issue 18: red only after a field is left). A field saved on a pause in
/// typing (<see cref="Autosave"/>) is marked when its text is saved and unmarked when it is left; its message waits
/// meanwhile.
/// </summary>
public sealed class TypingFields
{
    private readonly HashSet<string> _fields = new(StringComparer.Ordinal);

    public void Typed(string field) => _fields.Add(field);

    public void Left(string field) => _fields.Remove(field);

    /// <summary>True while the person is in the field and has typed since entering it: its message is held back.</summary>
    public bool Holds(string field) => _fields.Contains(field);
}
