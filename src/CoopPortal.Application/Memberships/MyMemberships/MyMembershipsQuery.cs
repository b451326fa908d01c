using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace CoopPortal.Application.Memberships.MyMemberships;

/// <summary>
/// «عضویت‌های من»: the cooperatives where the caller's <b>proven</b> national code is a member (founding members,
/// imported lists), by cooperative name. An unproven code finds nothing and says so; nobody sees another person's.
/// </summary>
public sealed class MyMembershipsQuery(IAppDbContextFactory dbFactory, ICurrentUserService currentUser)
{
    public async Task<MyMemberships> HandleAsync(CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (!user.IsAuthenticated || user.NationalCode is not { Length: > 0 } code)
        {
            return MyMemberships.Unproven;
        }

        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var items = await (
                from m in db.CooperativeMembers.AsNoTracking()
                join c in db.Cooperatives on m.CooperativeId equals c.Id
                where m.NationalCode == code
                orderby c.Name
                select new MyMembership(
                    m.Id, c.Name, c.RegistrationNumber,
                    db.Provinces.Where(p => p.Id == c.ProvinceId).Select(p => p.Name).Single(),
                    db.Counties.Where(k => k.Id == c.CountyId).Select(k => k.Name).SingleOrDefault(),
                    m.Shares, m.JoinedOn, m.Source, m.Status, c.Source,
                    db.MembershipCertificates.Where(x => x.MembershipId == m.Id).OrderByDescending(x => x.IssuedAtUtc).Select(x => x.Number).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return new MyMemberships(true, items);
    }
}
