using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Liquidation.Common;
using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Liquidation;
using Microsoft.Extensions.Options;

namespace CoopPortal.Application.Liquidation.Start;

/// <summary>
/// The office names the liquidators and the period of a cooperative whose dissolution the head decided (status
/// Dissolved): the cooperative moves to «در حال تصفیه» (<c>StartLiquidation</c>) and the case starts, in one save.
/// Not found outside the office's scope; the cooperative's table and separation of duties say who may (none of its
/// managers); the liquidators' terms run from today to the period's end.
/// </summary>
public sealed class StartLiquidationHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, IOptionsMonitor<LiquidationRules> rules, PortalClock clock)
{
    public async Task<Result<Guid>> HandleAsync(Guid cooperativeId, StartLiquidationForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var cooperative = await LiquidationAccess.FindCooperativeAsync(db, cooperativeId, cancellationToken);
        if (cooperative is null || !RegistryAccess.CanSee(cooperative, user) || !OfficeScope.CanSee(user, cooperative.ProvinceId, cooperative.CountyId))
        {
            return Result<Guid>.NotFound();
        }

        var today = clock.Today;
        var terms = new DissolutionTerms(form.Liquidators, form.EndsOn).Normalized();
        var problems = LiquidationChecks.Validate(terms.LiquidatorsFrom(today), today, form.EndsOn, rules.CurrentValue);
        if (problems.Count > 0)
        {
            return Result<Guid>.Invalid(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }

        Guid id = default;
        var saved = await SaveResults.SaveAsync(async () =>
        {
            var liquidation = LiquidationStarter.Start(
                db, cooperative, LiquidationSource.OfficeDecision, null, terms.LiquidatorsFrom(today), today, form.EndsOn!.Value, rules.CurrentValue, user, clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
            id = liquidation.Id;
        });
        return saved.Succeeded ? Result<Guid>.Success(id) : Result<Guid>.FailedAs(saved);
    }
}
