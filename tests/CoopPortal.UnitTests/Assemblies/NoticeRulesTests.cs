using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;
using static CoopPortal.UnitTests.Assemblies.AssemblyFixtures;

namespace CoopPortal.UnitTests.Assemblies;

/// <summary>What a notice must say before it is published: date, time, place, invitation, period, window and agenda.</summary>
public sealed class NoticeRulesTests
{
    private static IReadOnlyList<FieldProblem> Problems(AssemblyNotice notice, IReadOnlyList<AgendaItem>? agenda = null, DateOnly? publishedOn = null, AssemblyRules? rules = null) =>
        NoticeRules.Validate(notice, agenda ?? Elections, publishedOn ?? PublishedOn, rules ?? AssemblyRules.Default);

    /// <summary>The problems of an extraordinary notice with <paramref name="agenda"/> (no period or window problem).</summary>
    private static IReadOnlyList<FieldProblem> AgendaProblems(params AgendaItem[] agenda) =>
        Problems(Notice(GeneralAssemblyKind.Extraordinary), agenda);

    private static FieldProblem Single(IReadOnlyList<FieldProblem> problems, string field)
    {
        var problem = Assert.Single(problems);
        Assert.Equal(field, problem.Field);
        return problem;
    }

    [Fact]
    public void Complete_notices_of_each_kind_have_no_problem()
    {
        Assert.Empty(Problems(Notice(), Elections));
        Assert.Empty(Problems(Notice(GeneralAssemblyKind.Extraordinary), Changes));
        Assert.Empty(Problems(Notice(GeneralAssemblyKind.OrdinaryHeldExtraordinarily), Elections));
    }

    [Fact]
    public void An_empty_notice_names_every_missing_part()
    {
        var fields = Problems(AssemblyNotice.Empty(GeneralAssemblyKind.Ordinary), []).Select(p => p.Field).ToList();
        Assert.Equal(["MeetingOn", "MeetingTime", "Place", "Invitation", "Agenda"], fields);
    }

    [Fact]
    public void The_meeting_day_is_required()
    {
        var problem = Single(Problems(Notice() with { MeetingOn = null }), "MeetingOn");
        Assert.Contains("تاریخ تشکیل مجمع", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_meeting_time_is_required()
    {
        var problem = Single(Problems(Notice() with { MeetingTime = null }), "MeetingTime");
        Assert.Contains("ساعت تشکیل", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("  ", "")]
    public void A_place_or_an_online_link_is_required(string? place, string? link)
    {
        var problem = Single(Problems(Notice() with { Place = place, OnlineLink = link }), "Place");
        Assert.Contains("محل تشکیل مجمع یا نشانی برگزاری برخط", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_online_link_alone_is_enough() =>
        Assert.Empty(Problems(Notice() with { Place = null, OnlineLink = "https://meet.example.ir/coop" }));

    [Theory]
    [InlineData("http://meet.example.ir/coop")]
    [InlineData("meet.example.ir/coop")]
    [InlineData("ftp://meet.example.ir")]
    [InlineData("https://")]
    public void The_online_link_must_be_an_https_address(string link)
    {
        var problem = Single(Problems(Notice() with { OnlineLink = link }), "OnlineLink");
        Assert.Contains("https://", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("به مجمع بیایید.")]
    [InlineData("                              ")]
    public void The_invitation_says_at_least_a_sentence(string? invitation)
    {
        var problem = Single(Problems(Notice() with { Invitation = invitation }), "Invitation");
        Assert.Contains("دست‌کم ۲۰ نویسه", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invitation_of_exactly_the_minimum_length_passes() =>
        Assert.Empty(Problems(Notice() with { Invitation = new string('د', NoticeRules.MinimumInvitationLength) }));

    [Theory]
    [InlineData(10)]
    [InlineData(25)]
    [InlineData(40)]
    public void A_notice_period_within_the_limits_passes_including_both_limits(int days) =>
        Assert.Empty(Problems(Notice(), publishedOn: MeetingOn.AddDays(-days)));

    [Fact]
    public void A_notice_period_below_the_minimum_is_refused_and_the_earliest_day_named()
    {
        // 1405/03/11 + 10 days = 1405/03/21.
        var problem = Single(Problems(Notice(), publishedOn: J("1405/03/11")), "MeetingOn");
        Assert.Contains("دست‌کم ۱۰ روز", problem.Message, StringComparison.Ordinal);
        Assert.Contains("۱۴۰۵/۰۳/۲۱", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notice_period_above_the_maximum_is_refused_and_the_latest_day_named()
    {
        // 41 days before 1405/03/20 is 1405/02/10; its last possible meeting day is 1405/03/19.
        var problem = Single(Problems(Notice(), publishedOn: J("1405/02/10")), "MeetingOn");
        Assert.Contains("بیش از ۴۰ روز", problem.Message, StringComparison.Ordinal);
        Assert.Contains("۱۴۰۵/۰۳/۱۹", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_on_the_day_of_the_notice_or_before_it_is_refused()
    {
        Assert.Equal("MeetingOn", Assert.Single(Problems(Notice(), publishedOn: MeetingOn)).Field);
        Assert.Equal("MeetingOn", Assert.Single(Problems(Notice(), publishedOn: MeetingOn.AddDays(1))).Field);
    }

    [Fact]
    public void The_notice_period_follows_the_configured_rules()
    {
        var rules = AssemblyRules.Default with { MinimumNoticeDays = 5, MaximumNoticeDays = 7 };
        Assert.Empty(Problems(Notice(), publishedOn: MeetingOn.AddDays(-5), rules: rules));
        Assert.Empty(Problems(Notice(), publishedOn: MeetingOn.AddDays(-7), rules: rules));
        Assert.Contains("دست‌کم ۵ روز", Single(Problems(Notice(), publishedOn: MeetingOn.AddDays(-4), rules: rules), "MeetingOn").Message, StringComparison.Ordinal);
        Assert.Contains("بیش از ۷ روز", Single(Problems(Notice(), publishedOn: MeetingOn.AddDays(-8), rules: rules), "MeetingOn").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ordinary_window_runs_from_the_day_after_the_fiscal_year_to_four_months_later()
    {
        Assert.Equal((J("1405/01/01"), J("1405/04/31")), NoticeRules.OrdinaryWindow(J("1405/03/20"), 4));
        Assert.Equal((J("1405/01/01"), J("1405/04/31")), NoticeRules.OrdinaryWindow(J("1405/12/29"), 4));
        Assert.Equal((J("1404/01/01"), J("1404/04/31")), NoticeRules.OrdinaryWindow(J("1404/02/01"), 4)); // 1403 ends on 30 Esfand (leap)
        Assert.Equal((J("1405/01/01"), J("1405/06/31")), NoticeRules.OrdinaryWindow(J("1405/03/20"), 6));
    }

    [Fact]
    public void An_ordinary_assembly_on_the_last_day_of_its_window_passes() =>
        Assert.Empty(Problems(Notice(meetingOn: J("1405/04/31")), publishedOn: J("1405/04/11")));

    [Fact]
    public void An_ordinary_assembly_after_its_window_is_refused_and_pointed_to_the_other_kind()
    {
        var problem = Single(Problems(Notice(meetingOn: J("1405/05/01")), publishedOn: J("1405/04/11")), "MeetingOn");
        Assert.Contains("۴ ماه پس از پایان سال مالی", problem.Message, StringComparison.Ordinal);
        Assert.Contains("۱۴۰۵/۰۱/۰۱ تا ۱۴۰۵/۰۴/۳۱", problem.Message, StringComparison.Ordinal);
        Assert.Contains("«مجمع عمومی عادی به‌طور فوق‌العاده»", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ordinary_assembly_held_extraordinarily_has_no_window() =>
        Assert.Empty(Problems(Notice(GeneralAssemblyKind.OrdinaryHeldExtraordinarily, J("1405/05/01")), publishedOn: J("1405/04/11")));

    [Fact]
    public void A_longer_configured_window_lets_the_same_day_pass() =>
        Assert.Empty(Problems(Notice(meetingOn: J("1405/05/01")), publishedOn: J("1405/04/11"), rules: AssemblyRules.Default with { OrdinaryWindowMonths = 5 }));

    [Fact]
    public void The_agenda_has_at_least_one_item()
    {
        var problem = Single(Problems(Notice(), []), "Agenda");
        Assert.Contains("دست‌کم یک دستور جلسه", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AgendaItemKind.ApproveFinancialStatements, true, false, true)]
    [InlineData(AgendaItemKind.ElectBoard, true, false, true)]
    [InlineData(AgendaItemKind.ElectInspectors, true, false, true)]
    [InlineData(AgendaItemKind.ChangeCapital, false, true, false)]
    [InlineData(AgendaItemKind.AmendBylaws, false, true, false)]
    [InlineData(AgendaItemKind.ChangeAddress, false, true, false)]
    [InlineData(AgendaItemKind.ChangeName, false, true, false)]
    [InlineData(AgendaItemKind.Dissolve, false, true, false)]
    [InlineData(AgendaItemKind.Other, true, true, true)]
    public void Each_item_fits_the_kinds_that_take_it(AgendaItemKind item, bool ordinary, bool extraordinary, bool heldExtraordinarily)
    {
        Assert.Equal(ordinary, NoticeRules.Fits(GeneralAssemblyKind.Ordinary, item));
        Assert.Equal(extraordinary, NoticeRules.Fits(GeneralAssemblyKind.Extraordinary, item));
        Assert.Equal(heldExtraordinarily, NoticeRules.Fits(GeneralAssemblyKind.OrdinaryHeldExtraordinarily, item));
    }

    [Fact]
    public void An_item_that_does_not_fit_the_kind_is_named_by_its_place()
    {
        var problem = Single(AgendaProblems(Changes[0], new AgendaItem(AgendaItemKind.ElectBoard)), "Agenda[1]");
        Assert.Contains("«انتخاب اعضای هیئت مدیره» در دستور «مجمع عمومی فوق‌العاده» نمی‌آید", problem.Message, StringComparison.Ordinal);
        var ordinary = Single(Problems(Notice(), [new(AgendaItemKind.Dissolve)]), "Agenda[0]");
        Assert.Contains("«انحلال تعاونی» در دستور «مجمع عمومی عادی سالانه» نمی‌آید", ordinary.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_is_on_the_agenda_once_but_free_items_may_repeat()
    {
        var problem = Single(Problems(Notice(), [new(AgendaItemKind.ApproveFinancialStatements), new(AgendaItemKind.ElectBoard), new(AgendaItemKind.ApproveFinancialStatements)]), "Agenda[2]");
        Assert.Contains("یک بار در دستور جلسه کافی است", problem.Message, StringComparison.Ordinal);
        Assert.Empty(Problems(Notice(), [new(AgendaItemKind.Other, "گزارش هیئت مدیره"), new(AgendaItemKind.Other, "بودجه سال آینده")]));
    }

    [Theory]
    [InlineData(null, 2_000_000_000L, "Agenda[1].CapitalFrom", "سرمایه کنونی را به ریال")]
    [InlineData(0L, 2_000_000_000L, "Agenda[1].CapitalFrom", "سرمایه کنونی را به ریال")]
    [InlineData(1_000_000_000L, null, "Agenda[1].CapitalTo", "سرمایه پیشنهادی را به ریال")]
    [InlineData(1_000_000_000L, -5L, "Agenda[1].CapitalTo", "سرمایه پیشنهادی را به ریال")]
    [InlineData(1_000_000_000L, 1_000_000_000L, "Agenda[1].CapitalTo", "با سرمایه کنونی یکی است")]
    public void A_capital_change_needs_both_amounts_positive_and_different(long? from, long? to, string field, string fragment)
    {
        var problem = Single(AgendaProblems(new(AgendaItemKind.AmendBylaws, NewBylaws: "ماده ۱۲ به این شرح اصلاح می‌شود."), new(AgendaItemKind.ChangeCapital, CapitalFrom: from, CapitalTo: to)), field);
        Assert.Contains(fragment, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_capital_change_without_either_amount_names_both() =>
        Assert.Equal(["Agenda[0].CapitalFrom", "Agenda[0].CapitalTo"], AgendaProblems(new AgendaItem(AgendaItemKind.ChangeCapital)).Select(p => p.Field));

    [Fact]
    public void A_capital_decrease_is_a_change_too() =>
        Assert.Empty(AgendaProblems(new AgendaItem(AgendaItemKind.ChangeCapital, CapitalFrom: 2_000_000_000, CapitalTo: 1_000_000_000)));

    [Theory]
    [InlineData(AgendaItemKind.AmendBylaws, "Agenda[0].NewBylaws", "مواد اصلاحی اساسنامه")]
    [InlineData(AgendaItemKind.ChangeAddress, "Agenda[0].NewAddress", "نشانی پیشنهادی")]
    [InlineData(AgendaItemKind.ChangeName, "Agenda[0].NewName", "نام پیشنهادی")]
    [InlineData(AgendaItemKind.Other, "Agenda[0].Text", "شرح این دستور جلسه")]
    public void Each_item_says_what_it_changes(AgendaItemKind kind, string field, string fragment)
    {
        var empty = Single(AgendaProblems(new AgendaItem(kind)), field);
        Assert.Contains(fragment, empty.Message, StringComparison.Ordinal);
        Assert.Equal(field, Single(AgendaProblems(new AgendaItem(kind, " ", NewBylaws: " ", NewAddress: " ", NewName: " ")), field).Field);
        Assert.Empty(AgendaProblems(new AgendaItem(kind, "متن", NewBylaws: "متن", NewAddress: "متن", NewName: "متن")));
    }

    [Theory]
    [InlineData(AgendaItemKind.Dissolve)]
    [InlineData(AgendaItemKind.ApproveFinancialStatements)]
    [InlineData(AgendaItemKind.ElectBoard)]
    public void Items_that_need_nothing_else_have_no_requirement(AgendaItemKind kind)
    {
        var notice = Notice(NoticeRules.Fits(GeneralAssemblyKind.Ordinary, kind) ? GeneralAssemblyKind.Ordinary : GeneralAssemblyKind.Extraordinary);
        Assert.Empty(Problems(notice, [new AgendaItem(kind)]));
    }

    [Fact]
    public void Agenda_items_are_kept_normalized_and_within_their_columns()
    {
        var item = AgendaItem.From(AgendaItemKind.AmendBylaws, "  ", newBylaws: "  ماده يك  ", newName: new string('ن', 5_000));
        Assert.Null(item.Text);
        Assert.Equal("ماده یک", item.NewBylaws);
        Assert.True(item.NewName!.Length < 5_000);
        Assert.True(AgendaItem.From(AgendaItemKind.ElectInspectors).Elects);
        Assert.False(AgendaItem.From(AgendaItemKind.Dissolve).Elects);
    }
}
