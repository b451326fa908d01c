using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Common;

namespace CoopPortal.Web.Components.Pages.Assemblies;

/// <summary>
/// The founding assembly form as typed. It is filled from the stored assembly once, when the page opens; after that it
/// holds what the person typed, so a failed save or submission never loses anything.
/// </summary>
internal sealed class AssemblyFormModel
{
    public const string UnreadableCapital = "سرمایه پرداخت‌شده را فقط با رقم وارد کنید (به ریال).";

    public string? HeldOn { get; set; }

    public string? CapitalPaid { get; set; }

    public string? CompanyNationalId { get; set; }

    public List<OfficerRow> Officers { get; } = [];

    /// <summary>True when something was typed as capital that is not a whole number.</summary>
    public bool CapitalUnreadable => !string.IsNullOrWhiteSpace(CapitalPaid) && PersianNumbers.Parse(CapitalPaid) is null;

    public static AssemblyFormModel From(AssemblyView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var model = new AssemblyFormModel
        {
            HeldOn = view.HeldOn is { } held ? Application.Common.Formatting.PersianFormat.Date(held) : null,
            CapitalPaid = view.CapitalPaid is { } paid ? PersianNumbers.Format(paid) : null,
            CompanyNationalId = view.CompanyNationalId is { Length: > 0 } id ? PersianDigits.ToPersian(id) : null,
        };
        model.Officers.AddRange(view.Officers.Select(OfficerRow.From));
        return model;
    }

    public AssemblyForm ToForm() => new(
        HeldOn, PersianNumbers.Parse(CapitalPaid), CompanyNationalId, Officers.Select(o => o.ToEntry()).ToList());
}
