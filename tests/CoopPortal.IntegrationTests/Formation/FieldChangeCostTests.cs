using CoopPortal.Domain.Common;
using System.Data.Common;
using System.Text.RegularExpressions;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Time;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Application.Formation.Documents;
using CoopPortal.Application.Formation.EditDraft;
using CoopPortal.Application.Formation.GetApplication;
using CoopPortal.Domain.Formation;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Formation;

/// <summary>
/// What one field change on a section of a formation draft costs the database (issue 14, point 6): the details, the
/// names, a member, the founders, the declaration, a document. The statements are
/// counted (a count, not a timing) through an interceptor on the portal's own context options, like the bench's.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed partial class FieldChangeCostTests(PortalDatabaseFixture fixture)
{
    /// <summary>The most one change to the details may cost, the answer the page shows included.</summary>
    private const int MaxStatements = 5;

    /// <summary>The most one change of a member may cost: the row, the members, the save (the member and the row in one batch).</summary>
    private const int MaxMemberStatements = 4;

    /// <summary>
    /// The most an upload or a removal may cost on the handler's context: the row with its documents, the members (an
    /// in-kind share calls for the expert valuation), whether the orientation needs a licence, the document kinds, and
    /// the save (the document and the row in one batch). The bytes go through the document store's own context.
    /// </summary>
    private const int MaxDocumentStatements = 6;

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
    public async Task A_member_change_costs_a_handful_of_statements_and_answers_every_section_made_of_the_members()
    {
        var applicant = await fixture.NewUserAsync();
        var id = (await fixture.As(applicant).Start.HandleAsync(default)).Value;
        var counter = new StatementCounter();
        var edit = Edit(applicant, counter);

        // Three members, the applicant first, each holding a third of the capital (over the share cap), all founders.
        var ids = new List<Guid>();
        string[] codes = [applicant.NationalCode!, TestNationalCodes.Next(), TestNationalCodes.Next()];
        foreach (var code in codes)
        {
            var added = await edit.AddMemberAsync(id, Person(code, 10_000_000), default);
            Assert.True(added.Succeeded, added.Message);
            Assert.InRange(counter.Take(), 1, MaxMemberStatements);
            Assert.Equal(added.Value!.Changed, added.Value.Members[^1].Id);
            ids.Add(added.Value.Changed!.Value);
        }

        var founders = await edit.SetFoundersAsync(id, ids, default);
        Assert.True(founders.Succeeded, founders.Message);
        Assert.InRange(counter.Take(), 1, MaxMemberStatements + FormationRules.FoundersBoardSize - 1); // each founder's row in the batch
        await AssertSameAsLoadAsync(applicant, id, founders.Value!);
        Assert.Equal(SectionStatus.Completed, founders.Value!.Status);

        // One field of one member: the share, typed larger; the capital's share-cap problems move with it.
        var before = (await fixture.As(applicant).Get.HandleAsync(id, default)).Value!;
        var changed = await edit.UpdateMemberAsync(id, ids[1], Person(codes[1], 40_000_000), default);
        Assert.True(changed.Succeeded, changed.Message);
        Assert.InRange(counter.Take(), 1, MaxMemberStatements);
        var check = changed.Value!;
        Assert.Equal(ids[1], check.Changed);
        Assert.Equal([ApplicationSection.Members, ApplicationSection.FoundersBoard, ApplicationSection.Capital], check.Sections.Select(c => c.Section));
        var view = await AssertSameAsLoadAsync(applicant, id, check);
        Assert.Contains(check.Sections.Single(c => c.Section == ApplicationSection.Capital).Problems, p => p.Field == "Members[1].ShareSubscribed");
        Assert.Equal(40_000_000, view.Application.Members[1].ShareSubscribed);

        // Folded into the view the page held, everything reads as a fresh load would (no in-kind share: the documents
        // needed do not change).
        var folded = before.With(check);
        Assert.Equal(view.Problems, folded.Problems);
        Assert.Equal(view.Sections, folded.Sections);

        // Removing a founder: the founders board falls to two, and the members and the capital follow.
        var removed = await edit.RemoveMemberAsync(id, ids[0], default);
        Assert.True(removed.Succeeded, removed.Message);
        Assert.InRange(counter.Take(), 1, MaxMemberStatements);
        Assert.Null(removed.Value!.Changed);
        Assert.Equal(ids.Skip(1), removed.Value.Members.Select(m => m.Id));
        await AssertSameAsLoadAsync(applicant, id, removed.Value);
        Assert.Equal(SectionStatus.InProgress, removed.Value.Sections.Single(c => c.Section == ApplicationSection.FoundersBoard).Status);
        Assert.Contains(removed.Value.Sections.Single(c => c.Section == ApplicationSection.Members).Problems, p => p.Message == FormationValidator.ApplicantNotMember);
    }

    [Fact]
    public async Task The_declaration_costs_two_statements_and_answers_its_section()
    {
        var applicant = await fixture.NewUserAsync();
        var id = (await fixture.As(applicant).Start.HandleAsync(default)).Value;
        var counter = new StatementCounter();
        var edit = Edit(applicant, counter);

        var given = await edit.SetDeclarationAsync(id, true, default);
        Assert.True(given.Succeeded, given.Message);
        Assert.InRange(counter.Take(), 1, 2); // the row, the update
        await AssertSameAsLoadAsync(applicant, id, given.Value!);
        Assert.Equal((ApplicationSection.Declaration, SectionStatus.Completed), (given.Value!.Section, given.Value.Status));

        var taken = (await edit.SetDeclarationAsync(id, false, default)).Value!;
        await AssertSameAsLoadAsync(applicant, id, taken);
        Assert.Equal(FormationValidator.DeclarationRequired, Assert.Single(taken.Problems).Message);
    }

    [Fact]
    public async Task An_upload_and_a_removal_cost_a_handful_of_statements_and_answer_the_documents()
    {
        var applicant = await fixture.NewUserAsync();
        var id = (await fixture.As(applicant).Start.HandleAsync(default)).Value;
        var counter = new StatementCounter();
        var db = new CountedDb(CountedOptions(counter));
        var upload = new UploadDocumentHandler(db, new FixedUser(applicant), fixture.As(applicant).Files, Context());
        var remove = new RemoveDocumentHandler(db, new FixedUser(applicant), fixture.As(applicant).Files, Context());

        // An orientation that needs a licence, so that each of the rules' facts is asked for.
        Assert.True((await Edit(applicant, counter).SaveDetailsAsync(id, new CooperativeDetailsInput(null, await LicensedOrientationAsync(), null, null,
            PortalDatabaseFixture.Zanjan, null, null, null, null), default)).Succeeded);
        counter.Take();

        Result<DocumentsCheck> uploaded;
        using (var stream = new MemoryStream(PortalDatabaseFixture.SmallPdf))
        {
            uploaded = await upload.HandleAsync(id, DocumentKind.ProposalPlan, "طرح.pdf", PortalDatabaseFixture.SmallPdf.Length, stream, default);
        }

        Assert.True(uploaded.Succeeded, uploaded.Message);
        Assert.InRange(counter.Take(), 1, MaxDocumentStatements);
        var view = await AssertSameAsLoadAsync(applicant, id, uploaded.Value!.Section);
        var document = Assert.Single(uploaded.Value.Documents);
        Assert.Equal((uploaded.Value.Changed, "طرح.pdf"), (document.Id, document.FileName));
        Assert.Equal(view.Application.Documents.Select(d => d.Id), uploaded.Value.Documents.Select(d => d.Id));
        Assert.Equal(SectionStatus.InProgress, uploaded.Value.Section.Status);
        Assert.Contains(uploaded.Value.Section.Problems, p => p.Field == DocumentKind.ActivityLicence.ToString());

        var removed = await remove.HandleAsync(id, document.Id, default);
        Assert.True(removed.Succeeded, removed.Message);
        Assert.InRange(counter.Take(), 1, MaxDocumentStatements);
        await AssertSameAsLoadAsync(applicant, id, removed.Value!.Section);
        Assert.Empty(removed.Value.Documents);
        Assert.Null(removed.Value.Changed);
        Assert.Equal(SectionStatus.NotStarted, removed.Value.Section.Status);
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

    private static MemberDetails Person(string nationalCode, long share) =>
        new("عضو آزمون", "پدر", nationalCode, "1370/05/12", "09121234567", share, share / 2, null, null);

    /// <summary>A whole load of the application says of the checked section what the change answered.</summary>
    private async Task<ApplicationView> AssertSameAsLoadAsync(ICurrentUser user, Guid id, SectionCheck check)
    {
        var view = (await fixture.As(user).Get.HandleAsync(id, default)).Value!;
        Assert.Equal(view.Sections[check.Section], check.Status);
        Assert.Equal(view.ProblemsIn(check.Section), check.Problems);
        return view;
    }

    /// <summary>A whole load says of each section made of the members what the change answered, and holds the same members.</summary>
    private async Task<ApplicationView> AssertSameAsLoadAsync(ICurrentUser user, Guid id, MembersCheck check)
    {
        ApplicationView view = null!;
        foreach (var section in check.Sections)
        {
            view = await AssertSameAsLoadAsync(user, id, section);
        }

        Assert.Equal(
            view.Application.Members.Select(m => (m.Id, m.Position, m.FullName, m.NationalCode, m.ShareSubscribed, m.IsFounder)),
            check.Members.Select(m => (m.Id, m.Position, m.FullName, m.NationalCode, m.ShareSubscribed, m.IsFounder)));
        return view;
    }

    private EditDraftHandler Edit(ICurrentUser user, StatementCounter counter) =>
        new(new CountedDb(CountedOptions(counter)), new FixedUser(user), Context());

    private DbContextOptions<AppDbContext> CountedOptions(StatementCounter counter)
    {
        using var scope = fixture.Factory.Services.CreateScope();
        return new DbContextOptionsBuilder<AppDbContext>(scope.ServiceProvider.GetRequiredService<DbContextOptions<AppDbContext>>())
            .AddInterceptors(counter)
            .Options;
    }

    private FormationContext Context() =>
        new(fixture.Factory.Services.GetRequiredService<IFormationRulesProvider>(), new PortalClock(TimeProvider.System));

    private async Task<int> LicensedOrientationAsync()
    {
        await using var db = await fixture.Db.CreateAsync(default);
        return await db.Orientations.Where(o => o.IsActive && o.RequiresActivityLicence).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
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
