using CoopPortal.Application.Certificates.Verify;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Registry;
using static CoopPortal.UnitTests.Assemblies.AssemblyFixtures;

namespace CoopPortal.UnitTests.Assemblies;

/// <summary>
/// What the registry-change notice (آگهی تغییرات) lists from a confirmed assembly's <see cref="RegistryChange"/>, read
/// against the registry before the change: the elected with their terms, the officers they replace, the capital, the
/// address and the name from old to new; and the same changes in short for the public check.
/// </summary>
public sealed class RegistryChangeNoticeTests
{
    private static readonly DateOnly FirstOn = J("1402/04/10");
    private static readonly NoticePlace Zanjan = new("زنجان", "زنجان", "اداره کل تعاون، کار و رفاه اجتماعی استان زنجان");

    private static OfficerEntry Officer(OfficerRole role, int code, string name, DateOnly start) =>
        new(role, name, Code(code), start, RegistryRules.Default.TermEndFor(role, start));

    /// <summary>The sample cooperative (its CEO, then a board of two and an alternate and one inspector elected on 1402/04/10).</summary>
    private static Cooperative WithBoard()
    {
        var cooperative = NewCooperative();
        cooperative.ApplyChange(new RegistryChange(Guid.NewGuid(), FirstOn,
            Board: [Officer(OfficerRole.BoardMember, 10, "احمد پیشین", FirstOn), Officer(OfficerRole.BoardMember, 11, "بهرام پیشین", FirstOn), Officer(OfficerRole.AlternateBoardMember, 12, "پری پیشین", FirstOn)],
            Inspectors: [Officer(OfficerRole.Inspector, 13, "ثریا پیشین", FirstOn)]));
        return cooperative;
    }

    [Fact]
    public void An_elected_board_lists_the_new_members_with_their_terms_and_the_members_it_replaces_but_not_the_ceo_or_the_inspectors()
    {
        var cooperative = WithBoard();
        List<OfficerEntry> board = [Officer(OfficerRole.BoardMember, 20, "جواد نو", MeetingOn), Officer(OfficerRole.AlternateBoardMember, 21, "چکاوک نو", MeetingOn), Officer(OfficerRole.BoardMember, 11, "بهرام پیشین", MeetingOn)];

        var content = RegistryChangeNoticeContent.Describe(cooperative, new RegistryChange(Guid.NewGuid(), MeetingOn, Board: board), GeneralAssemblyKind.Ordinary, Zanjan, "کارشناس آزمون");

        Assert.Equal(("تعاونی مصرف کارکنان نمونه", "1234", "مجمع عمومی عادی سالانه", MeetingOn), (content.CooperativeName, content.RegistrationNumber, content.AssemblyKind, content.MeetingOn));
        Assert.Equal(("زنجان", "زنجان", Zanjan.Office, "کارشناس آزمون"), (content.Province, content.County, content.ConfirmingOffice, content.ConfirmedByName));
        Assert.Equal(
            [(OfficerRole.BoardMember, Code(20), MeetingOn, J("1408/03/19")), (OfficerRole.BoardMember, Code(11), MeetingOn, J("1408/03/19")), (OfficerRole.AlternateBoardMember, Code(21), MeetingOn, J("1408/03/19"))],
            content.NewOfficers.Select(o => (o.Role, o.NationalCode, o.TermStartsOn!.Value, o.TermEndsOn!.Value)));
        Assert.Equal(
            [(OfficerRole.BoardMember, Code(10), FirstOn), (OfficerRole.BoardMember, Code(11), FirstOn), (OfficerRole.AlternateBoardMember, Code(12), FirstOn)],
            content.ReplacedOfficers.Select(o => (o.Role, o.NationalCode, o.TermStartsOn!.Value)));
        Assert.False(content.CapitalChanged || content.AddressChanged || content.NameChanged);
    }

    [Fact]
    public void Elected_inspectors_replace_the_inspectors_only()
    {
        var content = RegistryChangeNoticeContent.Describe(WithBoard(),
            new RegistryChange(Guid.NewGuid(), MeetingOn, Inspectors: [Officer(OfficerRole.Inspector, 30, "حمید بازرس", MeetingOn)]), GeneralAssemblyKind.Ordinary, Zanjan, "کارشناس");

        Assert.Equal([Code(30)], content.NewOfficers.Select(o => o.NationalCode));
        Assert.Equal([Code(13)], content.ReplacedOfficers.Select(o => o.NationalCode));
        Assert.Equal(J("1406/03/19"), content.NewOfficers[0].TermEndsOn);
    }

    [Fact]
    public void Capital_address_and_name_go_from_old_to_new_and_an_unchanged_one_stays_empty()
    {
        var cooperative = NewCooperative();
        var change = new RegistryChange(Guid.NewGuid(), MeetingOn, Capital: 2_500_000_000, Address: "زنجان، بلوار آزادی، پلاک ۱۲", Name: "تعاونی مصرف کارکنان آفتاب");

        var content = RegistryChangeNoticeContent.Describe(cooperative, change, GeneralAssemblyKind.Extraordinary, Zanjan, "کارشناس");

        Assert.Equal("مجمع عمومی فوق‌العاده", content.AssemblyKind);
        Assert.Equal((1_000_000_000L, 2_500_000_000L), (content.CapitalFrom!.Value, content.CapitalTo!.Value));
        Assert.Equal((null, "زنجان، بلوار آزادی، پلاک ۱۲"), (content.AddressFrom, content.AddressTo));
        Assert.Equal(("تعاونی مصرف کارکنان نمونه", "تعاونی مصرف کارکنان آفتاب"), (content.NameFrom, content.NameTo));
        Assert.Empty(content.NewOfficers);
        Assert.Empty(content.ReplacedOfficers);

        var capitalOnly = RegistryChangeNoticeContent.Describe(cooperative, new RegistryChange(Guid.NewGuid(), MeetingOn, Capital: 3), GeneralAssemblyKind.Extraordinary, Zanjan, "کارشناس");
        Assert.False(capitalOnly.AddressChanged || capitalOnly.NameChanged);
        Assert.Null(capitalOnly.NameFrom);
    }

    [Fact]
    public void The_public_check_says_the_changes_in_short_with_persian_digits_and_no_one_s_name()
    {
        var change = new RegistryChange(Guid.NewGuid(), MeetingOn,
            Board: [Officer(OfficerRole.BoardMember, 20, "جواد نو", MeetingOn), Officer(OfficerRole.BoardMember, 22, "داوود نو", MeetingOn), Officer(OfficerRole.AlternateBoardMember, 21, "چکاوک نو", MeetingOn)],
            Inspectors: [Officer(OfficerRole.Inspector, 30, "حمید بازرس", MeetingOn)],
            Capital: 2_500_000_000, Address: "زنجان، پلاک 12", Name: "تعاونی آفتاب");
        var content = RegistryChangeNoticeContent.Describe(WithBoard(), change, GeneralAssemblyKind.Extraordinary, Zanjan, "کارشناس");

        var lines = NoticeChangesInShort.Of(content);

        Assert.Equal(
            [
                "هیئت مدیره تازه: ۲ عضو اصلی و ۱ عضو علی‌البدل، دوره تا ۱۴۰۸/۰۳/۱۹",
                "بازرسان تازه: ۱ بازرس اصلی، دوره تا ۱۴۰۶/۰۳/۱۹",
                $"سرمایه: از {PersianFormat.Number(1_000_000_000)} به {PersianFormat.Number(2_500_000_000)} ریال",
                "نشانی تازه: زنجان، پلاک ۱۲",
                "نام: از «تعاونی مصرف کارکنان نمونه» به «تعاونی آفتاب»",
            ],
            lines);
        Assert.DoesNotContain(lines, l => l.Contains("جواد", StringComparison.Ordinal) || l.Contains(Code(20), StringComparison.Ordinal));
    }
}
