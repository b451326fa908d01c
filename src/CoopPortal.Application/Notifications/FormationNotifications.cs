using CoopPortal.Application.Common.Formatting;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Notifications;

namespace CoopPortal.Application.Notifications;

/// <summary>
/// Who is told what when a formation application changes: the applicant on every change of status the office makes,
/// the reviewer who sent it back when it is resubmitted.
/// </summary>
public static class FormationNotifications
{
    public static IEnumerable<Notification> After(FormationApplication application, WorkflowAction action, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(application);
        var code = PersianFormat.CodeInText(application.TrackingCode); // a code in a sentence: Latin digits, left to right
        var link = $"applications/{application.Id}";
        switch (action)
        {
            case WorkflowAction.Claim or WorkflowAction.Assign when application.Events.Count(e => e.Action is WorkflowAction.Claim or WorkflowAction.Assign) > 1:
                yield break; // a reassignment or a second round is not news to the applicant
            case WorkflowAction.Claim or WorkflowAction.Assign:
                yield return new(application.ApplicantUserId, "بررسی درخواست آغاز شد", $"کارشناس اداره کل بررسی درخواست {code} را آغاز کرد.", link, nowUtc);
                break;
            case WorkflowAction.SendBack:
                yield return new(application.ApplicantUserId, "درخواست برای اصلاح بازگشت", $"درخواست {code} برای اصلاح به شما بازگردانده شد؛ توضیح کارشناس را ببینید و اصلاح کنید.", link, nowUtc);
                break;
            case WorkflowAction.Recommend:
                yield return new(application.ApplicantUserId, "درخواست در انتظار تأیید مدیر", $"کارشناس تأیید درخواست {code} را به مدیر امور تعاونی پیشنهاد کرد.", link, nowUtc);
                break;
            case WorkflowAction.Approve:
                yield return new(application.ApplicantUserId, "درخواست تأیید شد", $"با تشکیل تعاونی درخواست {code} موافقت شد؛ موافقت‌نامه را از صفحه درخواست دریافت کنید.", link, nowUtc);
                break;
            case WorkflowAction.RevokeApproval:
                yield return new(application.ApplicantUserId, "موافقت‌نامه ابطال شد", $"موافقت‌نامه تشکیل تعاونی درخواست {code} ابطال شد؛ دلیل آن را در روند درخواست ببینید.", link, nowUtc);
                break;
            case WorkflowAction.Reject:
                yield return new(application.ApplicantUserId, "درخواست رد شد", $"درخواست {code} رد شد؛ دلیل آن را در روند درخواست ببینید.", link, nowUtc);
                break;
            case WorkflowAction.Resubmit:
                var reviewer = application.Events.LastOrDefault(e => e.Action == WorkflowAction.SendBack)?.ActorUserId;
                if (reviewer is not null)
                {
                    yield return new(reviewer, "درخواست اصلاح‌شده رسید", $"متقاضی درخواست {code} را اصلاح و دوباره ارسال کرد.", $"review/{application.Id}", nowUtc);
                }

                break;
        }
    }
}
