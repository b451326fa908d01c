using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Assemblies.SaveMinutes;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Web.Components.Pages.GeneralAssemblies;

/// <summary>
/// The minutes as typed: attendance (numbers as typed, Persian digits or Latin), a row per agenda item (by its place in
/// the agenda) and the officers elected. Filled from the stored minutes once, when the editor opens.
/// </summary>
public sealed class MinutesFormModel
{
    public MeetingCall Call { get; set; }

    public string? Members { get; set; }

    public string? Present { get; set; }

    public string? Represented { get; set; }

    /// <summary>One row per agenda item, in the agenda's order.</summary>
    public List<ResolutionRow> Resolutions { get; } = [];

    public List<ElectedRow> Elected { get; } = [];

    /// <summary>For a dissolution item: up to three liquidators (name, national code) and the period's end as typed.</summary>
    public List<LiquidatorRow> Liquidators { get; } = [new(), new(), new()];

    public string? LiquidationEndsOn { get; set; }

    /// <summary>True when the agenda has a dissolution item (the liquidators are then sent with the minutes).</summary>
    public bool NamesLiquidators { get; set; }

    public static MinutesFormModel From(GeneralAssemblyView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var model = new MinutesFormModel
        {
            Call = view.Attendance.Call,
            Members = Typed(view.Attendance.Members),
            Present = Typed(view.Attendance.Present),
            Represented = Typed(view.Attendance.Represented),
        };
        for (var i = 0; i < view.Agenda.Count; i++)
        {
            var resolution = view.Resolutions.FirstOrDefault(r => r.Item == i);
            model.Resolutions.Add(new ResolutionRow
            {
                Adopted = resolution?.Adopted,
                VotesFor = Typed(resolution?.VotesFor),
                VotesAgainst = Typed(resolution?.VotesAgainst),
            });
        }

        model.Elected.AddRange(view.Elected.Select(e => new ElectedRow { Role = e.Role, FullName = e.FullName, NationalCode = e.NationalCode, Votes = Typed(e.Votes) }));
        model.NamesLiquidators = view.HasDissolution;
        for (var i = 0; i < Math.Min(3, view.Dissolution.Liquidators.Count); i++)
        {
            model.Liquidators[i].FullName = view.Dissolution.Liquidators[i].FullName;
            model.Liquidators[i].NationalCode = PersianDigits.ToPersian(view.Dissolution.Liquidators[i].NationalCode);
        }

        model.LiquidationEndsOn = view.Dissolution.EndsOn is { } endsOn ? PersianDigits.ToPersian(JalaliDate.Format(endsOn)) : null;
        return model;
    }

    /// <summary>A count as typed («۲۰», «20»), or null when empty or not a whole number.</summary>
    public static int? Count(string? typed) => PersianNumbers.Parse(typed) is { } n && n is >= 0 and <= int.MaxValue ? (int)n : null;

    public MinutesForm ToForm() => new(
        new Attendance(Call, Count(Members), Count(Present), Count(Represented)),
        Resolutions.Select((r, i) => (Row: r, Item: i)).Where(x => x.Row.Adopted is not null)
            .Select(x => Resolution.From(x.Item, x.Row.Adopted!.Value, Count(x.Row.VotesFor), Count(x.Row.VotesAgainst), null)).ToList(),
        Elected.Where(e => !string.IsNullOrEmpty(e.NationalCode)).Select(e => new ElectedOfficer(e.Role, e.FullName ?? string.Empty, e.NationalCode!, Count(e.Votes))).ToList(),
        NamesLiquidators
            ? new DissolutionTerms(
                Liquidators.Where(l => !string.IsNullOrWhiteSpace(l.FullName) || !string.IsNullOrWhiteSpace(l.NationalCode))
                    .Select(l => new NamedLiquidator(l.FullName ?? string.Empty, l.NationalCode ?? string.Empty)).ToList(),
                JalaliDate.Parse(PersianDigits.ToAscii(LiquidationEndsOn)))
            : null);

    private static string? Typed(int? value) => value is { } v ? PersianDigits.ToPersian(v.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;
}

/// <summary>What the assembly resolved on one agenda item, as typed.</summary>
public sealed class ResolutionRow
{
    /// <summary>تصویب شد / تصویب نشد; null until chosen.</summary>
    public bool? Adopted { get; set; }

    public string? VotesFor { get; set; }

    public string? VotesAgainst { get; set; }
}

/// <summary>One elected officer as chosen: the post, the approved candidate (by national code) and the votes.</summary>
public sealed class ElectedRow
{
    public OfficerRole Role { get; set; }

    public string? FullName { get; set; }

    public string? NationalCode { get; set; }

    public string? Votes { get; set; }
}

/// <summary>A liquidator the minutes of a dissolution name, as typed.</summary>
public sealed class LiquidatorRow
{
    public string? FullName { get; set; }

    public string? NationalCode { get; set; }
}
