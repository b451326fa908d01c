using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Formation.Common;

/// <summary>
/// Who may see or change an application. The applicant sees only their own; reviewers and heads of office only those of
/// their province (submitted ones). Anyone else gets null, which the use cases turn into "not found".
/// </summary>
public static class ApplicationAccess
{
    /// <summary>Loads the whole aggregate (for changes), or null when it does not exist or is not the caller's.</summary>
    public static async Task<FormationApplication?> LoadOwnAsync(IAppDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsAuthenticated)
        {
            return null;
        }

        return await WithEverything(db.FormationApplications)
            .SingleOrDefaultAsync(a => a.Id == id && a.ApplicantUserId == user.UserId, cancellationToken);
    }

    /// <summary>
    /// Loads the caller's own application for a change to its cooperative details or names, in one statement: its row with the
    /// proposed names and the reviewer's correction requests (which decide what may still be edited), but not its
    /// members, documents or history, which such a change neither reads nor alters (nothing unloaded is written back).
    /// Null when it does not exist or is not the caller's.
    /// </summary>
    public static async Task<FormationApplication?> LoadOwnRowAsync(IAppDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAuthenticated)
        {
            return null;
        }

        // A handful of names and correction requests: one statement instead of three.
        return await db.InOneStatement(db.FormationApplications.Include(a => a.Corrections))
            .SingleOrDefaultAsync(a => a.Id == id && a.ApplicantUserId == user.UserId, cancellationToken);
    }

    /// <summary>
    /// Loads the caller's own application for a change to its members (or its founders board), in two statements: the
    /// row with its names and correction requests (as <see cref="LoadOwnRowAsync"/>), then its members; not its
    /// documents or history. Null when it does not exist or is not the caller's.
    /// </summary>
    public static async Task<FormationApplication?> LoadOwnWithMembersAsync(IAppDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken)
    {
        var application = await LoadOwnRowAsync(db, id, user, cancellationToken);
        if (application is not null)
        {
            await LoadMembersAsync(db, application, cancellationToken);
        }

        return application;
    }

    /// <summary>
    /// Loads the caller's own application for a change to its documents, in two statements: the row with its names,
    /// correction requests and documents, then its members (whose in-kind shares call for the expert valuation); not
    /// its history. Null when it does not exist or is not the caller's.
    /// </summary>
    public static async Task<FormationApplication?> LoadOwnWithDocumentsAsync(IAppDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAuthenticated)
        {
            return null;
        }

        // A handful of names, documents and correction requests: one statement.
        var application = await db.InOneStatement(db.FormationApplications.Include(a => a.Documents).Include(a => a.Corrections))
            .SingleOrDefaultAsync(a => a.Id == id && a.ApplicantUserId == user.UserId, cancellationToken);
        if (application is not null)
        {
            await LoadMembersAsync(db, application, cancellationToken);
        }

        return application;
    }

    /// <summary>Loads for reading: the applicant's own, or a submitted one of the province of a reviewer or head of office.</summary>
    public static async Task<FormationApplication?> LoadVisibleAsync(IAppDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsAuthenticated)
        {
            return null;
        }

        var application = await WithEverything(db.FormationApplications.AsNoTracking()).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return application is not null && CanSee(application, user) ? application : null;
    }

    public static bool CanSee(FormationApplication application, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(application);
        return CanSee(application.ApplicantUserId, application.Status, application.ProvinceId, application.Details.CountyId, user);
    }

    /// <summary>The same rule on the three facts it needs, for queries that do not load the aggregate.</summary>
    public static bool CanSee(string applicantUserId, ApplicationStatus status, int? provinceId, int? countyId, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAuthenticated)
        {
            return false;
        }

        if (applicantUserId == user.UserId)
        {
            return true;
        }

        var isStaff = user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.HeadOfOffice) || user.IsInRole(Roles.Admin);
        return isStaff
            && status != ApplicationStatus.Draft
            && provinceId is { } province
            && OfficeScope.CanActIn(user, province, countyId);
    }

    /// <summary>Whether the caller may see the application, without loading it whole.</summary>
    public static async Task<bool> IsVisibleAsync(IAppDbContext db, Guid id, ICurrentUser user, CancellationToken cancellationToken)
    {
        var facts = await db.FormationApplications.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new { a.ApplicantUserId, a.Status, a.Details.ProvinceId, a.Details.CountyId })
            .SingleOrDefaultAsync(cancellationToken);
        return facts is not null && CanSee(facts.ApplicantUserId, facts.Status, facts.ProvinceId, facts.CountyId, user);
    }

    /// <summary>Reads the members of an application the context tracks; the context puts them into its list.</summary>
    private static Task LoadMembersAsync(IAppDbContext db, FormationApplication application, CancellationToken cancellationToken) =>
        db.FormationApplications.Where(a => a.Id == application.Id).SelectMany(a => a.Members).LoadAsync(cancellationToken);

    private static IQueryable<FormationApplication> WithEverything(IQueryable<FormationApplication> query) => query
        .Include(a => a.Members)
        .Include(a => a.Documents)
        .Include(a => a.Events)
        .Include(a => a.Corrections); // split into one query per collection (set globally in Infrastructure)
}
