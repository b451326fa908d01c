using CoopPortal.Application.Common.Events;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Domain.Notifications;
using CoopPortal.Domain.Registry;

namespace CoopPortal.Application.Notifications;

/// <summary>
/// Who is told what when a founding assembly moves, in the step's own save: the applicant when it is sent back; the
/// applicant and the new cooperative's managers (those with an account) when it is confirmed and the cooperative registered.
/// </summary>
public sealed class NotifyOnAssemblyStep(IStaffDirectory staff) : IDomainEventHandler<AssemblyStepTaken>
{
    public async Task HandleAsync(AssemblyStepTaken domainEvent, IAppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        ArgumentNullException.ThrowIfNull(db);
        var assembly = domainEvent.Assembly;
        switch (domainEvent.Action)
        {
            case AssemblyAction.SendBack:
                db.Notifications.Add(new Notification(assembly.ApplicantUserId, "صورت‌جلسه مجمع برای اصلاح بازگشت",
                    "کارشناس اداره کل صورت‌جلسه مجمع عمومی مؤسس را برای اصلاح بازگرداند؛ توضیح را ببینید و دوباره ارسال کنید.",
                    $"assemblies/{assembly.Id}", domainEvent.AtUtc));
                break;
            case AssemblyAction.Confirm when db.Cooperatives.Local.FirstOrDefault(c => c.Id == assembly.CooperativeId) is { } cooperative:
                var managers = await staff.UserIdsByNationalCodesAsync(cooperative.Managers.Select(m => m.NationalCode).ToList(), cancellationToken);
                foreach (var recipient in managers.Append(assembly.ApplicantUserId).Distinct())
                {
                    db.Notifications.Add(new Notification(recipient, "تعاونی ثبت شد",
                        $"مجمع عمومی مؤسس «{cooperative.Name}» تأیید و تعاونی با شماره ثبت {PersianFormat.CodeInText(cooperative.RegistrationNumber)} ثبت شد.",
                        $"cooperatives/{cooperative.Id}", domainEvent.AtUtc));
                }

                break;
        }
    }
}
