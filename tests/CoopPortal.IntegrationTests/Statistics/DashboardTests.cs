using CoopPortal.Testing;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Statistics.Dashboard;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Supervision;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Statistics;

/// <summary>
/// The statistics dashboard on a real database: its numbers equal the counts the test computes itself from the rows
/// of provinces no other test uses (31, and 30 for the other office), and each head of
/// office sees only their own province.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class DashboardTests(PortalDatabaseFixture fixture)
{
    private const int Province = 31;
    private const int OtherProvince = 30;
    private const int Year = 1403;

    private static DateOnly J(string jalali) => JalaliDate.Parse(jalali)!.Value;

    private async Task<AppDbContext> DbAsync() =>
        await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    private async Task<Cooperative> ImportAsync(int province, int? countyId, DateOnly registeredOn, int members, int? orientationId = null, int? membershipTypeId = null)
    {
        var cooperative = Cooperative.Import(new ImportedCooperative(
            "تعاونی آمار " + Guid.NewGuid().ToString("N")[..8], TestNumbers.RegistrationNumber(),
            registeredOn, null, province, countyId, null, members, 100_000_000, TestNationalCodes.Next(), "مدیر آزمون", null), DateTime.UtcNow);
        await using var db = await DbAsync();
        db.Cooperatives.Add(cooperative);

        // Imports carry no orientation or membership type; registered cooperatives do (from their application).
        db.Entry(cooperative).Property(c => c.OrientationId).CurrentValue = orientationId;
        db.Entry(cooperative).Property(c => c.MembershipTypeId).CurrentValue = membershipTypeId;
        await db.SaveChangesAsync();
        return cooperative;
    }

    /// <summary>Submits a declaration of the fiscal year before <see cref="Year"/> the way the manager would (the registry takes its members).</summary>
    private async Task DeclareAsync(Cooperative cooperative, SubmittedDeclarations.Figures figures)
    {
        await using var db = await DbAsync();
        var declaration = SubmittedDeclarations.Build(cooperative.Id, cooperative.ProvinceId, Year - 1, figures);
        db.SelfDeclarations.Add(declaration);
        var tracked = await db.Cooperatives.SingleAsync(c => c.Id == cooperative.Id);
        tracked.RecordDeclaredMembers(Year - 1, figures.Women + figures.Men, figures.Women, figures.Men);
        await db.SaveChangesAsync();
    }

    private async Task SeedAsync(int province)
    {
        int[] counties;
        await using (var db = await DbAsync())
        {
            counties = await db.Counties.Where(c => c.ProvinceId == province).OrderBy(c => c.Id).Select(c => c.Id).Take(2).ToArrayAsync();
        }

        var first = await ImportAsync(province, counties[0], J("1403/02/10"), 12, orientationId: 6, membershipTypeId: 1);
        await ImportAsync(province, counties[0], J("1403/11/20"), 7, orientationId: 6, membershipTypeId: 2);
        await ImportAsync(province, counties[1], J("1403/06/01"), 30, orientationId: 1);
        await ImportAsync(province, null, J("1403/08/08"), 9);
        var older = await ImportAsync(province, counties[1], J("1402/12/25"), 15, orientationId: 14, membershipTypeId: 1); // the year before: not in the county table
        await ImportAsync(province, counties[0], J("1404/01/05"), 11); // the year after
        var oldest = await ImportAsync(province, counties[1], J("1399/03/03"), 40, membershipTypeId: 3);

        await DeclareAsync(older, new SubmittedDeclarations.Figures(Women: 6, Men: 10, TrainingHours: 24, ExtraordinaryAssemblies: 2));
        await DeclareAsync(oldest, new SubmittedDeclarations.Figures(Women: 20, Men: 21, TrainingHours: 8, OrdinaryAssemblyHeld: false));
        Assert.NotEqual(Guid.Empty, first.Id);

        var applicant = await fixture.NewUserAsync();
        await CompleteApplications.SubmitAsync(fixture.Factory.Services, applicant.UserId!, applicant.NationalCode!, province,
            [DateTime.UtcNow.AddDays(-3), DateTime.UtcNow.AddDays(-2)]);
    }

    [Fact]
    public async Task The_numbers_equal_the_counts_of_the_provinces_rows()
    {
        await SeedAsync(Province);
        var head = fixture.As(await fixture.NewUserAsync(Roles.HeadOfOffice, Province));

        var result = await head.Dashboard.HandleAsync(null, Year, default);
        Assert.True(result.Succeeded, result.Message);
        var report = result.Value!;
        Assert.Equal(Province, report.ProvinceId);
        Assert.Equal(Year, report.Year);

        // The expected numbers, computed here from the rows themselves.
        await using var db = await DbAsync();
        var applications = await db.FormationApplications.AsNoTracking().Where(a => a.Details.ProvinceId == Province).Select(a => a.Status).ToListAsync();
        var expectedApplications = applications.GroupBy(s => s).ToDictionary(g => ApplicationStatusText.Title(g.Key), g => (long)g.Count());
        Assert.Equal(expectedApplications, report.ApplicationsByStatus.ToDictionary(l => l.Title, l => l.Count));
        Assert.True(expectedApplications[ApplicationStatusText.Title(ApplicationStatus.Submitted)] >= 2);

        var cooperatives = await db.Cooperatives.AsNoTracking().Where(c => c.ProvinceId == Province).Select(c => new { c.CountyId, c.RegisteredAtUtc, c.MembersCount }).ToListAsync();
        var counties = await db.Counties.AsNoTracking().Where(c => c.ProvinceId == Province).ToDictionaryAsync(c => c.Id, c => c.Name);
        var expectedCounties = cooperatives
            .Where(c => JalaliDate.YearOf(Application.Common.Formatting.PersianFormat.LocalDate(c.RegisteredAtUtc)) == Year)
            .GroupBy(c => c.CountyId is { } id ? counties[id] : DashboardQuery.UnknownCounty)
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expectedCounties, report.FormedByCounty.ToDictionary(l => l.County, l => l.Count));
        Assert.Contains(report.FormedByCounty, l => l.County == DashboardQuery.UnknownCounty && l.CountyId is null);
        Assert.True(report.FormedByCounty.Sum(l => l.Count) >= 4);

        var registry = await db.Cooperatives.AsNoTracking().Where(c => c.ProvinceId == Province)
            .Select(c => new { c.Id, c.OrientationId, c.MembershipTypeId, c.MembersCount, c.MembersWomen, c.MembersMen, c.RegisteredAtUtc }).ToListAsync();
        Assert.Equal(registry.Count, report.Members.Cooperatives);
        Assert.Equal(registry.Sum(c => (long)(c.MembersCount ?? 0)), report.Members.Members);
        var byGender = registry.Where(c => c.MembersWomen is not null && c.MembersMen is not null).ToList();
        Assert.True(byGender.Count >= 2);
        Assert.Equal(byGender.Count, report.Members.CooperativesByGender);
        Assert.Equal(byGender.Sum(c => (long)c.MembersWomen!.Value), report.Members.Women);
        Assert.Equal(byGender.Sum(c => (long)c.MembersMen!.Value), report.Members.Men);

        var orientations = await db.Orientations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Title);
        Assert.Equal(
            registry.GroupBy(c => c.OrientationId is { } id ? orientations[id] : DashboardQuery.UnknownCounty)
                .ToDictionary(g => g.Key, g => (g.Count(), g.Sum(c => (long)(c.MembersCount ?? 0)))),
            report.ByOrientation.ToDictionary(l => l.Title, l => (l.Cooperatives, l.Members)));
        var membershipTypes = await db.MembershipTypes.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Title);
        Assert.Equal(
            registry.GroupBy(c => c.MembershipTypeId is { } id ? membershipTypes[id] : DashboardQuery.UnknownCounty)
                .ToDictionary(g => g.Key, g => (g.Count(), g.Sum(c => (long)(c.MembersCount ?? 0)))),
            report.ByMembershipType.ToDictionary(l => l.Title, l => (l.Cooperatives, l.Members)));

        // The declarations of fiscal year 1402, declared during 1403.
        var declarations = await db.SelfDeclarations.AsNoTracking().Where(d => d.ProvinceId == Province && d.FiscalYear == Year - 1 && d.Status != DeclarationStatus.Draft)
            .Select(d => new { d.Status, d.RiskBand, d.Content }).ToListAsync();
        Assert.True(declarations.Count >= 2);
        Assert.Equal(Year - 1, report.Declarations.FiscalYear);
        Assert.Equal(declarations.Count, report.Declarations.Filed);
        var startOfYear = J("1403/01/01");
        Assert.Equal(registry.Count(c => Application.Common.Formatting.PersianFormat.LocalDate(c.RegisteredAtUtc) < startOfYear), report.Declarations.Expected);
        Assert.True(report.Declarations.PastDue);
        Assert.Equal(report.Declarations.Expected - report.Declarations.Filed, report.Declarations.Overdue);
        Assert.Equal(declarations.Sum(d => (long)(d.Content.TrainingHours ?? 0)), report.Declarations.TrainingHours);
        Assert.Equal(declarations.Sum(d => (d.Content.OrdinaryAssemblyHeldOn is null ? 0L : 1L) + d.Content.ExtraordinaryAssemblies.Count), report.Declarations.AssembliesHeld);
        Assert.Equal(
            declarations.GroupBy(d => d.Status).ToDictionary(g => DeclarationText.Title(g.Key), g => (long)g.Count()),
            report.DeclarationsByStatus.ToDictionary(l => l.Title, l => l.Count));
        Assert.Equal(
            declarations.GroupBy(d => d.RiskBand).ToDictionary(g => DashboardQuery.RiskTitle(g.Key), g => (long)g.Count()),
            report.DeclarationsByRisk.ToDictionary(l => l.Title, l => l.Count));
    }

    [Fact]
    public async Task The_durations_are_the_median_and_90th_percentile_of_the_times_each_application_took()
    {
        // Applications decided in 1398 (a year no other test writes in), each with its own pace: days waiting in the
        // queue, with the reviewer, with the applicant for correction (some), and waiting for the head's decision.
        const int year = 1398;
        var start = new DateTime(2019, 5, 1, 6, 0, 0, DateTimeKind.Utc);
        var paces = new (double Queue, double Review, double? Correction, double Approval, bool Approve)[]
        {
            (1, 2, null, 1, true), (3, 5, 4, 2, true), (0.5, 1, null, 6, false), (10, 3, null, 1, true),
            (2, 2, 7, 3, true), (4, 8, null, 0.25, false), (6, 1, null, 2, true),
        };
        var reviewer = await fixture.NewUserAsync(Roles.Reviewer, Province);
        var head = await fixture.NewUserAsync(Roles.HeadOfOffice, Province);
        var applicant = await fixture.NewUserAsync();
        var context = new ValidationContext(FormationRules.Default, false, true, DateOnly.FromDateTime(start));
        var i = 0;
        await CompleteApplications.SubmitAsync(fixture.Factory.Services, applicant.UserId!, applicant.NationalCode!, Province,
            paces.Select((_, k) => start.AddDays(k * 3)),
            app =>
            {
                var pace = paces[i++];
                var at = app.SubmittedAtUtc!.Value.AddDays(pace.Queue);
                app.Claim(reviewer.UserId!, at);
                if (pace.Correction is { } correction)
                {
                    at = at.AddDays(1);
                    app.SendBack(reviewer.UserId!, [(ApplicationSection.Cooperative, null, "نشانی را کامل بنویسید.")], at);
                    at = at.AddDays(correction);
                    app.SetDeclaration(true, at);
                    app.Resubmit(context, at);
                    app.Claim(reviewer.UserId!, at); // taken at once: no time in the queue
                }

                at = at.AddDays(pace.Review);
                app.Recommend(reviewer.UserId!, null, at);
                at = at.AddDays(pace.Approval);
                if (pace.Approve)
                {
                    app.Approve(head.UserId!, at);
                }
                else
                {
                    app.Reject(head.UserId!, RejectionReason.All[0], "مدارک کافی نیست و اصلاح نشد.", at);
                }
            });

        var report = (await fixture.As(head).Dashboard.HandleAsync(null, year, default)).Value!;

        // Expected, from the paces alone (percentiles interpolated like PERCENTILE.INC).
        var total = paces.Select(p => p.Queue + p.Review + (p.Correction is { } c ? 1 + c : 0) + p.Approval).ToList();
        var review = paces.Select(p => p.Review).Concat(paces.Where(p => p.Correction is not null).Select(_ => 1.0)).ToList();
        var queue = paces.Select(p => p.Queue).Concat(paces.Where(p => p.Correction is not null).Select(_ => 0.0)).ToList();
        var expected = new Dictionary<string, List<double>>
        {
            [DashboardQuery.SubmissionToDecision] = total,
            [WorkflowSteps.Title(WorkflowStep.AwaitingReview)] = queue,
            [WorkflowSteps.Title(WorkflowStep.Review)] = review,
            [WorkflowSteps.Title(WorkflowStep.Correction)] = paces.Where(p => p.Correction is not null).Select(p => p.Correction!.Value).ToList(),
            [WorkflowSteps.Title(WorkflowStep.Approval)] = paces.Select(p => p.Approval).ToList(),
        };
        Assert.Equal(expected.Keys, report.Durations.Select(d => d.Title));
        foreach (var line in report.Durations)
        {
            var values = expected[line.Title];
            Assert.Equal(values.Count, line.Count);
            Assert.Equal(Percentile(values, 0.5), line.MedianDays!.Value, 6);
            Assert.Equal(Percentile(values, 0.9), line.P90Days!.Value, 6);
        }

        // Another province's office sees none of them.
        var other = (await fixture.As(await fixture.NewUserAsync(Roles.HeadOfOffice, OtherProvince)).Dashboard.HandleAsync(null, year, default)).Value!;
        Assert.All(other.Durations, d => Assert.Equal(0, d.Count));
        Assert.All(other.Durations, d => Assert.Null(d.MedianDays));
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        var rank = (sorted.Count - 1) * p;
        var low = (int)Math.Floor(rank);
        return low + 1 < sorted.Count ? sorted[low] + ((rank - low) * (sorted[low + 1] - sorted[low])) : sorted[low];
    }

    [Fact]
    public async Task A_recorded_visit_counts_as_done_in_its_year_and_leaves_the_planned_ones()
    {
        var cooperative = await ImportAsync(Province, null, J("1400/01/10"), 20);
        SelfDeclaration declaration;
        await using (var db = await DbAsync())
        {
            declaration = SubmittedDeclarations.Build(cooperative.Id, Province, 1404);
            db.SelfDeclarations.Add(declaration);
            await db.SaveChangesAsync();
        }

        var reviewer = fixture.As(await fixture.NewUserAsync(Roles.Reviewer, Province));
        var head = fixture.As(await fixture.NewUserAsync(Roles.HeadOfOffice, Province));
        var year = head.Dashboard.CurrentYear;
        var before = (await head.Dashboard.HandleAsync(null, year, default)).Value!.Inspections;

        var today = Application.Common.Formatting.PersianFormat.LocalDate(DateTime.UtcNow);
        Assert.True((await reviewer.DeclarationReview.PlanInspectionAsync(declaration.Id, JalaliDate.Format(today), null, default)).Succeeded);
        var planned = (await head.Dashboard.HandleAsync(null, year, default)).Value!.Inspections;
        Assert.Equal(before.Upcoming + 1, planned.Upcoming);
        Assert.Equal(before.DoneInYear, planned.DoneInYear);

        var refused = await reviewer.DeclarationReview.RecordInspectionAsync(declaration.Id, JalaliDate.Format(today.AddDays(1)), "کوتاه", default);
        Assert.False(refused.Succeeded);
        Assert.Equal(Application.Supervision.ReviewDeclaration.DeclarationReviewHandler.FutureVisit, refused.Errors["VisitedOn"][0]);
        Assert.Equal(Application.Supervision.ReviewDeclaration.DeclarationReviewHandler.FindingsRequired, refused.Errors["Findings"][0]);

        var recorded = await reviewer.DeclarationReview.RecordInspectionAsync(declaration.Id, JalaliDate.Format(today), "دفاتر قانونی به‌روز است و صورت‌جلسه مجمع موجود است.", default);
        Assert.True(recorded.Succeeded, recorded.Message);
        var after = (await head.Dashboard.HandleAsync(null, year, default)).Value!.Inspections;
        Assert.Equal(before.Upcoming, after.Upcoming);
        Assert.Equal(before.DoneInYear + 1, after.DoneInYear);

        await using var check = await DbAsync();
        var stored = await check.SelfDeclarations.AsNoTracking().SingleAsync(d => d.Id == declaration.Id);
        Assert.Equal(DeclarationStatus.Inspected, stored.Status);
        Assert.Equal(today, stored.InspectedOn);
        Assert.Equal(1, await check.SelfDeclarations.CountAsync(d => d.ProvinceId == Province && d.InspectedOn == today && d.Id == declaration.Id));

        // The office then accepts it.
        Assert.True((await reviewer.DeclarationReview.AcceptAsync(declaration.Id, null, default)).Succeeded);
    }

    [Fact]
    public async Task Seeding_more_rows_moves_the_numbers_by_exactly_that_much()
    {
        var admin = fixture.As(await fixture.NewUserAsync(Roles.Admin));
        var before = (await admin.Dashboard.HandleAsync(Province, Year, default)).Value!;

        await SeedAsync(Province);

        var after = (await admin.Dashboard.HandleAsync(Province, Year, default)).Value!;
        Assert.Equal(Province, after.ProvinceId);
        Assert.Equal(before.Members.Cooperatives + 7, after.Members.Cooperatives);
        Assert.Equal(before.Members.Members + 12 + 7 + 30 + 9 + (6 + 10) + 11 + (20 + 21), after.Members.Members); // declared members replace registered ones
        Assert.Equal(before.Members.Women + 6 + 20, after.Members.Women);
        Assert.Equal(before.Members.Men + 10 + 21, after.Members.Men);
        Assert.Equal(before.Declarations.Filed + 2, after.Declarations.Filed);
        Assert.Equal(before.Declarations.Expected + 2, after.Declarations.Expected);
        Assert.Equal(before.Declarations.TrainingHours + 24 + 8, after.Declarations.TrainingHours);
        Assert.Equal(before.Declarations.AssembliesHeld + 3 + 0, after.Declarations.AssembliesHeld);
        Assert.Equal(Count(before.ByOrientation, 6) + 2, Count(after.ByOrientation, 6));
        Assert.Equal(Count(before.ByMembershipType, 1) + 2, Count(after.ByMembershipType, 1));
        Assert.Equal(before.FormedByCounty.Sum(l => l.Count) + 4, after.FormedByCounty.Sum(l => l.Count));
        Assert.Equal(
            before.FormedByCounty.SingleOrDefault(l => l.CountyId is null)?.Count + 1 ?? 1,
            after.FormedByCounty.Single(l => l.CountyId is null).Count);
        Assert.Equal(before.ApplicationsByStatus.Sum(l => l.Count) + 2, after.ApplicationsByStatus.Sum(l => l.Count));

        // The whole country counts at least as much as the province.
        var country = (await admin.Dashboard.HandleAsync(null, Year, default)).Value!;
        Assert.Null(country.ProvinceId);
        Assert.True(country.Members.Cooperatives >= after.Members.Cooperatives);
    }

    private static int Count(IReadOnlyList<GroupLine> lines, int id) => lines.SingleOrDefault(l => l.Id == id)?.Cooperatives ?? 0;

    [Fact]
    public async Task A_head_of_office_of_another_province_sees_only_their_province()
    {
        await SeedAsync(Province);
        await SeedAsync(OtherProvince);
        var mine = (await fixture.As(await fixture.NewUserAsync(Roles.HeadOfOffice, Province)).Dashboard.HandleAsync(null, Year, default)).Value!;
        var other = fixture.As(await fixture.NewUserAsync(Roles.HeadOfOffice, OtherProvince));

        var asked = await other.Dashboard.HandleAsync(Province, Year, default);
        Assert.True(asked.Succeeded, asked.Message);
        Assert.Equal(OtherProvince, asked.Value!.ProvinceId);

        await using var db = await DbAsync();
        var theirs = await db.Cooperatives.CountAsync(c => c.ProvinceId == OtherProvince);
        Assert.Equal(theirs, asked.Value.Members.Cooperatives);
        var theirCounties = await db.Counties.Where(c => c.ProvinceId == OtherProvince).Select(c => c.Name).ToListAsync();
        Assert.All(asked.Value.FormedByCounty, l => Assert.True(l.CountyId is null || theirCounties.Contains(l.County)));
        var myCounties = await db.Counties.Where(c => c.ProvinceId == Province).Select(c => c.Name).ToListAsync();
        Assert.DoesNotContain(asked.Value.FormedByCounty, l => l.CountyId is not null && myCounties.Contains(l.County) && !theirCounties.Contains(l.County));
        Assert.Equal(Province, mine.ProvinceId);
    }

    [Fact]
    public async Task An_applicant_is_refused()
    {
        var applicant = fixture.As(await fixture.NewUserAsync());

        var result = await applicant.Dashboard.HandleAsync(Province, Year, default);

        Assert.False(result.Succeeded);
        Assert.Equal(ErrorKind.Forbidden, result.Kind);
        Assert.Equal(DashboardQuery.NotAllowed, result.Message);
        Assert.Null(result.Value);
    }

    [Fact]
    public async Task A_reviewer_is_refused_too_the_statistics_are_for_heads_of_office_and_admins()
    {
        var reviewer = fixture.As(await fixture.NewUserAsync(Roles.Reviewer, Province));
        var result = await reviewer.Dashboard.HandleAsync(null, null, default);
        Assert.Equal(ErrorKind.Forbidden, result.Kind);
        Assert.Null(result.Value);

        var head = fixture.As(await fixture.NewUserAsync(Roles.HeadOfOffice, Province));
        var own = await head.Dashboard.HandleAsync(OtherProvince, null, default);
        Assert.True(own.Succeeded, own.Message);
        Assert.Equal(Province, own.Value!.ProvinceId);
        Assert.Equal(head.Dashboard.CurrentYear, own.Value.Year);
    }

    [Fact]
    public async Task The_page_shows_the_tables_to_a_head_of_office_and_an_admin_and_turns_others_away()
    {
        await SeedAsync(Province);
        foreach (var user in new[] { await fixture.NewUserAsync(Roles.HeadOfOffice, Province), await fixture.NewUserAsync(Roles.Admin) })
        {
            var session = await fixture.SignedInClientAsync(user);
            using var response = await session.Http.GetAsync(new Uri("/statistics", UriKind.Relative));
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync();
            foreach (var id in new[] { "stats-year", "stats-applications-by-status", "stats-formed-by-county", "stats-by-orientation", "stats-by-membership-type", "stats-members", "stats-declarations", "stats-declarations-by-risk", "stats-inspections", "stats-durations" })
            {
                Assert.Contains($"id=\"{id}\"", page, StringComparison.Ordinal);
            }

            Assert.Equal(user.Roles.Contains(Roles.Admin), page.Contains("id=\"stats-province\"", StringComparison.Ordinal));
        }

        foreach (var role in new[] { Roles.Applicant, Roles.Reviewer })
        {
            var session = await fixture.SignedInClientAsync(await fixture.NewUserAsync(role, role == Roles.Reviewer ? Province : null));
            using var refused = await session.Http.GetAsync(new Uri("/statistics", UriKind.Relative));
            Assert.NotEqual(System.Net.HttpStatusCode.OK, refused.StatusCode);
        }
    }
}
