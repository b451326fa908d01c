using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Festival;
using CoopPortal.Domain.Users;
using CoopPortal.Testing;

namespace CoopPortal.UnitTests.Festival;

/// <summary>
/// The festival case (issue 21, point 4): every (status, step) pair against a table written out here by hand,
/// independently of <see cref="FestivalCase.Workflow"/>, with who takes each step; every other pair refused with a
/// Persian reason and nothing recorded; the shortlist's limit per orientation; separation of duties (the head who
/// shortlisted or sent the list does not confirm; nobody decides on a cooperative they belong to).
/// </summary>
public sealed class FestivalCaseTests
{
    private const string Reviewer = "reviewer-1";
    private const string Head = "head-1";
    private static readonly DateTime Now = new(2026, 7, 1, 8, 0, 0, DateTimeKind.Utc);

    private static readonly Dictionary<(FestivalStatus From, FestivalAction Action), (FestivalStatus To, string Actor)> Expected = new()
    {
        [(FestivalStatus.Shortlisting, FestivalAction.Shortlist)] = (FestivalStatus.Shortlisting, Roles.Reviewer),
        [(FestivalStatus.Shortlisting, FestivalAction.Unlist)] = (FestivalStatus.Shortlisting, Roles.Reviewer),
        [(FestivalStatus.Shortlisting, FestivalAction.SubmitShortlist)] = (FestivalStatus.ShortlistSubmitted, Roles.Reviewer),
        [(FestivalStatus.ShortlistSubmitted, FestivalAction.ConfirmWinners)] = (FestivalStatus.WinnersConfirmed, Roles.HeadOfOffice),
        [(FestivalStatus.ShortlistSubmitted, FestivalAction.SendBack)] = (FestivalStatus.Shortlisting, Roles.HeadOfOffice),
        [(FestivalStatus.WinnersConfirmed, FestivalAction.Publish)] = (FestivalStatus.Published, CaseActors.Office),
    };

    public static TheoryData<FestivalStatus, FestivalAction> AllPairs()
    {
        var data = new TheoryData<FestivalStatus, FestivalAction>();
        foreach (var status in Enum.GetValues<FestivalStatus>())
        {
            foreach (var action in Enum.GetValues<FestivalAction>())
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    private static FestivalEntrant Entrant(int? orientation = 1, int total = 80, string name = "تعاونی برتر") => new(
        Guid.NewGuid(), name, "12345", orientation, orientation is null ? "بدون گرایش" : "کشاورزی", "زنجان", 1,
        new FestivalScore(total, 100, [new FestivalFinding("F04", "اظهارنامه مالیاتی", 10, "طبق خوداظهاری سال، اظهارنامه مالیاتی تسلیم شده")]));

    /// <summary>A festival walked to <paramref name="status"/> by the table, with one shortlisted cooperative.</summary>
    private static (FestivalCase Festival, FestivalEntrant Entrant) In(FestivalStatus status)
    {
        var festival = FestivalCase.Open(14, 1404, Reviewer, Now);
        var entrant = Entrant();
        festival.Shortlist(entrant, "بهترین امتیاز گرایش", 3, Reviewer, Now);
        if (status is FestivalStatus.Shortlisting)
        {
            return (festival, entrant);
        }

        festival.SubmitShortlist(Reviewer, Now);
        if (status is FestivalStatus.WinnersConfirmed or FestivalStatus.Published)
        {
            festival.ConfirmWinners([entrant.CooperativeId], Head, Now);
        }

        if (status is FestivalStatus.Published)
        {
            festival.Publish(Reviewer, Now);
        }

        return (festival, entrant);
    }

    private static void Take(FestivalCase festival, FestivalAction action, FestivalEntrant entrant, string user)
    {
        switch (action)
        {
            case FestivalAction.Shortlist: festival.Shortlist(Entrant(2), "دلیل", 3, user, Now); break;
            case FestivalAction.Unlist: festival.Unlist(entrant.CooperativeId, user, Now); break;
            case FestivalAction.SubmitShortlist: festival.SubmitShortlist(user, Now); break;
            case FestivalAction.ConfirmWinners: festival.ConfirmWinners([entrant.CooperativeId], user, Now); break;
            case FestivalAction.SendBack: festival.SendBack("امتیازها دوباره بررسی شود", user, Now); break;
            case FestivalAction.Publish: festival.Publish(user, Now); break;
            default: FestivalCase.Workflow.Move(festival.Status, action); break;
        }
    }

    [Fact]
    public void The_table_has_exactly_the_rows_written_here()
    {
        var rows = FestivalCase.Workflow.Transitions.ToDictionary(t => (t.From, t.Action), t => (t.To, t.Actor));
        Assert.Equal(Expected, rows);
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Every_pair_moves_as_the_table_says_or_is_refused_in_Persian_and_records_nothing(FestivalStatus from, FestivalAction action)
    {
        var (festival, entrant) = In(from);
        var lines = festival.Events.Count;
        if (Expected.TryGetValue((from, action), out var expected))
        {
            Take(festival, action, entrant, action is FestivalAction.ConfirmWinners or FestivalAction.SendBack ? Head : Reviewer);
            Assert.Equal(expected.To, festival.Status);
            Assert.Equal(lines + 1, festival.Events.Count);
            Assert.Equal(action, festival.Events[^1].Action);
            Assert.Equal(from, festival.Events[^1].FromStatus);
        }
        else
        {
            var refused = Assert.Throws<DomainException>(() => Take(festival, action, entrant, Head));
            Assert.Contains(refused.Message, c => c is >= '\u0600' and <= '\u06FF');
            Assert.Equal(from, festival.Status);
            Assert.Equal(lines, festival.Events.Count);
        }
    }

    [Fact]
    public void Opening_records_the_first_line_and_raises_its_step()
    {
        var festival = FestivalCase.Open(14, 1404, Reviewer, Now);
        Assert.Equal(FestivalStatus.Shortlisting, festival.Status);
        Assert.Equal(FestivalAction.Open, Assert.Single(festival.Events).Action);
        var step = Assert.IsType<FestivalStepTaken>(Assert.Single(festival.TakeDomainEvents()));
        Assert.Equal(FestivalAction.Open, step.Action);
    }

    [Fact]
    public void The_shortlist_keeps_the_score_and_findings_at_the_time_with_the_reason()
    {
        var festival = FestivalCase.Open(14, 1404, Reviewer, Now);
        var entrant = Entrant(total: 85);
        var nominee = festival.Shortlist(entrant, "  بیشترین امتیاز  ", 3, Reviewer, Now);
        Assert.Equal(85, nominee.Total);
        Assert.Equal(100, nominee.Maximum);
        Assert.Equal("F04", Assert.Single(nominee.Findings).CriterionId);
        Assert.Equal("بیشترین امتیاز", nominee.Reason);
        Assert.Equal("زنجان", nominee.County);
        Assert.Equal(Reviewer, nominee.ShortlistedByUserId);
    }

    [Fact]
    public void The_shortlist_takes_at_most_the_limit_per_orientation_and_each_cooperative_once()
    {
        var festival = FestivalCase.Open(14, 1404, Reviewer, Now);
        var first = Entrant(1);
        festival.Shortlist(first, "دلیل", 2, Reviewer, Now);
        festival.Shortlist(Entrant(1), "دلیل", 2, Reviewer, Now);
        var third = Assert.Throws<DomainException>(() => festival.Shortlist(Entrant(1), "دلیل", 2, Reviewer, Now));
        Assert.Equal(FestivalCase.TooManyInOrientation(2, "کشاورزی"), third.Message);
        festival.Shortlist(Entrant(2), "دلیل", 2, Reviewer, Now);
        festival.Shortlist(Entrant(null), "دلیل", 2, Reviewer, Now);
        Assert.Equal(FestivalCase.AlreadyOnShortlist, Assert.Throws<DomainException>(() => festival.Shortlist(first, "دلیل", 5, Reviewer, Now)).Message);
        Assert.Equal(FestivalCase.ReasonNeeded, Assert.Throws<DomainException>(() => festival.Shortlist(Entrant(3), " ", 2, Reviewer, Now)).Message);

        festival.Unlist(first.CooperativeId, Reviewer, Now);
        festival.Shortlist(Entrant(1), "دلیل", 2, Reviewer, Now);
        Assert.Equal(4, festival.Nominees.Count);
        Assert.Equal(FestivalCase.NotOnShortlist, Assert.Throws<DomainException>(() => festival.Unlist(first.CooperativeId, Reviewer, Now)).Message);
    }

    [Fact]
    public void An_empty_shortlist_is_not_sent_and_a_send_back_needs_a_comment()
    {
        var festival = FestivalCase.Open(14, 1404, Reviewer, Now);
        Assert.Equal(FestivalCase.EmptyShortlist, Assert.Throws<DomainException>(() => festival.SubmitShortlist(Reviewer, Now)).Message);
        var (submitted, _) = In(FestivalStatus.ShortlistSubmitted);
        Assert.Equal(FestivalCase.CommentNeeded, Assert.Throws<DomainException>(() => submitted.SendBack(" ", Head, Now)).Message);
        submitted.SendBack("دوباره بررسی شود", Head, Now);
        Assert.Equal("دوباره بررسی شود", submitted.ReturnComment);
        Assert.Equal(FestivalStatus.Shortlisting, submitted.Status);
    }

    [Fact]
    public void The_head_confirms_one_or_more_winners_of_every_orientation_on_the_shortlist()
    {
        var festival = FestivalCase.Open(14, 1404, Reviewer, Now);
        var farming = Entrant(1);
        var farmingToo = Entrant(1);
        var industry = Entrant(2);
        foreach (var entrant in new[] { farming, farmingToo, industry })
        {
            festival.Shortlist(entrant, "دلیل", 3, Reviewer, Now);
        }

        festival.SubmitShortlist(Reviewer, Now);
        Assert.Equal(FestivalCase.NoWinners, Assert.Throws<DomainException>(() => festival.ConfirmWinners([], Head, Now)).Message);
        Assert.Equal(FestivalCase.NotOnShortlist, Assert.Throws<DomainException>(() => festival.ConfirmWinners([Guid.NewGuid()], Head, Now)).Message);
        Assert.Equal(FestivalCase.OrientationWithoutWinner("کشاورزی"), Assert.Throws<DomainException>(() => festival.ConfirmWinners([industry.CooperativeId], Head, Now)).Message);

        festival.ConfirmWinners([farming.CooperativeId, farmingToo.CooperativeId, industry.CooperativeId], Head, Now);
        Assert.Equal(3, festival.Winners.Count);
        Assert.Equal(Head, festival.ConfirmedByUserId);
        Assert.Equal(FestivalStatus.WinnersConfirmed, festival.Status);
    }

    [Fact]
    public void The_head_who_shortlisted_does_not_confirm()
    {
        var festival = FestivalCase.Open(14, 1404, Reviewer, Now);
        var entrant = Entrant();
        festival.Shortlist(entrant, "دلیل", 3, Head, Now);
        festival.SubmitShortlist(Reviewer, Now);
        Assert.Equal(FestivalCase.OwnShortlist, Assert.Throws<DomainException>(() => festival.ConfirmWinners([entrant.CooperativeId], Head, Now)).Message);
        Assert.Equal(FestivalStatus.ShortlistSubmitted, festival.Status);
    }

    [Fact]
    public void Separation_of_duties_reads_the_table_whoever_sent_or_shortlisted_may_not_decide()
    {
        var (festival, _) = In(FestivalStatus.ShortlistSubmitted);
        var parties = festival.Parties;
        Assert.Null(parties.FiledByUserId);
        Assert.Equal(SeparationOfDuties.EarlierStep, SeparationOfDuties.Refusal(FestivalCase.Workflow, festival.Status, FestivalAction.ConfirmWinners, new CaseActor(Reviewer, null), parties));
        Assert.Equal(SeparationOfDuties.EarlierStep, SeparationOfDuties.Refusal(FestivalCase.Workflow, festival.Status, FestivalAction.SendBack, new CaseActor(Reviewer, null), parties));
        Assert.Null(SeparationOfDuties.Refusal(FestivalCase.Workflow, festival.Status, FestivalAction.ConfirmWinners, new CaseActor(Head, null), parties));
    }

    [Fact]
    public void Nobody_decides_on_a_cooperative_they_manage_or_belong_to()
    {
        var code = TestNationalCodes.Next();
        Assert.Equal(FestivalCase.OwnCooperative, FestivalCase.ConflictRefusal([code], code));
        Assert.Null(FestivalCase.ConflictRefusal([code], TestNationalCodes.Next()));
        Assert.Null(FestivalCase.ConflictRefusal([code], null));
    }

    [Fact]
    public void The_table_gives_shortlisting_to_reviewers_and_the_decision_to_the_head()
    {
        var reviewer = new CurrentUserSnapshot(Reviewer, new HashSet<string> { Roles.Reviewer }, 14);
        var head = new CurrentUserSnapshot(Head, new HashSet<string> { Roles.HeadOfOffice }, 14);
        var (shortlisting, _) = In(FestivalStatus.Shortlisting);
        Assert.Equal([FestivalAction.Shortlist, FestivalAction.Unlist, FestivalAction.SubmitShortlist], WorkflowAuthorization.OpenActions(FestivalCase.Workflow, shortlisting.Status, reviewer, false, shortlisting.Parties));
        Assert.Empty(WorkflowAuthorization.OpenActions(FestivalCase.Workflow, shortlisting.Status, head, false, shortlisting.Parties));
        var (submitted, _) = In(FestivalStatus.ShortlistSubmitted);
        Assert.Equal([FestivalAction.ConfirmWinners, FestivalAction.SendBack], WorkflowAuthorization.OpenActions(FestivalCase.Workflow, submitted.Status, head, false, submitted.Parties));
        Assert.Empty(WorkflowAuthorization.OpenActions(FestivalCase.Workflow, submitted.Status, reviewer, false, submitted.Parties));
    }
}
