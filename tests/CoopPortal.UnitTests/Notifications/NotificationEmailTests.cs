using CoopPortal.Domain.Notifications;

namespace CoopPortal.UnitTests.Notifications;

public sealed class NotificationEmailTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_failed_email_is_retried_after_growing_waits_and_given_up_after_six_tries()
    {
        var n = new Notification("u1", "عنوان", "متن", null, Now);
        var waits = new List<double>();
        for (var i = 1; i < Notification.MaxEmailAttempts; i++)
        {
            n.EmailFailed(Now, "connection refused");
            waits.Add((n.EmailNextAttemptAtUtc!.Value - Now).TotalMinutes);
        }

        Assert.Equal([1, 4, 16, 64, 256], waits);
        n.EmailFailed(Now, "connection refused");
        Assert.Null(n.EmailNextAttemptAtUtc);
        Assert.Equal(Notification.MaxEmailAttempts, n.EmailAttempts);
        Assert.Null(n.EmailSentAtUtc);
    }

    [Fact]
    public void A_sent_email_is_not_due_again_and_reading_is_recorded_once()
    {
        var n = new Notification("u1", "عنوان", "متن", "applications/x", Now);
        n.EmailSent(Now);
        n.MarkRead(Now.AddMinutes(1));
        n.MarkRead(Now.AddMinutes(2));

        Assert.Equal(Now, n.EmailSentAtUtc);
        Assert.Null(n.EmailNextAttemptAtUtc);
        Assert.Equal(Now.AddMinutes(1), n.ReadAtUtc);
        Assert.True(n.IsRead);
    }
}
