using CoopPortal.Domain.Common;
using CoopPortal.Domain.Users;

namespace CoopPortal.Domain.Cooperatives;

/// <summary>
/// A cooperative's life as a table that reads like data (issue 21, point 3): from a status, who may take a step and
/// where it leads. A reviewer opens a dormancy case; the case ends in revival (checked by the portal) or a closure by
/// the head, or the head pursues dissolution on its legal ground; an extraordinary assembly's resolution to dissolve
/// puts the cooperative in liquidation; liquidators are named for a dissolved one; the head confirms the final report
/// and the cooperative is struck off. Whoever opened the dormancy case does not decide its dissolution, and whoever
/// started the liquidation does not strike the cooperative off (<c>NotBy</c>, read over the steps since the
/// cooperative was last active). Anything not in the table is refused with a Persian reason.
/// </summary>
public static class CooperativeLifecycle
{
    private const string Office = CaseActors.Office;
    private const string Head = Roles.HeadOfOffice;

    public static StateMachine<CooperativeStatus, CooperativeStatusAction> Machine { get; } = new(
        [
            new(CooperativeStatus.Active, CooperativeStatusAction.OpenDormancyCase, CooperativeStatus.DormancyCaseOpen, Office),
            new(CooperativeStatus.DormancyCaseOpen, CooperativeStatusAction.Revive, CooperativeStatus.Active, Office),
            new(CooperativeStatus.DormancyCaseOpen, CooperativeStatusAction.CloseDormancyCase, CooperativeStatus.Active, Head),
            new(CooperativeStatus.DormancyCaseOpen, CooperativeStatusAction.PursueDissolution, CooperativeStatus.Dissolved, Head, NotBy: [CooperativeStatusAction.OpenDormancyCase]),
            new(CooperativeStatus.Active, CooperativeStatusAction.ResolveDissolution, CooperativeStatus.InLiquidation, Office),
            new(CooperativeStatus.Dissolved, CooperativeStatusAction.StartLiquidation, CooperativeStatus.InLiquidation, Office),
            new(CooperativeStatus.InLiquidation, CooperativeStatusAction.StrikeOff, CooperativeStatus.StruckOff, Head, NotBy: [CooperativeStatusAction.StartLiquidation]),
        ],
        Refusal);

    /// <summary>The steps that must say why (a closure without revival).</summary>
    public static bool NeedsReason(CooperativeStatusAction action) => action is CooperativeStatusAction.CloseDormancyCase;

    /// <summary>The steps that must name their legal ground (the head's dissolution decision).</summary>
    public static bool NeedsLegalGround(CooperativeStatusAction action) => action is CooperativeStatusAction.PursueDissolution;

    /// <summary>
    /// True when the cooperative may start a new self-declaration: not when its dissolution was decided or resolved,
    /// nor in liquidation, nor once struck off (a cooperative under a dormancy case must declare: that is its revival).
    /// </summary>
    public static bool FilesDeclarations(CooperativeStatus status) => status is CooperativeStatus.Active or CooperativeStatus.DormancyCaseOpen;

    /// <summary>The Persian reason a cooperative in <paramref name="status"/> may not start a self-declaration, or null.</summary>
    public static string? DeclarationRefusal(CooperativeStatus status) => FilesDeclarations(status) ? null
        : $"این تعاونی «{CooperativeStatusText.Title(status)}» است و خوداظهاری تازه‌ای برای آن ثبت نمی‌شود.";

    private static string Refusal(CooperativeStatus from, CooperativeStatusAction action) => (from, action) switch
    {
        (CooperativeStatus.StruckOff, _) => "این تعاونی از دفتر ثبت حذف شده است و وضعیت آن دیگر تغییر نمی‌کند.",
        (CooperativeStatus.Dissolved or CooperativeStatus.InLiquidation, CooperativeStatusAction.Revive or CooperativeStatusAction.CloseDormancyCase or CooperativeStatusAction.OpenDormancyCase)
            => "انحلال این تعاونی پیش‌تر تصمیم گرفته شده است.",
        (CooperativeStatus.InLiquidation, CooperativeStatusAction.StartLiquidation) => "تصفیه این تعاونی پیش‌تر آغاز شده است.",
        (_, CooperativeStatusAction.OpenDormancyCase) => "برای این تعاونی پرونده رکود باز است.",
        (_, CooperativeStatusAction.Revive or CooperativeStatusAction.CloseDormancyCase or CooperativeStatusAction.PursueDissolution)
            => "برای این تعاونی پرونده رکود بازی نیست.",
        (CooperativeStatus.DormancyCaseOpen, CooperativeStatusAction.ResolveDissolution)
            => "برای این تعاونی پرونده رکود باز است؛ نخست باید آن پرونده بسته شود.",
        (_, CooperativeStatusAction.ResolveDissolution) => "انحلال این تعاونی پیش‌تر تصمیم گرفته شده است.",
        (_, CooperativeStatusAction.StartLiquidation) => "تصفیه فقط برای تعاونی منحل‌شده آغاز می‌شود.",
        (_, CooperativeStatusAction.StrikeOff) => "فقط تعاونی در حال تصفیه، پس از تأیید گزارش نهایی تصفیه، از دفتر ثبت حذف می‌شود.",
        _ => $"این کار در وضعیت «{CooperativeStatusText.Title(from)}» ممکن نیست.",
    };
}
