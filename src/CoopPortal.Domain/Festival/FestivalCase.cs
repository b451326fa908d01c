using CoopPortal.Domain.Common;
using CoopPortal.Domain.Users;

namespace CoopPortal.Domain.Festival;

/// <summary>
/// The festival of top cooperatives (جشنواره تعاونی‌های برتر) of one province and one fiscal year (issue 21, point 4):
/// the office opens it, the reviewers shortlist per orientation from the standings (each with a reason; the score and
/// findings at the time are kept), send the shortlist to the head of office, who confirms one or more winners of every
/// orientation on it or sends it back with a comment; the winners get a certificate of appreciation and the office
/// publishes them on the public page. One case per province and year.
/// </summary>
public sealed class FestivalCase : AggregateRoot
{
    public const string NotOnShortlist = "این تعاونی در فهرست نامزدها نیست.";
    public const string AlreadyOnShortlist = "این تعاونی پیش‌تر در فهرست نامزدها آمده است.";
    public const string ReasonNeeded = "دلیل کوتاهی برای نامزدی این تعاونی بنویسید.";
    public const string EmptyShortlist = "فهرست نامزدها خالی است؛ دست‌کم یک تعاونی را نامزد کنید.";
    public const string CommentNeeded = "بنویسید فهرست نامزدها چرا بازگردانده می‌شود.";
    public const string NoWinners = "دست‌کم یک برگزیده از فهرست نامزدها انتخاب کنید.";
    public const string OwnShortlist = "این فهرست را خودتان تهیه کرده‌اید؛ برگزیدگان را مدیر دیگری تأیید می‌کند.";
    public const string OwnCooperative = "شما مدیر، عضو یا از ارکان این تعاونی هستید؛ نامزدی یا برگزیدن آن با همکار دیگری است.";

    public static string TooManyInOrientation(int limit, string orientation) =>
        $"در گرایش «{orientation}» حداکثر {PersianNumbers.Format(limit)} تعاونی نامزد می‌شود.";

    public static string OrientationWithoutWinner(string orientation) =>
        $"برای گرایش «{orientation}» دست‌کم یک برگزیده انتخاب کنید، یا فهرست را برای اصلاح بازگردانید.";

    /// <summary>
    /// Who may do what. The reviewers shortlist (add, remove, send to the head); the head confirms the winners or sends
    /// the shortlist back, and is not the one who shortlisted or sent it (<c>NotBy</c>; the aggregate also refuses a
    /// head who shortlisted any nominee); any of the office publishes the confirmed winners. Nobody shortlists or
    /// confirms a cooperative they manage or are a member or officer of (<see cref="ConflictRefusal"/>, checked per
    /// cooperative by the use cases). Opening the case is its first line, not a row: any of the office opens it.
    /// </summary>
    public static StateMachine<FestivalStatus, FestivalAction> Workflow { get; } = new(
        [
            new(FestivalStatus.Shortlisting, FestivalAction.Shortlist, FestivalStatus.Shortlisting, Roles.Reviewer),
            new(FestivalStatus.Shortlisting, FestivalAction.Unlist, FestivalStatus.Shortlisting, Roles.Reviewer),
            new(FestivalStatus.Shortlisting, FestivalAction.SubmitShortlist, FestivalStatus.ShortlistSubmitted, Roles.Reviewer),
            new(FestivalStatus.ShortlistSubmitted, FestivalAction.ConfirmWinners, FestivalStatus.WinnersConfirmed, Roles.HeadOfOffice,
                NotBy: [FestivalAction.SubmitShortlist, FestivalAction.Shortlist]),
            new(FestivalStatus.ShortlistSubmitted, FestivalAction.SendBack, FestivalStatus.Shortlisting, Roles.HeadOfOffice,
                NotBy: [FestivalAction.SubmitShortlist]),
            new(FestivalStatus.WinnersConfirmed, FestivalAction.Publish, FestivalStatus.Published, CaseActors.Office),
        ],
        Refusal);

    private readonly List<FestivalNominee> _nominees = [];
    private readonly List<FestivalEvent> _events = [];

    private FestivalCase()
    {
    }

    public Guid Id { get; private set; }

    public int ProvinceId { get; private set; }

    public int FiscalYear { get; private set; }

    public FestivalStatus Status { get; private set; }

    public string OpenedByUserId { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public DateTime? ConfirmedAtUtc { get; private set; }

    /// <summary>The head who confirmed the winners (named on the certificates).</summary>
    public string? ConfirmedByUserId { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    /// <summary>The head's comment when the shortlist was last sent back.</summary>
    public string? ReturnComment { get; private set; }

    public IReadOnlyList<FestivalNominee> Nominees => _nominees;

    public IReadOnlyList<FestivalNominee> Winners => _nominees.Where(n => n.IsWinner).ToList();

    public IReadOnlyList<FestivalEvent> Events => _events.OrderBy(e => e.AtUtc).ToList();

    /// <summary>
    /// The people bound to it, for separation of duties: the office files it, so nobody is its owner; who took each
    /// step. Who belongs to each cooperative is asked per cooperative (<see cref="ConflictRefusal"/>).
    /// </summary>
    public CaseParties Parties => new(
        null, new HashSet<string>(StringComparer.Ordinal), Events.Select(e => new CaseStep(e.Action.ToString(), e.ActorUserId)).ToList());

    /// <summary>Why the holder of <paramref name="nationalCode"/> may not shortlist or confirm a cooperative whose managers, members and officers are <paramref name="belonging"/>, or null.</summary>
    public static string? ConflictRefusal(IReadOnlyCollection<string> belonging, string? nationalCode)
    {
        ArgumentNullException.ThrowIfNull(belonging);
        return !string.IsNullOrEmpty(nationalCode) && belonging.Contains(nationalCode) ? OwnCooperative : null;
    }

    /// <summary>The office opens the province's festival of a fiscal year.</summary>
    public static FestivalCase Open(int provinceId, int fiscalYear, string userId, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var festival = new FestivalCase
        {
            Id = Guid.NewGuid(),
            ProvinceId = provinceId,
            FiscalYear = fiscalYear,
            Status = FestivalStatus.Shortlisting,
            OpenedByUserId = userId,
            CreatedAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
        };
        festival._events.Add(new FestivalEvent(nowUtc, userId, FestivalAction.Open, FestivalStatus.Shortlisting, FestivalStatus.Shortlisting, null, true));
        festival.Raise(new FestivalStepTaken(festival, FestivalAction.Open, FestivalStatus.Shortlisting, FestivalStatus.Shortlisting, userId, nowUtc));
        return festival;
    }

    /// <summary>
    /// A reviewer shortlists a cooperative of the standings with a reason; at most <paramref name="perOrientation"/> per
    /// orientation. The standings' line (rank, score, findings) is kept as it is now.
    /// </summary>
    public FestivalNominee Shortlist(FestivalEntrant entrant, string reason, int perOrientation, string userId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(entrant);
        Workflow.Move(Status, FestivalAction.Shortlist);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(ReasonNeeded);
        }

        if (_nominees.Any(n => n.CooperativeId == entrant.CooperativeId))
        {
            throw new DomainException(AlreadyOnShortlist);
        }

        if (_nominees.Count(n => n.OrientationKey == (entrant.OrientationId ?? 0)) >= perOrientation)
        {
            throw new DomainException(TooManyInOrientation(perOrientation, entrant.Orientation));
        }

        var nominee = new FestivalNominee(Id, entrant, FestivalNominee.Fit(reason), userId, nowUtc);
        _nominees.Add(nominee);
        Step(FestivalAction.Shortlist, userId, nominee.CooperativeName, nowUtc);
        return nominee;
    }

    /// <summary>A reviewer takes a cooperative off the shortlist.</summary>
    public void Unlist(Guid cooperativeId, string userId, DateTime nowUtc)
    {
        Workflow.Move(Status, FestivalAction.Unlist);
        var nominee = _nominees.FirstOrDefault(n => n.CooperativeId == cooperativeId) ?? throw new DomainException(NotOnShortlist);
        _nominees.Remove(nominee);
        Step(FestivalAction.Unlist, userId, nominee.CooperativeName, nowUtc);
    }

    /// <summary>A reviewer sends the shortlist to the head of office.</summary>
    public void SubmitShortlist(string userId, DateTime nowUtc)
    {
        Workflow.Move(Status, FestivalAction.SubmitShortlist);
        if (_nominees.Count == 0)
        {
            throw new DomainException(EmptyShortlist);
        }

        Step(FestivalAction.SubmitShortlist, userId, null, nowUtc);
    }

    /// <summary>
    /// The head confirms the winners: cooperatives of the shortlist, one or more of every orientation on it. The head
    /// who shortlisted any of them does not confirm.
    /// </summary>
    public void ConfirmWinners(IReadOnlyCollection<Guid> cooperativeIds, string userId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(cooperativeIds);
        Workflow.Move(Status, FestivalAction.ConfirmWinners);
        if (_nominees.Any(n => n.ShortlistedByUserId == userId))
        {
            throw new DomainException(OwnShortlist);
        }

        if (cooperativeIds.Count == 0)
        {
            throw new DomainException(NoWinners);
        }

        if (cooperativeIds.Any(id => _nominees.All(n => n.CooperativeId != id)))
        {
            throw new DomainException(NotOnShortlist);
        }

        var without = _nominees.GroupBy(n => n.OrientationKey).FirstOrDefault(g => !g.Any(n => cooperativeIds.Contains(n.CooperativeId)));
        if (without is not null)
        {
            throw new DomainException(OrientationWithoutWinner(without.First().Orientation));
        }

        foreach (var nominee in _nominees.Where(n => cooperativeIds.Contains(n.CooperativeId)))
        {
            nominee.Win();
        }

        ConfirmedAtUtc = nowUtc;
        ConfirmedByUserId = userId;
        Step(FestivalAction.ConfirmWinners, userId, null, nowUtc);
    }

    /// <summary>The head sends the shortlist back to the reviewers with a comment.</summary>
    public void SendBack(string comment, string userId, DateTime nowUtc)
    {
        Workflow.Move(Status, FestivalAction.SendBack);
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException(CommentNeeded);
        }

        ReturnComment = FieldLengths.Ensure(PersianText.Normalize(comment), FieldLengths.ReturnComment);
        Step(FestivalAction.SendBack, userId, ReturnComment, nowUtc);
    }

    /// <summary>The office puts the confirmed winners on the public page.</summary>
    public void Publish(string userId, DateTime nowUtc)
    {
        Workflow.Move(Status, FestivalAction.Publish);
        PublishedAtUtc = nowUtc;
        Step(FestivalAction.Publish, userId, null, nowUtc);
    }

    private void Step(FestivalAction action, string userId, string? comment, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var from = Status;
        Status = Workflow.Move(from, action);
        _events.Add(new FestivalEvent(nowUtc, userId, action, from, Status, comment, Workflow.IsShownToApplicant(from, action)));
        Raise(new FestivalStepTaken(this, action, from, Status, userId, nowUtc));
        UpdatedAtUtc = nowUtc;
    }

    private static string Refusal(FestivalStatus from, FestivalAction action) => (from, action) switch
    {
        (FestivalStatus.Published, _) => "برگزیدگان این جشنواره منتشر شده‌اند و پرونده تغییر نمی‌کند.",
        (FestivalStatus.WinnersConfirmed, FestivalAction.Shortlist or FestivalAction.Unlist or FestivalAction.SubmitShortlist or FestivalAction.ConfirmWinners or FestivalAction.SendBack)
            => "برگزیدگان این جشنواره پیش‌تر تأیید شده‌اند.",
        (FestivalStatus.ShortlistSubmitted, FestivalAction.Shortlist or FestivalAction.Unlist or FestivalAction.SubmitShortlist)
            => "فهرست نامزدها نزد مدیر است؛ تا بازگردانده نشود تغییر نمی‌کند.",
        (FestivalStatus.Shortlisting, FestivalAction.ConfirmWinners or FestivalAction.SendBack)
            => "فهرست نامزدها هنوز برای مدیر فرستاده نشده است.",
        (FestivalStatus.Shortlisting or FestivalStatus.ShortlistSubmitted, FestivalAction.Publish)
            => "برگزیدگان هنوز تأیید نشده‌اند.",
        (_, FestivalAction.Open) => "جشنواره این استان و سال پیش‌تر گشوده شده است.",
        _ => $"این کار در وضعیت «{FestivalText.Title(from)}» ممکن نیست.",
    };
}
