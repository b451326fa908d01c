using CoopPortal.Application.Common.Formatting;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Application.Certificates.Verify;

/// <summary>
/// The changes of a registry-change notice in one line each, for the public check: how many officers were elected to
/// which body and until when, the capital, the address and the name. No one's name or national code.
/// </summary>
public static class NoticeChangesInShort
{
    public static IReadOnlyList<string> Of(RegistryChangeNoticeContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var lines = new List<string>();
        if (Body(content.NewOfficers, OfficerRoleText.IsBoard, OfficerRole.BoardMember, "هیئت مدیره تازه", "عضو اصلی", "عضو علی‌البدل") is { } board)
        {
            lines.Add(board);
        }

        if (Body(content.NewOfficers, OfficerRoleText.IsInspector, OfficerRole.Inspector, "بازرسان تازه", "بازرس اصلی", "بازرس علی‌البدل") is { } inspectors)
        {
            lines.Add(inspectors);
        }

        if (content.CapitalTo is { } capital)
        {
            lines.Add(content.CapitalFrom is { } from
                ? $"سرمایه: از {PersianFormat.Number(from)} به {PersianFormat.Number(capital)} ریال"
                : $"سرمایه: {PersianFormat.Number(capital)} ریال");
        }

        if (content.AddressTo is { } address)
        {
            lines.Add($"نشانی تازه: {PersianFormat.Digits(address)}");
        }

        if (content.NameTo is { } name)
        {
            lines.Add($"نام: از «{content.NameFrom}» به «{name}»");
        }

        return lines;
    }

    private static string? Body(IReadOnlyList<NoticeOfficer> officers, Func<OfficerRole, bool> body, OfficerRole principal, string title, string principalWord, string alternateWord)
    {
        var members = officers.Where(o => body(o.Role)).ToList();
        if (members.Count == 0)
        {
            return null;
        }

        var principals = members.Count(o => o.Role == principal);
        var alternates = members.Count - principals;
        var text = $"{title}: {PersianFormat.Number(principals)} {principalWord}";
        if (alternates > 0)
        {
            text += $" و {PersianFormat.Number(alternates)} {alternateWord}";
        }

        return members.Max(o => o.TermEndsOn) is { } until ? $"{text}، دوره تا {PersianFormat.Date(until)}" : text;
    }
}
