using CoopPortal.Application.Common.Formatting;
using CoopPortal.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.ReferenceData;

/// <summary>
/// Every province with its office's contact details, for anyone (no sign-in): the public contact page. What an admin
/// recorded (<see cref="Domain.ReferenceData.ProvinceOffice"/>) is public by nature; nothing else is read.
/// </summary>
public sealed class ProvinceContactsQuery(IAppDbContextFactory dbFactory)
{
    public async Task<IReadOnlyList<ProvinceContact>> HandleAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var provinces = await db.Provinces.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var offices = await db.ProvinceOffices.AsNoTracking().ToDictionaryAsync(o => o.ProvinceId, cancellationToken);
        return provinces
            .Select(p => offices.TryGetValue(p.Id, out var office)
                ? new ProvinceContact(p.Id, p.Name, office.Address, office.PhoneNumbers, office.WorkingHours)
                : new ProvinceContact(p.Id, p.Name, string.Empty, [], string.Empty))
            .OrderBy(p => p.Name, StringComparer.Create(PersianFormat.Culture, false))
            .ToList();
    }
}
