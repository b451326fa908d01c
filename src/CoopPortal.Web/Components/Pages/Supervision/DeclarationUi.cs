using System.Globalization;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Supervision.Common;
using CoopPortal.Domain.Supervision;
using CoopPortal.Web.Components.Common;
using MudBlazor;

namespace CoopPortal.Web.Components.Pages.Supervision;

/// <summary>Display helpers of the cooperative and self-declaration pages (presentation only: the rules live in the domain).</summary>
internal static class DeclarationUi
{
    /// <summary>
    /// The HTML id of a declaration field by its problem key: decl-MembersTotal, decl-Officers-0-NationalCode,
    /// decl-Section-Finances.
    /// </summary>
    public static string FieldId(string field) => FieldIds.For(field, "decl-");

    /// <summary>The address segment of a section's page: members, finances, ..., inspectors-report.</summary>
    public static string Segment(DeclarationSection section) => section switch
    {
        DeclarationSection.InspectorsReport => "inspectors-report",
        _ => section.ToString().ToLowerInvariant(),
    };

    /// <summary>The section a page's address segment names, if any.</summary>
    public static DeclarationSection? SectionOf(string? segment) =>
        DeclarationSectionText.All.Cast<DeclarationSection?>().FirstOrDefault(s => Segment(s!.Value) == segment);

    public static string Url(Guid id) => $"declarations/{id}";

    public static string SectionUrl(Guid id, DeclarationSection section) => $"declarations/{id}/sections/{Segment(section)}";

    public static string CheckUrl(Guid id) => $"declarations/{id}/check";

    /// <summary>Where «ادامه» leads from a section: the next section, or the check-answers page after the last.</summary>
    public static string NextUrl(Guid id, DeclarationSection section)
    {
        var all = DeclarationSectionText.All;
        var index = all.ToList().IndexOf(section);
        return index + 1 < all.Count ? SectionUrl(id, all[index + 1]) : CheckUrl(id);
    }

    /// <summary>
    /// Where a problem's link leads: its section's page at the field (the officers table for a problem of the officers
    /// as a whole, the section for its confirmation). The page focuses the field the address names.
    /// </summary>
    public static string ProblemUrl(Guid id, string field)
    {
        var section = DeclarationSectionText.SectionOf(field);
        var anchor = field.StartsWith("Section.", StringComparison.Ordinal) ? "continue" : FieldId(field);
        return section is { } s ? $"{SectionUrl(id, s)}#{anchor}" : CheckUrl(id);
    }

    /// <summary>The task list of a declaration the manager may still change.</summary>
    public static IReadOnlyList<TaskListItem> Tasks(DeclarationView view) =>
        [.. DeclarationSectionText.All.Select(s => new TaskListItem(Segment(s), DeclarationSectionText.Title(s), SectionUrl(view.Id, s), view.StatusOf(s)))];

    /// <summary>A fiscal year with Persian digits and no thousands separator (۱۴۰۴).</summary>
    public static string Year(int year) => PersianFormat.Digits(year.ToString(CultureInfo.InvariantCulture));

    /// <summary>An ASCII number for element ids (declaration-start-1404).</summary>
    public static string Ascii(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Rials(long? value) => value switch
    {
        null => "—",
        < 0 => $"منفی {PersianFormat.Number(-value.Value)} ریال",
        _ => $"{PersianFormat.Number(value.Value)} ریال",
    };

    public static string Count(long? value) => value is { } v ? PersianFormat.Number(v) : "—";

    /// <summary>The rules write their evidence with ASCII digits and separators; readers see Persian ones.</summary>
    public static string Evidence(string text) => PersianFormat.Quantities(text);

    public static Color StatusColor(DeclarationStatus status) => status switch
    {
        DeclarationStatus.Draft => Color.Default,
        DeclarationStatus.ReturnedForCorrection => Color.Warning,
        DeclarationStatus.InspectionPlanned => Color.Secondary,
        DeclarationStatus.Inspected => Color.Info,
        DeclarationStatus.Accepted => Color.Success,
        _ => Color.Info,
    };

    public static Color BandColor(RiskBand band) => band switch
    {
        RiskBand.High => Color.Error,
        RiskBand.Medium => Color.Warning,
        _ => Color.Success,
    };
}
