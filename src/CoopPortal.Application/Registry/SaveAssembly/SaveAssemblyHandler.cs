using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Common;

namespace CoopPortal.Application.Registry.SaveAssembly;

/// <summary>
/// Saves the founding assembly form as a draft (a draft keeps whatever was typed). Only an unreadable date is refused
/// (nothing is saved then; the form keeps it). Not found for anyone but the applicant.
/// </summary>
public sealed class SaveAssemblyHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, PortalClock clock)
{
    public const string InvalidDate = "تاریخ را به شکل ۱۴۰۵/۰۲/۱۵ وارد کنید.";

    public async Task<Result> HandleAsync(Guid assemblyId, AssemblyForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        DateOnly? heldOn = null;
        if (!string.IsNullOrWhiteSpace(form.HeldOn))
        {
            heldOn = JalaliDate.Parse(form.HeldOn);
            if (heldOn is null)
            {
                return Result.Invalid(new Dictionary<string, string[]> { ["HeldOn"] = [InvalidDate] });
            }
        }

        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var assembly = await RegistryAccess.LoadOwnAssemblyAsync(db, assemblyId, user, cancellationToken);
        if (assembly is null)
        {
            return Result.NotFound();
        }

        return await SaveResults.SaveAsync(async () =>
        {
            assembly.Edit(heldOn, form.CapitalPaid, form.CompanyNationalId, clock.UtcNow);
            assembly.SetOfficers(form.Officers, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        });
    }
}
