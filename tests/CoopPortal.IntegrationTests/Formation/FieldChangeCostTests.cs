using System.Data.Common;
using System.Text.RegularExpressions;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Application.Formation.EditDraft;
using CoopPortal.Domain.Formation;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Formation;

/// <summary>
/// What one field change on the cooperative section costs the database (issue 14, point 6): the statements are
/// counted (a count, not a timing) through an interceptor on the portal's own context options, like the bench's.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed partial class FieldChangeCostTests(PortalDatabaseFixture fixture)
{
    /// <summary>The most one change to the details may cost, the answer the page shows included.</summary>
    private const int MaxStatements = 5;

    [Fact]
    public async Task A_field_change_costs_a_handful_of_statements_stores_the_values_and_answers_what_the_page_shows()
    {
        var applicant = await fixture.NewUserAsync();
        var id = (await fixture.As(applicant).Start.HandleAsync(default)).Value;
        var counter = new StatementCounter();
        var edit = Edit(applicant, counter);

        // The whole form at once, a newly chosen orientation (checked for being still offered) and a county (checked
        // for lying in the province): the dearest change there is.
        var first = await edit.SaveDetailsAsync(id, new CooperativeDetailsInput(1, 6, 1,
            "تأمین کالاهای مصرفی اعضا با قیمت مناسب و توزیع در شهرستان", PortalDatabaseFixture.Zanjan, fixture.ZanjanCountyId,
            "زنجان، خیابان امام، پلاک ۱۲", "۴۵۱۵۶-۷۸۹۱۲", "02433456789"), default);
        Assert.True(first.Succeeded, first.Message);
        Assert.InRange(counter.Take(), 1, MaxStatements);

        // One field: the address, typed with Arabic ي and ك.
        var changed = await edit.SaveDetailsAsync(id, new CooperativeDetailsInput(1, 6, 1,
            "تأمین کالاهای مصرفی اعضا با قیمت مناسب و توزیع در شهرستان", PortalDatabaseFixture.Zanjan, fixture.ZanjanCountyId,
            "زنجان، كوي سعدي", "۴۵۱۵۶-۷۸۹۱۲", "۰۲۴۳۳۴۵۶۷۸۹"), default);
        Assert.True(changed.Succeeded, changed.Message);
        var statements = counter.Take();
        Assert.InRange(statements, 1, 3); // the row with its names and correction requests, the update, the county

        // Stored, normalized; and the answer is what the whole load says of the section.
        var view = (await fixture.As(applicant).Get.HandleAsync(id, default)).Value!;
        Assert.Equal("زنجان، کوی سعدی", view.Application.Details.Address);
        Assert.Equal("4515678912", view.Application.Details.PostalCode);
        Assert.Equal("02433456789", view.Application.Details.Phone);
        Assert.Equal(fixture.ZanjanCountyId, view.Application.Details.CountyId);
        var check = changed.Value!;
        Assert.Equal(ApplicationSection.Cooperative, check.Section);
        Assert.Equal(view.Sections[ApplicationSection.Cooperative], check.Status);
        Assert.Equal(SectionStatus.Completed, check.Status);
        Assert.Equal(view.ProblemsIn(ApplicationSection.Cooperative), check.Problems);
    }

    [Fact]
    public async Task The_answer_carries_the_sections_problems_as_the_whole_load_words_them()
    {
        var applicant = await fixture.NewUserAsync();
        var id = (await fixture.As(applicant).Start.HandleAsync(default)).Value;
        var tehranCounty = await TehranCountyAsync();
        var counter = new StatementCounter();

        var changed = await Edit(applicant, counter).SaveDetailsAsync(id,
            new CooperativeDetailsInput(null, null, null, "توليد", PortalDatabaseFixture.Zanjan, tehranCounty, null, "۱۲۳۴۵۶۷۸۹", "123"), default);

        Assert.True(changed.Succeeded, changed.Message);
        Assert.InRange(counter.Take(), 1, MaxStatements);
        var view = (await fixture.As(applicant).Get.HandleAsync(id, default)).Value!;
        var check = changed.Value!;
        Assert.Equal(SectionStatus.InProgress, check.Status);
        Assert.Equal(view.Sections[ApplicationSection.Cooperative], check.Status);
        Assert.Equal(view.ProblemsIn(ApplicationSection.Cooperative), check.Problems);
        Assert.Contains(check.Problems, p => p.Field == "CountyId" && p.Message == FormationValidator.CountyNotInProvince);
        Assert.Contains(check.Problems, p => p.Field == "ActivityDescription" && p.Message == FormationValidator.DescriptionTooShort);
        Assert.Contains(check.Problems, p => p.Field == "Phone" && p.Message == FormationValidator.PhoneInvalid);

        // Folded into the view the page holds, the section reads as a fresh load would.
        var before = (await fixture.As(applicant).Get.HandleAsync(id, default)).Value!;
        var folded = before.With(check);
        Assert.Equal(view.Problems, folded.Problems);
        Assert.Equal(view.Sections, folded.Sections);
    }

    [Fact]
    public async Task A_change_of_a_name_costs_a_handful_of_statements_and_answers_the_names_section()
    {
        var applicant = await fixture.NewUserAsync();
        var id = (await fixture.As(applicant).Start.HandleAsync(default)).Value;
        var counter = new StatementCounter();
        var edit = Edit(applicant, counter);
        Assert.True((await edit.SaveNamesAsync(id, ["تعاونی نخست", "تعاونی دوم"], default)).Succeeded);
        counter.Take();

        var changed = await edit.SaveNamesAsync(id, ["شركت تعاوني نيك", "تعاونی دوم"], default);

        Assert.True(changed.Succeeded, changed.Message);
        Assert.InRange(counter.Take(), 1, MaxStatements);
        var view = (await fixture.As(applicant).Get.HandleAsync(id, default)).Value!;
        Assert.Equal(["شرکت تعاونی نیک", "تعاونی دوم"], view.Application.ProposedNames.Select(n => n.Name));
        var check = changed.Value!;
        Assert.Equal((ApplicationSection.Names, SectionStatus.Completed), (check.Section, check.Status));
        Assert.Equal(view.Sections[ApplicationSection.Names], check.Status);
        Assert.Equal(view.ProblemsIn(ApplicationSection.Names), check.Problems);

        var duplicate = (await edit.SaveNamesAsync(id, ["تعاونی دوم", "تعاونی دوم"], default)).Value!;
        var again = (await fixture.As(applicant).Get.HandleAsync(id, default)).Value!;
        Assert.Equal(SectionStatus.InProgress, duplicate.Status);
        Assert.Equal(again.ProblemsIn(ApplicationSection.Names), duplicate.Problems);
        Assert.Single(duplicate.Problems);
    }

    [Fact]
    public async Task Someone_elses_application_is_not_found_and_nothing_is_written()
    {
        var owner = await fixture.NewUserAsync();
        var id = (await fixture.As(owner).Start.HandleAsync(default)).Value;
        var counter = new StatementCounter();

        var other = await Edit(await fixture.NewUserAsync(), counter).SaveDetailsAsync(id,
            new CooperativeDetailsInput(null, null, null, null, PortalDatabaseFixture.Zanjan, null, "نشانی دیگری", null, null), default);

        Assert.Equal(ErrorKind.NotFound, other.Kind);
        Assert.Null(other.Value);
        Assert.Equal(1, counter.Take());
        Assert.Equal(string.Empty, (await fixture.As(owner).Get.HandleAsync(id, default)).Value!.Application.Details.Address);
    }

    [Fact]
    public async Task A_change_made_elsewhere_between_the_read_and_the_write_is_refused_by_the_row_version()
    {
        var applicant = await fixture.NewUserAsync();
        var id = (await fixture.As(applicant).Start.HandleAsync(default)).Value;
        var counter = new StatementCounter
        {
            BeforeWrite = async () =>
            {
                var elsewhere = await fixture.As(applicant).Edit.SaveDetailsAsync(id,
                    new CooperativeDetailsInput(null, null, null, null, PortalDatabaseFixture.Zanjan, null, "نشانی از برگه دیگر", null, null), default);
                Assert.True(elsewhere.Succeeded, elsewhere.Message);
            },
        };

        var late = await Edit(applicant, counter).SaveDetailsAsync(id,
            new CooperativeDetailsInput(null, null, null, null, PortalDatabaseFixture.Zanjan, null, "نشانی این برگه", null, null), default);

        Assert.Equal((ErrorKind.Conflict, SaveResults.ChangedElsewhere), (late.Kind, late.Message));
        Assert.Equal("نشانی از برگه دیگر", (await fixture.As(applicant).Get.HandleAsync(id, default)).Value!.Application.Details.Address);
    }

    private EditDraftHandler Edit(ICurrentUser user, StatementCounter counter)
    {
        var services = fixture.Factory.Services;
        using var scope = services.CreateScope();
        var options = new DbContextOptionsBuilder<AppDbContext>(scope.ServiceProvider.GetRequiredService<DbContextOptions<AppDbContext>>())
            .AddInterceptors(counter)
            .Options;
        var context = new FormationContext(services.GetRequiredService<IFormationRulesProvider>(), new PortalClock(TimeProvider.System));
        return new EditDraftHandler(new CountedDb(options), new FixedUser(user), context);
    }

    private async Task<int> TehranCountyAsync()
    {
        await using var db = await fixture.Db.CreateAsync(default);
        return await db.Counties.Where(c => c.ProvinceId == PortalDatabaseFixture.Tehran).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
    }

    private sealed class CountedDb(DbContextOptions<AppDbContext> options) : IAppDbContextFactory
    {
        public Task<IAppDbContext> CreateAsync(CancellationToken cancellationToken) => Task.FromResult<IAppDbContext>(new AppDbContext(options));
    }

    private sealed class FixedUser(ICurrentUser user) : ICurrentUserService
    {
        public Task<ICurrentUser> GetAsync(CancellationToken cancellationToken) => Task.FromResult(user);
    }

    /// <summary>
    /// Counts the statements sent (a batched command counts each of its statements); optionally does something just
    /// before the first write.
    /// </summary>
    private sealed partial class StatementCounter : DbCommandInterceptor
    {
        private int _statements;

        public Func<Task>? BeforeWrite { get; set; }

        public int Take() => Interlocked.Exchange(ref _statements, 0);

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await CountAsync(command);
            return result;
        }

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await CountAsync(command);
            return result;
        }

        public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            await CountAsync(command);
            return result;
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Count(command);
            return result;
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Count(command);
            return result;
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Count(command);
            return result;
        }

        private async Task CountAsync(DbCommand command)
        {
            if (BeforeWrite is { } beforeWrite && !command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
            {
                BeforeWrite = null;
                await beforeWrite();
            }

            Count(command);
        }

        private void Count(DbCommand command) => Interlocked.Add(ref _statements, Boundary().Count(command.CommandText) + 1);

        /// <summary>A statement boundary inside one batched command (EF Core joins a save's statements with ";").</summary>
        [GeneratedRegex(@";\s*\n\s*\S")]
        private static partial Regex Boundary();
    }
}
