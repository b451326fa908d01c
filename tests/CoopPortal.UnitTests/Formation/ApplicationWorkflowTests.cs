using CoopPortal.Domain.Formation;
using static CoopPortal.UnitTests.Formation.TestApplications;

namespace CoopPortal.UnitTests.Formation;

/// <summary>
/// Every (status, action) pair against a table written out here by hand, independently of
/// <see cref="ApplicationWorkflow.Table"/>: the 17 allowed transitions lead where they should, everything else is refused
/// with a Persian reason.
/// </summary>
public sealed class ApplicationWorkflowTests
{
    private static readonly Dictionary<(ApplicationStatus From, WorkflowAction Action), ApplicationStatus> Expected = new()
    {
        [(ApplicationStatus.Draft, WorkflowAction.Submit)] = ApplicationStatus.Submitted,
        [(ApplicationStatus.Submitted, WorkflowAction.Claim)] = ApplicationStatus.UnderReview,
        [(ApplicationStatus.Submitted, WorkflowAction.Withdraw)] = ApplicationStatus.Withdrawn,
        [(ApplicationStatus.UnderReview, WorkflowAction.SendBack)] = ApplicationStatus.ReturnedForCorrection,
        [(ApplicationStatus.UnderReview, WorkflowAction.Recommend)] = ApplicationStatus.RecommendedForApproval,
        [(ApplicationStatus.UnderReview, WorkflowAction.Reject)] = ApplicationStatus.Rejected,
        [(ApplicationStatus.UnderReview, WorkflowAction.Withdraw)] = ApplicationStatus.Withdrawn,
        [(ApplicationStatus.ReturnedForCorrection, WorkflowAction.Resubmit)] = ApplicationStatus.Resubmitted,
        [(ApplicationStatus.ReturnedForCorrection, WorkflowAction.Withdraw)] = ApplicationStatus.Withdrawn,
        [(ApplicationStatus.Resubmitted, WorkflowAction.Claim)] = ApplicationStatus.UnderReview,
        [(ApplicationStatus.Resubmitted, WorkflowAction.Withdraw)] = ApplicationStatus.Withdrawn,
        [(ApplicationStatus.RecommendedForApproval, WorkflowAction.Approve)] = ApplicationStatus.Approved,
        [(ApplicationStatus.RecommendedForApproval, WorkflowAction.ReturnToReviewer)] = ApplicationStatus.UnderReview,
        [(ApplicationStatus.RecommendedForApproval, WorkflowAction.Reject)] = ApplicationStatus.Rejected,
        [(ApplicationStatus.Approved, WorkflowAction.RevokeApproval)] = ApplicationStatus.ApprovalRevoked,
        [(ApplicationStatus.Submitted, WorkflowAction.Assign)] = ApplicationStatus.UnderReview,
        [(ApplicationStatus.Resubmitted, WorkflowAction.Assign)] = ApplicationStatus.UnderReview,
        [(ApplicationStatus.UnderReview, WorkflowAction.Assign)] = ApplicationStatus.UnderReview,
    };

    public static TheoryData<ApplicationStatus, WorkflowAction> AllPairs()
    {
        var data = new TheoryData<ApplicationStatus, WorkflowAction>();
        foreach (var status in Enum.GetValues<ApplicationStatus>())
        {
            foreach (var action in Enum.GetValues<WorkflowAction>())
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    [Fact]
    public void The_expected_table_has_the_eighteen_transitions_and_all_pairs_are_covered()
    {
        Assert.Equal(18, Expected.Count);
        Assert.Equal(Enum.GetValues<ApplicationStatus>().Length * Enum.GetValues<WorkflowAction>().Length, AllPairs().Count);
        Assert.Equal(110, AllPairs().Count); // 10 statuses × 11 actions
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Next_follows_the_table_for_every_status_and_action(ApplicationStatus from, WorkflowAction action)
    {
        var (to, refusal) = ApplicationWorkflow.Next(from, action);

        if (Expected.TryGetValue((from, action), out var expected))
        {
            Assert.Equal(expected, to);
            Assert.Null(refusal);
        }
        else
        {
            Assert.Null(to);
            Assert.False(string.IsNullOrWhiteSpace(refusal), $"{from} + {action} should give a reason");
            Assert.True(HasPersianLetter(refusal), refusal);
        }
    }

    [Fact]
    public void The_published_table_is_the_expected_one()
    {
        Assert.Equal(
            Expected.OrderBy(p => p.Key.From).ThenBy(p => p.Key.Action),
            ApplicationWorkflow.Table.OrderBy(p => p.Key.From).ThenBy(p => p.Key.Action));
    }

    [Theory]
    [InlineData(ApplicationStatus.ApprovalRevoked)]
    [InlineData(ApplicationStatus.Rejected)]
    [InlineData(ApplicationStatus.Withdrawn)]
    public void Final_statuses_allow_nothing(ApplicationStatus status)
    {
        Assert.All(Enum.GetValues<WorkflowAction>(), action => Assert.Null(ApplicationWorkflow.Next(status, action).To));
    }

    [Theory]
    [InlineData(ApplicationStatus.Submitted, true)]
    [InlineData(ApplicationStatus.UnderReview, true)]
    [InlineData(ApplicationStatus.ReturnedForCorrection, true)]
    [InlineData(ApplicationStatus.Resubmitted, true)]
    [InlineData(ApplicationStatus.Draft, false)]
    [InlineData(ApplicationStatus.RecommendedForApproval, false)]
    [InlineData(ApplicationStatus.Approved, false)]
    [InlineData(ApplicationStatus.Rejected, false)]
    [InlineData(ApplicationStatus.Withdrawn, false)]
    public void Withdrawing_is_possible_exactly_before_a_decision(ApplicationStatus status, bool allowed)
    {
        Assert.Equal(allowed, ApplicationStatusText.IsBeforeDecision(status));
        Assert.Equal(allowed, ApplicationWorkflow.Next(status, WorkflowAction.Withdraw).To == ApplicationStatus.Withdrawn);
    }

    [Fact]
    public void Every_status_has_a_persian_title()
    {
        Assert.All(Enum.GetValues<ApplicationStatus>(), s => Assert.True(HasPersianLetter(ApplicationStatusText.Title(s)), s.ToString()));
        Assert.Equal(Enum.GetValues<ApplicationStatus>().Length, Enum.GetValues<ApplicationStatus>().Select(ApplicationStatusText.Title).Distinct().Count());
    }
}
