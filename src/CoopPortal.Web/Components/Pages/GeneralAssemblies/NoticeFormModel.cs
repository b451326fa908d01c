using CoopPortal.Application.Assemblies.Common;
using CoopPortal.Application.Assemblies.SaveNotice;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;

namespace CoopPortal.Web.Components.Pages.GeneralAssemblies;

/// <summary>
/// The notice as typed. Filled from the stored assembly once, when the editor opens; after that it holds what the
/// manager typed, so a refused or failed save never loses anything. The agenda keeps the listed items in the order of
/// <see cref="AgendaItemKind"/> and the free items after them, so an item's place here is its place in the saved agenda
/// (the problems name it by that place: <c>Agenda[1].CapitalTo</c>).
/// </summary>
public sealed class NoticeFormModel
{
    public GeneralAssemblyKind Kind { get; set; }

    public string? MeetingOn { get; set; }

    public string? MeetingTime { get; set; }

    public string? Place { get; set; }

    public string? OnlineLink { get; set; }

    public string? Invitation { get; set; }

    public List<AgendaRow> Agenda { get; } = [];

    public static NoticeFormModel From(GeneralAssemblyView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var notice = view.Notice;
        var model = new NoticeFormModel
        {
            Kind = notice.Kind,
            MeetingOn = notice.MeetingOn is { } day ? PersianFormat.Date(day) : null,
            MeetingTime = notice.MeetingTime is { } time ? PersianDigits.ToPersian(time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)) : null,
            Place = notice.Place,
            OnlineLink = notice.OnlineLink,
            Invitation = notice.Invitation,
        };
        model.Agenda.AddRange(view.Agenda.Select(AgendaRow.From));
        return model;
    }

    public bool Has(AgendaItemKind kind) => Agenda.Any(a => a.Kind == kind);

    /// <summary>Puts a listed item on the agenda (in its place) or takes it off.</summary>
    public void Set(AgendaItemKind kind, bool on)
    {
        if (!on)
        {
            Agenda.RemoveAll(a => a.Kind == kind);
            return;
        }

        if (Has(kind))
        {
            return;
        }

        var at = Agenda.FindIndex(a => a.Kind == AgendaItemKind.Other || a.Kind > kind);
        Agenda.Insert(at < 0 ? Agenda.Count : at, new AgendaRow { Kind = kind });
    }

    public NoticeForm ToForm() => new(Kind, MeetingOn, MeetingTime, Place, OnlineLink, Invitation, Agenda.Select(a => a.ToItem()).ToList());
}

/// <summary>One agenda item as typed; amounts as typed («۱٬۲۵۰٬۰۰۰» or 1250000).</summary>
public sealed class AgendaRow
{
    public AgendaItemKind Kind { get; set; }

    public string? Text { get; set; }

    public string? CapitalFrom { get; set; }

    public string? CapitalTo { get; set; }

    public string? NewBylaws { get; set; }

    public string? NewAddress { get; set; }

    public string? NewName { get; set; }

    public static AgendaRow From(AgendaItem item) => new()
    {
        Kind = item.Kind,
        Text = item.Text,
        CapitalFrom = item.CapitalFrom is { } from ? PersianNumbers.Format(from) : null,
        CapitalTo = item.CapitalTo is { } to ? PersianNumbers.Format(to) : null,
        NewBylaws = item.NewBylaws,
        NewAddress = item.NewAddress,
        NewName = item.NewName,
    };

    public AgendaItem ToItem() => new(Kind, Text, PersianNumbers.Parse(CapitalFrom), PersianNumbers.Parse(CapitalTo), NewBylaws, NewAddress, NewName);
}
