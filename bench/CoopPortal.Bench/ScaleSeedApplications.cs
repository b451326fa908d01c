using CoopPortal.Domain.Formation;

namespace CoopPortal.Bench;

/// <summary>One generated line of an application's history.</summary>
internal readonly record struct SeedEvent(Guid Id, DateTime AtUtc, string ActorUserId, WorkflowAction Action, ApplicationStatus From, ApplicationStatus To, string? Comment, bool IsPublic);

/// <summary>One generated formation application: the columns the seed writes, and its history.</summary>
internal sealed class SeedApplication
{
    public Guid Id { get; init; }

    public int ApplicantIndex { get; init; }

    public ApplicationStatus Status { get; set; } = ApplicationStatus.Draft;

    public DateTime CreatedAtUtc { get; init; }

    public DateTime UpdatedAtUtc { get; set; }

    public DateTime? SubmittedAtUtc { get; set; }

    public string? TrackingCode { get; set; }

    public string? ClaimedByUserId { get; set; }

    public DateTime? EscalatedAtUtc { get; set; }

    public int CorrectionRound { get; set; }

    public int SubmissionCount { get; set; }

    public bool DeclarationAccepted { get; set; }

    public int? ProvinceId { get; init; }

    public SeedCounty? County { get; init; }

    public SeedOrientation? Orientation { get; init; }

    public int? ActivityTypeId { get; init; }

    public int? MembershipTypeId { get; init; }

    public string ActivityDescription { get; init; } = string.Empty;

    public string Address { get; init; } = string.Empty;

    public string PostalCode { get; init; } = string.Empty;

    public string Phone { get; init; } = string.Empty;

    public DateTime? ApprovedAtUtc { get; set; }

    public List<SeedEvent> Events { get; } = new(6);
}

/// <summary>
/// Generates formation applications and their histories by walking the domain's own transition table
/// (<see cref="ApplicationWorkflow"/>), so every event is a transition the portal allows, with increasing timestamps:
/// submit, wait for a reviewer (claim or assignment by the head), send back / resubmit rounds, recommend, the head's
/// approval, return to the reviewer or rejection, withdrawals, a rare revoked approval. Anything whose next step would
/// fall after «now» stays where it is, so the pending statuses are the recent applications, as in a live office.
/// </summary>
internal sealed class ScaleSeedApplications(ScaleSeedReference reference, ScaleSeedStaff staff, DateTime nowUtc)
{
    private static readonly TimeSpan Sla = TimeSpan.FromDays(7);

    /// <summary>Events generated so far (their ids run on).</summary>
    public long EventCount { get; private set; }

    private static readonly string[] Streets = ["خیابان امام", "خیابان آزادی", "بلوار کشاورز", "خیابان سعدی", "خیابان فردوسی", "بلوار جمهوری", "خیابان بهار", "کوچه لاله"];

    private static readonly string[] ReturnReasons = ["مدارک اعضا کامل نیست", "سهم سرمایه اعضا با قانون سازگار نیست", "طرح پیشنهادی روشن نیست"];

    /// <summary>The <paramref name="index"/>th application, created at <paramref name="createdAtUtc"/> by applicant <paramref name="applicant"/>.</summary>
    public SeedApplication Generate(long index, int applicant, DateTime createdAtUtc, Random random)
    {
        var province = reference.Provinces.Next(random);
        var orientation = reference.Orientations.Next(random);
        var county = reference.CountyIn(province, random);
        var abandoned = random.Chance(0.09);
        var empty = abandoned && random.Chance(0.35); // drafts left before the first section was saved
        var application = new SeedApplication
        {
            Id = ScaleSeedValues.OrderedId(ScaleSeed.ApplicationTag, index),
            ApplicantIndex = applicant,
            CreatedAtUtc = createdAtUtc,
            UpdatedAtUtc = createdAtUtc,
            ProvinceId = empty ? null : province,
            County = empty ? null : county,
            Orientation = empty ? null : orientation,
            ActivityTypeId = empty ? null : reference.ActivityTypes.Next(random),
            MembershipTypeId = empty ? null : reference.MembershipTypes.Next(random),
            ActivityDescription = empty ? string.Empty : $"فعالیت در زمینه {orientation.Title} در شهرستان {county?.Name}",
            Address = empty ? string.Empty : $"{county?.Name}، {Streets[random.Next(Streets.Length)]}، پلاک {random.Next(1, 400)}",
            PostalCode = empty ? string.Empty : (1_000_000_000L + random.NextInt64(8_999_999_999)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Phone = empty ? string.Empty : "0" + (1_000_000_000L + random.NextInt64(7_999_999_999)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        var submitAt = createdAtUtc + random.Days(5);
        if (abandoned || submitAt > nowUtc)
        {
            application.UpdatedAtUtc = Min(createdAtUtc + random.Days(1), nowUtc);
            return application;
        }

        Walk(application, index, submitAt, random);
        return application;
    }

    private void Walk(SeedApplication a, long index, DateTime submitAt, Random random)
    {
        var applicant = ScaleSeedStaff.ApplicantId(a.ApplicantIndex);
        var province = a.ProvinceId!.Value;
        var officeSpeed = 1.5 + (province % 5 * 0.6); // offices differ: mean days a step waits
        a.TrackingCode = ScaleSeedValues.Code(index, series: 0);
        a.DeclarationAccepted = true;
        a.SubmissionCount = 1;
        a.SubmittedAtUtc = submitAt;
        Move(a, WorkflowAction.Submit, applicant, submitAt);
        var t = submitAt;
        while (true)
        {
            switch (a.Status)
            {
                case ApplicationStatus.Submitted or ApplicationStatus.Resubmitted:
                {
                    if (random.Chance(0.015))
                    {
                        TryMove(a, WorkflowAction.Withdraw, applicant, t + random.Days(3));
                        return;
                    }

                    var claimAt = t + random.Days(officeSpeed);
                    if (a.EscalatedAtUtc is null && Min(claimAt, nowUtc) - t > Sla)
                    {
                        a.EscalatedAtUtc = t + Sla;
                    }

                    var reviewer = staff.Reviewer(province, random);
                    if (claimAt > nowUtc)
                    {
                        return;
                    }

                    a.ClaimedByUserId = reviewer;
                    if (random.Chance(0.1))
                    {
                        Move(a, WorkflowAction.Assign, staff.Head(province, random), claimAt, isPublic: false);
                    }
                    else
                    {
                        Move(a, WorkflowAction.Claim, reviewer, claimAt);
                    }

                    t = claimAt;
                    break;
                }

                case ApplicationStatus.UnderReview:
                {
                    var decideAt = t + random.Days(officeSpeed * 1.3);
                    if (decideAt > nowUtc)
                    {
                        return;
                    }

                    var reviewer = a.ClaimedByUserId!;
                    var sendBack = a.CorrectionRound switch { 0 => 0.32, 1 => 0.15, _ => 0.05 };
                    var r = random.NextDouble();
                    if (r < 0.012)
                    {
                        Move(a, WorkflowAction.Withdraw, applicant, decideAt, comment: random.Chance(0.5) ? "از تشکیل تعاونی منصرف شدیم" : null);
                        a.ClaimedByUserId = null;
                        return;
                    }

                    if (r < sendBack)
                    {
                        a.CorrectionRound++;
                        a.ClaimedByUserId = null;
                        a.DeclarationAccepted = false;
                        Move(a, WorkflowAction.SendBack, reviewer, decideAt);
                        t = decideAt;
                    }
                    else if (r < sendBack + 0.15)
                    {
                        var reason = RejectionReason.All[random.Next(RejectionReason.All.Count)];
                        Move(a, WorkflowAction.Reject, reviewer, decideAt, comment: $"{reason.Title}: بررسی کارشناس");
                        return;
                    }
                    else
                    {
                        Move(a, WorkflowAction.Recommend, reviewer, decideAt, comment: random.Chance(0.3) ? "مدارک کامل است" : null);
                        t = decideAt;
                    }

                    break;
                }

                case ApplicationStatus.ReturnedForCorrection:
                {
                    var resubmitAt = t + random.Days(6);
                    if (random.Chance(0.08))
                    {
                        if (random.Chance(0.5))
                        {
                            TryMove(a, WorkflowAction.Withdraw, applicant, resubmitAt);
                        }

                        return; // or left with the applicant for good
                    }

                    if (resubmitAt > nowUtc)
                    {
                        return;
                    }

                    a.SubmissionCount++;
                    a.SubmittedAtUtc = resubmitAt;
                    a.DeclarationAccepted = true;
                    Move(a, WorkflowAction.Resubmit, applicant, resubmitAt);
                    t = resubmitAt;
                    break;
                }

                case ApplicationStatus.RecommendedForApproval:
                {
                    var headAt = t + random.Days(officeSpeed * 0.8);
                    if (headAt > nowUtc)
                    {
                        return;
                    }

                    var head = staff.Head(province, random);
                    var h = random.NextDouble();
                    if (h < 0.07)
                    {
                        Move(a, WorkflowAction.ReturnToReviewer, head, headAt, comment: ReturnReasons[random.Next(ReturnReasons.Length)], isPublic: false);
                        t = headAt;
                        break;
                    }

                    if (h < 0.13)
                    {
                        var reason = RejectionReason.All[random.Next(RejectionReason.All.Count)];
                        Move(a, WorkflowAction.Reject, head, headAt, comment: $"{reason.Title}: تصمیم مدیر");
                        return;
                    }

                    Move(a, WorkflowAction.Approve, head, headAt);
                    a.ApprovedAtUtc = headAt;
                    if (random.Chance(0.01))
                    {
                        TryMove(a, WorkflowAction.RevokeApproval, head, headAt + random.Days(60), comment: "مدارک ارائه‌شده نادرست بود");
                    }

                    return;
                }

                default:
                    return;
            }
        }
    }

    private void TryMove(SeedApplication a, WorkflowAction action, string actor, DateTime at, string? comment = null)
    {
        if (at <= nowUtc)
        {
            if (action == WorkflowAction.Withdraw)
            {
                a.ClaimedByUserId = null;
            }

            Move(a, action, actor, at, comment);
        }
    }

    private void Move(SeedApplication a, WorkflowAction action, string actor, DateTime at, string? comment = null, bool isPublic = true)
    {
        var (to, refusal) = ApplicationWorkflow.Next(a.Status, action);
        if (to is not { } next)
        {
            throw new InvalidOperationException($"Seed walked an illegal transition: {a.Status} + {action}: {refusal}");
        }

        a.Events.Add(new SeedEvent(ScaleSeedValues.OrderedId(ScaleSeed.EventTag, EventCount++), at, actor, action, a.Status, next, comment, isPublic));
        a.Status = next;
        a.UpdatedAtUtc = at;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
