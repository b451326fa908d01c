using System.Globalization;
using System.Text.RegularExpressions;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;

namespace CoopPortal.Web.Components.Pages.Supervision;

/// <summary>
/// The self-declaration as the page holds it: every value as typed (numbers and Jalali dates as text), so nothing is lost
/// when a save fails. <see cref="ToContent"/> reads the typed text the way <see cref="DeclarationFieldCatalog"/> says; what
/// cannot be read is reported per field and the section is not sent until it is fixed.
/// </summary>
public sealed partial class DeclarationForm
{
    private static readonly DeclarationField AssembliesField = DeclarationFieldCatalog.Get(nameof(DeclarationContent.ExtraordinaryAssemblies));
    private static readonly DeclarationField OfficersField = DeclarationFieldCatalog.Get(nameof(DeclarationContent.Officers));

    /// <summary>The typed text of each field typed in a box (figures and the ordinary assembly's date), by field key.</summary>
    public Dictionary<string, string?> Text { get; } = [];

    public string? OrdinaryAssemblyHeldOn
    {
        get => Text.GetValueOrDefault(nameof(DeclarationContent.OrdinaryAssemblyHeldOn));
        set => Text[nameof(DeclarationContent.OrdinaryAssemblyHeldOn)] = value;
    }

    public List<AssemblyRow> ExtraordinaryAssemblies { get; } = [];

    public List<OfficerRow> Officers { get; } = [];

    /// <summary>The yes/no answers, by field key.</summary>
    public Dictionary<string, bool?> Answers { get; } = [];

    public static DeclarationForm From(DeclarationContent c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var form = new DeclarationForm();
        foreach (var field in DeclarationFieldCatalog.All)
        {
            switch (field.Kind)
            {
                case DeclarationFieldKind.YesNo:
                    form.Answers[field.Key] = (bool?)field.Read(c);
                    break;
                case DeclarationFieldKind.Rows:
                    break;
                default:
                    form.Text[field.Key] = field.ToText(field.Read(c));
                    break;
            }
        }

        var heldOn = AssembliesField.Column(nameof(AssemblyRow.HeldOn));
        form.ExtraordinaryAssemblies.AddRange(c.ExtraordinaryAssemblies.Select(a => new AssemblyRow { HeldOn = heldOn.ToText(a.HeldOn), Subject = a.Subject }));
        var nationalCode = OfficersField.Column(nameof(OfficerRow.NationalCode));
        var termEndsOn = OfficersField.Column(nameof(OfficerRow.TermEndsOn));
        form.Officers.AddRange(c.Officers.Select(o => new OfficerRow
        {
            Role = o.Role,
            FullName = o.FullName,
            NationalCode = nationalCode.ToText(o.NationalCode),
            TermStartsOn = o.TermStartsOn,
            TermEndsOn = termEndsOn.ToText(o.TermEndsOn),
        }));
        return form;
    }

    /// <summary>
    /// The typed values as content, and what could not be read (field key to Persian message). Only the fields of
    /// <paramref name="section"/> are read: the server takes only that section's fields.
    /// </summary>
    public (DeclarationContent Content, IReadOnlyDictionary<string, string> Errors) ToContent(DeclarationSection section)
    {
        var errors = new Dictionary<string, string>();
        object? Read(DeclarationEntry entry, string key, string? typed)
        {
            var (value, error) = entry.Parse(typed);
            if (error is not null)
            {
                errors[key] = error;
            }

            return value;
        }

        var content = DeclarationContent.Empty;
        foreach (var field in DeclarationFieldCatalog.In(section))
        {
            object? value = field.Kind switch
            {
                DeclarationFieldKind.YesNo => Answers.GetValueOrDefault(field.Key),
                DeclarationFieldKind.Rows when field.Key == AssembliesField.Key => ExtraordinaryAssemblies
                    .Select((a, i) => new ExtraordinaryAssembly(
                        (DateOnly?)Read(field.Column(nameof(AssemblyRow.HeldOn)), field.CellKey(i, nameof(AssemblyRow.HeldOn)), a.HeldOn), a.Subject ?? string.Empty))
                    .ToList(),
                DeclarationFieldKind.Rows when field.Key == OfficersField.Key => Officers
                    .Select((o, i) => OfficerEntry.From(o.Role, o.FullName, o.NationalCode, o.TermStartsOn,
                        (DateOnly?)Read(field.Column(nameof(OfficerRow.TermEndsOn)), field.CellKey(i, nameof(OfficerRow.TermEndsOn)), o.TermEndsOn)))
                    .ToList(),
                DeclarationFieldKind.Rows => throw new InvalidOperationException($"The form has no rows for {field.Key}."),
                _ => Read(field, field.Key, Text.GetValueOrDefault(field.Key)),
            };
            content = field.Write(content, value);
        }

        return (content, errors);
    }

    /// <summary>
    /// Whether a problem the server found in the saved content still speaks of what is on screen in
    /// <paramref name="field"/>: the field is not blank and holds the saved value (this form is the saved one). Once the
    /// person types something else the problem is about a value no longer shown, and it waits for the next save
    /// (a stale «enter the training hours» under a field that now says ۸ misleads, and moves the page as one types).
    /// </summary>
    public bool StillDescribes(string field, string? typed) =>
        !string.IsNullOrWhiteSpace(typed) && DeclarationEntry.SameTyped(typed, TypedOf(field));

    /// <summary>The text this form holds for a problem's field key: a figure, the ordinary assembly date or a row's cell.</summary>
    public string? TypedOf(string field)
    {
        if (Text.TryGetValue(field, out var figure))
        {
            return figure;
        }

        var match = RowField().Match(field);
        if (!match.Success)
        {
            return null;
        }

        var index = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
        return (match.Groups["list"].Value, match.Groups["cell"].Value) switch
        {
            ("ExtraordinaryAssemblies", "HeldOn") when index < ExtraordinaryAssemblies.Count => ExtraordinaryAssemblies[index].HeldOn,
            ("ExtraordinaryAssemblies", "Subject") when index < ExtraordinaryAssemblies.Count => ExtraordinaryAssemblies[index].Subject,
            ("Officers", "FullName") when index < Officers.Count => Officers[index].FullName,
            ("Officers", "NationalCode") when index < Officers.Count => Officers[index].NationalCode,
            ("Officers", "TermEndsOn") when index < Officers.Count => Officers[index].TermEndsOn,
            _ => null,
        };
    }

    [GeneratedRegex(@"^(?<list>ExtraordinaryAssemblies|Officers)\[(?<index>[0-9]+)\]\.(?<cell>[A-Za-z]+)$")]
    private static partial Regex RowField();
}
