using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Time;
using CoopPortal.Domain.Formation;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Formation.Common;

/// <summary>Gathers the outside facts the formation rules need for one application.</summary>
public sealed class FormationContext(IFormationRulesProvider rules, PortalClock clock)
{
    public Task<ValidationContext> BuildAsync(IAppDbContext db, FormationApplication application, CancellationToken cancellationToken) =>
        BuildAsync(db, application, checkCounty: true, cancellationToken);

    /// <summary>
    /// The facts the documents section's rules need (whether the orientation needs a licence, the document kinds),
    /// without asking whether the county lies in the province: for a change to the documents, which checks that section
    /// alone (<see cref="ValidationContext.CountyInProvince"/> is false and must not be read).
    /// </summary>
    public Task<ValidationContext> BuildForDocumentsAsync(IAppDbContext db, FormationApplication application, CancellationToken cancellationToken) =>
        BuildAsync(db, application, checkCounty: false, cancellationToken);

    /// <summary>The formation rules now in force (settings; no statement).</summary>
    public Task<FormationRules> RulesAsync(CancellationToken cancellationToken) => rules.GetAsync(cancellationToken);

    private async Task<ValidationContext> BuildAsync(IAppDbContext db, FormationApplication application, bool checkCounty, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(application);
        var details = application.Details;
        var needsLicence = details.OrientationId is { } orientationId
            && await db.Orientations.AnyAsync(o => o.Id == orientationId && o.RequiresActivityLicence, cancellationToken);
        var countyInProvince = checkCounty && await CountyInProvinceAsync(db, details, cancellationToken);
        return new ValidationContext(await rules.GetAsync(cancellationToken), needsLicence, countyInProvince, Today, await DocumentTypesAsync(db, cancellationToken));
    }

    /// <summary>Whether the chosen county lies in the chosen province (asked only when both are chosen).</summary>
    public static async Task<bool> CountyInProvinceAsync(IAppDbContext db, CooperativeDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(details);
        return details.CountyId is { } countyId && details.ProvinceId is { } provinceId
            && await db.Counties.AnyAsync(c => c.Id == countyId && c.ProvinceId == provinceId, cancellationToken);
    }

    /// <summary>The document kinds as the administrator last worded them (read fresh: a handful of rows).</summary>
    public static async Task<DocumentTypeCatalog> DocumentTypesAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var types = await db.DocumentTypes.AsNoTracking()
            .Select(t => new DocumentTypeInfo(t.Kind, t.Title, t.Description, t.SortOrder, t.IsActive, t.RequiredOfAll))
            .ToListAsync(cancellationToken);
        return new DocumentTypeCatalog(types);
    }

    public DateTime UtcNow => clock.UtcNow;

    public DateOnly Today => clock.Today;
}
