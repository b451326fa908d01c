using CoopPortal.Application.Review.Queue;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Users;
using CoopPortal.IntegrationTests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Review;

/// <summary>The office queue on its own province (East Azerbaijan, id 1), so other tests' applications stay out.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ReviewQueueTests(PortalDatabaseFixture fixture)
{
    private const int Province = 1;

    private Task<List<FormationApplication>> SubmittedAtAsync(params int[] daysAgo) => SeededOffice.SubmittedAtAsync(fixture, Province, daysAgo);

    [Fact]
    public async Task Keyset_pages_cover_the_province_queue_oldest_first_without_gaps_or_repeats_and_mark_the_overdue()
    {
        var created = await SubmittedAtAsync(12, 9, 5, 3, 1);
        var reviewer = fixture.As(await fixture.NewUserAsync(Roles.Reviewer, Province));
        var query = new ReviewQueueQuery(fixture.Reads, new FixedUserService(reviewer), TimeProvider.System);

        var seen = new List<QueueItem>();
        QueueCursor? cursor = null;
        do
        {
            var page = await query.HandleAsync(new QueueFilter(PageSize: 2, After: cursor), default);
            Assert.True(page.Items.Count <= 2);
            seen.AddRange(page.Items);
            cursor = page.Next;
        }
        while (cursor is not null);

        var mine = seen.Where(i => created.Any(c => c.Id == i.Id)).ToList();
        Assert.Equal(created.Select(c => c.Id), mine.Select(i => i.Id));
        Assert.Equal(seen.Count, seen.Select(i => i.Id).Distinct().Count());
        Assert.Equal(seen.OrderBy(i => i.SubmittedAtUtc).Select(i => i.Id), seen.Select(i => i.Id));
        Assert.Equal([true, true, false, false, false], mine.Select(i => i.Overdue));
        Assert.Equal(12, mine[0].WaitingDays);

        var overdue = await query.HandleAsync(new QueueFilter(OverdueOnly: true, PageSize: 100), default);
        Assert.Contains(overdue.Items, i => i.Id == created[0].Id);
        Assert.DoesNotContain(overdue.Items, i => i.Id == created[4].Id);
    }

    [Fact]
    public async Task County_orientation_and_Jalali_date_range_filters_narrow_the_queue()
    {
        var created = await SubmittedAtAsync(20, 3);
        var reviewer = new FixedUserService(fixture.As(await fixture.NewUserAsync(Roles.Reviewer, Province)));
        var query = new ReviewQueueQuery(fixture.Reads, reviewer, TimeProvider.System);
        var county = created[0].Details.CountyId;
        var today = Application.Common.Formatting.PersianFormat.LocalDate(DateTime.UtcNow);

        var recent = await query.HandleAsync(new QueueFilter(CountyId: county, OrientationId: 6, SubmittedFrom: today.AddDays(-5), SubmittedTo: today, PageSize: 100), default);
        Assert.Contains(recent.Items, i => i.Id == created[1].Id);
        Assert.DoesNotContain(recent.Items, i => i.Id == created[0].Id);
        Assert.DoesNotContain((await query.HandleAsync(new QueueFilter(CountyId: county, OrientationId: 7, PageSize: 100), default)).Items, i => created.Any(c => c.Id == i.Id));
        Assert.Empty((await query.HandleAsync(new QueueFilter(CountyId: -1, PageSize: 100), default)).Items);
    }

    [Fact]
    public async Task Search_finds_by_tracking_code_applicant_national_code_and_proposed_name_and_other_provinces_see_nothing()
    {
        var created = await SubmittedAtAsync(2);
        var app = created[0];
        var reviewer = new FixedUserService(fixture.As(await fixture.NewUserAsync(Roles.Reviewer, Province)));
        var query = new ReviewQueueQuery(fixture.Reads, reviewer, TimeProvider.System);

        var byCode = await query.HandleAsync(new QueueFilter(Search: app.TrackingCode!.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal)), default);
        Assert.Equal([app.Id], byCode.Items.Select(i => i.Id));
        var byApplicant = await query.HandleAsync(new QueueFilter(Search: Domain.Common.PersianDigits.ToPersian(app.ApplicantNationalCode)), default);
        Assert.Contains(byApplicant.Items, i => i.Id == app.Id);
        var byName = await query.HandleAsync(new QueueFilter(Search: app.ProposedNames[0].Name.Replace("تعاونی ", "شركت تعاوني ", StringComparison.Ordinal)), default);
        Assert.Equal([app.Id], byName.Items.Select(i => i.Id));

        var tehran = new FixedUserService(fixture.As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Tehran)));
        var fromTehran = await new ReviewQueueQuery(fixture.Reads, tehran, TimeProvider.System).HandleAsync(new QueueFilter(Search: app.TrackingCode), default);
        Assert.Empty(fromTehran.Items);
        var applicant = new FixedUserService(fixture.As(await fixture.NewUserAsync()));
        Assert.Empty((await new ReviewQueueQuery(fixture.Reads, applicant, TimeProvider.System).HandleAsync(new QueueFilter(), default)).Items);
    }

    private sealed class FixedUserService(PortalDatabaseFixture.Handlers handlers) : Application.Common.Security.ICurrentUserService
    {
        public Task<Application.Common.Security.ICurrentUser> GetAsync(CancellationToken cancellationToken) => Task.FromResult(handlers.User);
    }
}
