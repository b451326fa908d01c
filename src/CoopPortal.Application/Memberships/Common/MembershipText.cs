using CoopPortal.Domain.Cooperatives;

namespace CoopPortal.Application.Memberships.Common;

/// <summary>The Persian words for a membership's source and status, and for the cooperative's standing in the registry.</summary>
public static class MembershipText
{
    public static string Source(MembershipSource source) => source switch
    {
        MembershipSource.FoundingApplication => "عضو مؤسس (درخواست تشکیل در سامانه)",
        MembershipSource.Import => "فهرست اعضای واردشده به‌دست اداره",
        _ => "—",
    };

    public static string Status(MembershipStatus status) => status == MembershipStatus.Member ? "عضو" : "خارج‌شده";

    /// <summary>The registry has no dissolution yet: every cooperative in it is registered, formed here or before the portal.</summary>
    public static string Cooperative(CooperativeSource source) =>
        source == CooperativeSource.Portal ? "ثبت‌شده (تشکیل‌شده در سامانه)" : "ثبت‌شده (پیش از سامانه)";
}
