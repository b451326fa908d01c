using System.Globalization;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Administration.ReferenceData;

/// <summary>
/// The province offices' contact details (address, telephone, working hours) on the admin's reference-data page: admins
/// only (everyone else Forbidden). Every changed part writes one audit entry with the old and new value, in the same
/// SaveChanges; the public contact page (<see cref="Application.ReferenceData.ProvinceContactsQuery"/>) reads them at once.
/// </summary>
public sealed class ProvinceOfficesHandler(IAppDbContextFactory dbFactory, ICurrentUserService currentUser, TimeProvider clock)
{
    /// <summary>All 31 provinces in Persian order, each with what is recorded for its office.</summary>
    public async Task<Result<IReadOnlyList<ProvinceOfficeRow>>> GetAsync(CancellationToken cancellationToken)
    {
        if (await ReferenceAuditWriter.AdminIdAsync(currentUser, cancellationToken) is null)
        {
            return Result<IReadOnlyList<ProvinceOfficeRow>>.FailedAs(Result.Forbidden(ReferenceDataHandler.NotAdmin));
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var provinces = await db.Provinces.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var offices = await db.ProvinceOffices.AsNoTracking()
            .Select(o => new { o.ProvinceId, o.Address, o.Phone, o.WorkingHours, Version = EF.Property<uint>(o, "xmin") })
            .ToDictionaryAsync(o => o.ProvinceId, cancellationToken);
        IReadOnlyList<ProvinceOfficeRow> rows = provinces
            .Select(p => offices.TryGetValue(p.Id, out var o)
                ? new ProvinceOfficeRow(p.Id, p.Name, o.Address, o.Phone, o.WorkingHours, o.Version)
                : new ProvinceOfficeRow(p.Id, p.Name, string.Empty, string.Empty, string.Empty, null))
            .OrderBy(r => r.ProvinceName, StringComparer.Create(PersianFormat.Culture, false))
            .ToList();
        return Result<IReadOnlyList<ProvinceOfficeRow>>.Success(rows);
    }

    /// <summary>Records, changes or (all parts empty) removes a province office's details.</summary>
    public async Task<Result> SaveAsync(ProvinceOfficeInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var adminId = await ReferenceAuditWriter.AdminIdAsync(currentUser, cancellationToken);
        if (adminId is null)
        {
            return Result.Forbidden(ReferenceDataHandler.NotAdmin);
        }

        var errors = new ValidationErrors();
        foreach (var problem in ProvinceOffice.Check(input.Address, input.Phone, input.WorkingHours))
        {
            errors.Add(problem.Field, problem.Message);
        }

        if (errors.Any)
        {
            return Result.Invalid(errors.ToDictionary());
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var province = await db.Provinces.AsNoTracking().Where(p => p.Id == input.ProvinceId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
        if (province is null)
        {
            return Result.NotFound();
        }

        var found = await db.ProvinceOffices.Where(o => o.ProvinceId == input.ProvinceId)
            .Select(o => new { Office = o, Version = EF.Property<uint>(o, "xmin") }).SingleOrDefaultAsync(cancellationToken);
        var office = found?.Office;
        if (found?.Version != input.Version)
        {
            return Result.Conflict(ReferenceDataHandler.ChangedMeanwhile);
        }

        var before = office is null ? (Address: string.Empty, Phone: string.Empty, WorkingHours: string.Empty) : (office.Address, office.Phone, office.WorkingHours);
        var after = ProvinceOffice.Create(input.ProvinceId, input.Address, input.Phone, input.WorkingHours);
        var subject = ReferenceDataHandler.ProvinceOfficePrefix + input.ProvinceId.ToString(CultureInfo.InvariantCulture);
        var audit = new ReferenceAuditWriter(db, adminId, clock.GetUtcNow().UtcDateTime, subject, $"اداره کل تعاون استان {province}");
        audit.Field("نشانی", before.Address, after.Address);
        audit.Field("تلفن", before.Phone, after.Phone);
        audit.Field("ساعت کار", before.WorkingHours, after.WorkingHours);
        if (audit.Count == 0)
        {
            return Result.Success();
        }

        if (office is null)
        {
            db.ProvinceOffices.Add(after);
        }
        else if (after.IsEmpty)
        {
            db.ProvinceOffices.Remove(office);
        }
        else
        {
            office.Change(after.Address, after.Phone, after.WorkingHours);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateException)
        {
            // Another admin changed or removed the same row (xmin), or recorded the province first (its key).
            return Result.Conflict(ReferenceDataHandler.ChangedMeanwhile);
        }
    }
}
