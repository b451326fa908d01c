using CoopPortal.Application.Administration.ReferenceData;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Common.Staff;
using CoopPortal.Application.Formation.Documents;
using CoopPortal.Application.Formation.EditDraft;
using CoopPortal.Application.ReferenceData;
using CoopPortal.Domain.Administration;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.ReferenceData;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Administration;

/// <summary>
/// An administrator edits orientations and document kinds; the next application reads the change from the database.
/// These tests share the formation portal, so every seeded item they change is put back at the end (new orientations
/// they add are left retired; the audit is append-only).
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class ReferenceDataTests(PortalDatabaseFixture fixture)
{
    private const int BorderResidents = 15;

    private ReferenceDataHandler Handler(ICurrentUser user) =>
        new(fixture.Db, new FixedUser(user), fixture.Factory.Services.GetRequiredService<IStaffDirectory>(), TimeProvider.System);

    [Theory]
    [InlineData(Roles.Applicant)]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.HeadOfOffice)]
    public async Task Only_an_admin_may_see_or_change_reference_data_and_nothing_is_stored_for_others(string role)
    {
        var user = await fixture.NewUserAsync(role, role == Roles.Applicant ? null : PortalDatabaseFixture.Zanjan);
        var handler = Handler(user);

        Assert.Equal(ErrorKind.Forbidden, (await handler.GetAsync(default)).Kind);
        var renamed = await handler.SaveOrientationAsync(new OrientationInput(BorderResidents, null, "مرزنشینان استان", "15", true, false), default);
        var added = await handler.SaveOrientationAsync(new OrientationInput(null, "smuggling", "کولبری", "30", true, false), default);
        var document = await handler.SaveDocumentTypeAsync(new DocumentTypeInput(DocumentKind.Other, "مدارک دیگر", null, "5", true), default);

        Assert.All(new Result[] { renamed, added, document }, r => Assert.Equal((ErrorKind.Forbidden, ReferenceDataHandler.NotAdmin), (r.Kind, r.Message)));
        await using var db = await NewContextAsync();
        Assert.Equal("مرزنشینان", await db.Orientations.Where(o => o.Id == BorderResidents).Select(o => o.Title).SingleAsync());
        Assert.False(await db.Orientations.AnyAsync(o => o.Code == "smuggling"));
        Assert.Equal("سایر مدارک", await db.DocumentTypes.Where(t => t.Kind == DocumentKind.Other).Select(t => t.Title).SingleAsync());
        Assert.False(await db.AuditEntries.AnyAsync(a => a.ActorUserId == user.UserId));
    }

    [Fact]
    public async Task An_admins_change_is_stored_and_audited_field_by_field_with_actor_and_old_and_new_values()
    {
        var admin = await fixture.NewUserAsync(Roles.Admin);
        var handler = Handler(admin);
        var before = (await handler.GetAsync(default)).Value!.Orientations.Single(o => o.Id == BorderResidents);
        try
        {
            var saved = await handler.SaveOrientationAsync(
                new OrientationInput(BorderResidents, "ignored", "مرزنشينان و مناطق مرزي", "۲۵", true, true, before.Version), default);
            Assert.True(saved.Succeeded, saved.Message);

            var after = (await handler.GetAsync(default)).Value!;
            var row = after.Orientations.Single(o => o.Id == BorderResidents);
            Assert.Equal(("border-residents", "مرزنشینان و مناطق مرزی", 25, true, true), (row.Code, row.Title, row.SortOrder, row.IsActive, row.RequiresActivityLicence));

            await using var db = await NewContextAsync();
            var audit = await db.AuditEntries.AsNoTracking().Where(a => a.ActorUserId == admin.UserId).ToListAsync();
            Assert.Equal(3, audit.Count); // title, order, licence; the active switch did not change
            Assert.All(audit, a => Assert.Equal((AuditArea.ReferenceData, "orientation:border-residents"), (a.Area, a.Subject)));
            Assert.Contains(audit, a => a is { OldValue: "مرزنشینان", NewValue: "مرزنشینان و مناطق مرزی" });
            Assert.Contains(audit, a => a is { OldValue: "15", NewValue: "25" });
            Assert.Contains(audit, a => a is { OldValue: "خیر", NewValue: "بله" });
            var titleLine = after.History.First(h => h.NewValue == "مرزنشینان و مناطق مرزی");
            Assert.Equal("کاربر آزمون", titleLine.Actor);
            Assert.Equal("گرایش «مرزنشینان و مناطق مرزی»", titleLine.Item);
            Assert.Equal("عنوان گرایش «مرزنشینان» از «مرزنشینان» به «مرزنشینان و مناطق مرزی» تغییر کرد.", titleLine.Description);

            // The form opened before the change is stale now: refused, nothing changes.
            var stale = await handler.SaveOrientationAsync(new OrientationInput(BorderResidents, null, "مرزنشینان", "15", true, false, before.Version), default);
            Assert.Equal((ErrorKind.Conflict, ReferenceDataHandler.ChangedMeanwhile), (stale.Kind, stale.Message));
            Assert.Equal(3, await db.AuditEntries.CountAsync(a => a.ActorUserId == admin.UserId));
        }
        finally
        {
            var restored = await handler.SaveOrientationAsync(new OrientationInput(BorderResidents, null, before.Title, "15", true, false), default);
            Assert.True(restored.Succeeded, restored.Message);
        }
    }

    [Fact]
    public async Task Duplicate_titles_and_codes_and_invalid_fields_are_refused_per_field_in_Persian()
    {
        var admin = await fixture.NewUserAsync(Roles.Admin);
        var handler = Handler(admin);

        // «كشاورزي» with Arabic kaf and yeh reads as the seeded «کشاورزی».
        var duplicate = await handler.SaveOrientationAsync(new OrientationInput(null, "agriculture", "كشاورزي", "۳۰", true, false), default);
        Assert.Equal(ErrorKind.Validation, duplicate.Kind);
        Assert.Equal(ReferenceDataRules.DuplicateTitle("کشاورزی"), Assert.Single(duplicate.Errors[ReferenceDataRules.TitleField]));
        Assert.Equal(ReferenceDataRules.DuplicateCode("agriculture"), Assert.Single(duplicate.Errors[ReferenceDataRules.CodeField]));

        var renamedOntoAnother = await handler.SaveOrientationAsync(new OrientationInput(BorderResidents, null, "صنعتی", "15", true, false), default);
        Assert.Equal(ReferenceDataRules.DuplicateTitle("صنعتی"), Assert.Single(renamedOntoAnother.Errors[ReferenceDataRules.TitleField]));

        var invalid = await handler.SaveOrientationAsync(new OrientationInput(null, "Eco Tourism", "Tourism", "صفر", true, false), default);
        Assert.Equal(ReferenceDataRules.CodeInvalid, Assert.Single(invalid.Errors[ReferenceDataRules.CodeField]));
        Assert.Equal(ReferenceDataRules.TitleNotPersian, Assert.Single(invalid.Errors[ReferenceDataRules.TitleField]));
        Assert.Equal(ReferenceDataRules.SortOrderInvalid, Assert.Single(invalid.Errors[ReferenceDataRules.SortOrderField]));

        var documentTitle = await handler.SaveDocumentTypeAsync(new DocumentTypeInput(DocumentKind.Other, "طرح پیشنهادی (توجیهی) فعالیت", null, "5", true), default);
        Assert.Equal(ReferenceDataRules.DuplicateTitle("طرح پیشنهادی (توجیهی) فعالیت"), Assert.Single(documentTitle.Errors[ReferenceDataRules.TitleField]));
        var retireRequired = await handler.SaveDocumentTypeAsync(new DocumentTypeInput(DocumentKind.ActivityLicence, "مجوز فعالیت از مرجع ذی‌صلاح", null, "3", false), default);
        Assert.Equal(DocumentType.CannotRetire("مجوز فعالیت از مرجع ذی‌صلاح"), Assert.Single(retireRequired.Errors[ReferenceDataRules.IsActiveField]));

        await using var db = await NewContextAsync();
        Assert.False(await db.AuditEntries.AnyAsync(a => a.ActorUserId == admin.UserId));
        Assert.Equal(19, await db.Orientations.CountAsync(o => o.Id <= 19));
        Assert.True(await db.DocumentTypes.Where(t => t.Kind == DocumentKind.ActivityLicence).Select(t => t.IsActive).SingleAsync());
    }

    [Fact]
    public async Task A_retired_orientation_is_not_offered_to_a_new_application_but_an_application_keeping_it_still_shows_its_title()
    {
        var admin = await fixture.NewUserAsync(Roles.Admin);
        var handler = Handler(admin);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var title = "گردشگری روستایی " + PersianDigits.ToPersian(Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var added = await handler.SaveOrientationAsync(new OrientationInput(null, "rural-tourism-" + suffix, title, "40", true, true), default);
        Assert.True(added.Succeeded, added.Message);
        var orientationId = added.Value;
        Assert.Contains(Lookups.Offered((await LoadLookupsAsync()).Orientations, null), o => o.Id == orientationId);

        var earlier = await fixture.NewUserAsync();
        var kept = await fixture.CompleteApplicationAsync(earlier);
        Assert.True((await fixture.As(earlier).Edit.SaveDetailsAsync(kept, Details(orientationId), default)).Succeeded);
        var licence = (await fixture.As(earlier).Get.HandleAsync(kept, default)).Value!;
        Assert.Contains(DocumentKind.ActivityLicence, licence.RequiredDocuments); // the new orientation needs a licence

        var version = (await handler.GetAsync(default)).Value!.Orientations.Single(o => o.Id == orientationId).Version;
        var retired = await handler.SaveOrientationAsync(new OrientationInput(orientationId, null, title, "40", false, true, version), default);
        Assert.True(retired.Succeeded, retired.Message);

        // Not offered, and not accepted when sent anyway, for a new application.
        var lookups = await LoadLookupsAsync();
        Assert.DoesNotContain(Lookups.Offered(lookups.Orientations, null), o => o.Id == orientationId);
        var newcomer = await fixture.NewUserAsync();
        var fresh = (await fixture.As(newcomer).Start.HandleAsync(default)).Value;
        var refused = await fixture.As(newcomer).Edit.SaveDetailsAsync(fresh, Details(orientationId), default);
        Assert.Equal((ErrorKind.Conflict, EditDraftHandler.OrientationRetired), (refused.Kind, refused.Message));
        Assert.Null((await fixture.As(newcomer).Get.HandleAsync(fresh, default)).Value!.Application.Details.OrientationId);

        // The application that chose it keeps it, still shows its title and can still be saved and submitted.
        Assert.Contains(Lookups.Offered(lookups.Orientations, orientationId), o => o.Id == orientationId);
        Assert.Equal(title, lookups.OrientationTitle(orientationId));
        Assert.True((await fixture.As(earlier).Edit.SaveDetailsAsync(kept, Details(orientationId), default)).Succeeded);
        var summary = await fixture.As(earlier).Summary.BuildAsync(kept, default);
        Assert.Contains(summary!.Sections.SelectMany(s => s.Fields), f => f.Label == "گرایش" && f.Value == title);
        using (var stream = new MemoryStream(PortalDatabaseFixture.SmallPdf))
        {
            Assert.True((await fixture.As(earlier).Upload.HandleAsync(kept, DocumentKind.ActivityLicence, "مجوز.pdf", PortalDatabaseFixture.SmallPdf.Length, stream, default)).Succeeded);
        }

        var submitted = await fixture.As(earlier).Submit.HandleAsync(kept, default);
        Assert.True(submitted.Succeeded, submitted.Message);
    }

    [Fact]
    public async Task A_renamed_document_kind_shows_up_in_the_next_applications_requirements_and_a_retired_optional_kind_is_refused()
    {
        var admin = await fixture.NewUserAsync(Roles.Admin);
        var handler = Handler(admin);
        var original = (await handler.GetAsync(default)).Value!.DocumentTypes.ToDictionary(t => t.Kind);
        try
        {
            var renamed = await handler.SaveDocumentTypeAsync(new DocumentTypeInput(
                DocumentKind.ProposalPlan, "طرح كسب‌وكار تعاوني", "برآورد سرمايه، اشتغال و فروش سه سال نخست.", "۱", true, original[DocumentKind.ProposalPlan].Version), default);
            Assert.True(renamed.Succeeded, renamed.Message);
            var moved = await handler.SaveDocumentTypeAsync(new DocumentTypeInput(DocumentKind.FoundersIdCards, original[DocumentKind.FoundersIdCards].Title, original[DocumentKind.FoundersIdCards].Description, "9", true), default);
            Assert.True(moved.Succeeded, moved.Message);
            var retired = await handler.SaveDocumentTypeAsync(new DocumentTypeInput(DocumentKind.Other, "سایر مدارک", original[DocumentKind.Other].Description, "5", false), default);
            Assert.True(retired.Succeeded, retired.Message);

            var applicant = await fixture.NewUserAsync();
            var id = (await fixture.As(applicant).Start.HandleAsync(default)).Value;
            var view = (await fixture.As(applicant).Get.HandleAsync(id, default)).Value!;
            Assert.Equal("طرح کسب‌وکار تعاونی", view.DocumentTypes.Title(DocumentKind.ProposalPlan));
            Assert.Equal("برآورد سرمایه، اشتغال و فروش سه سال نخست.", view.DocumentTypes.Description(DocumentKind.ProposalPlan));
            Assert.Contains(view.Problems, p => p.Field == nameof(DocumentKind.ProposalPlan) && p.Message == "طرح کسب‌وکار تعاونی را بارگذاری کنید.");
            Assert.Equal([DocumentKind.ProposalPlan, DocumentKind.FoundersIdCards], view.ListedDocumentKinds); // the admin's order; «other» retired

            using var stream = new MemoryStream(PortalDatabaseFixture.SmallPdf);
            var other = await fixture.As(applicant).Upload.HandleAsync(id, DocumentKind.Other, "نامه.pdf", PortalDatabaseFixture.SmallPdf.Length, stream, default);
            Assert.Equal(UploadDocumentHandler.KindRetired("سایر مدارک"), Assert.Single(other.Errors[UploadDocumentHandler.FileField]));

            await using var db = await NewContextAsync();
            var audit = await db.AuditEntries.AsNoTracking().Where(a => a.ActorUserId == admin.UserId).ToListAsync();
            Assert.Contains(audit, a => a is { Subject: "document-type:ProposalPlan", OldValue: "طرح پیشنهادی (توجیهی) فعالیت", NewValue: "طرح کسب‌وکار تعاونی" });
            Assert.Contains(audit, a => a is { Subject: "document-type:Other", OldValue: "فعال", NewValue: "غیرفعال" });
        }
        finally
        {
            foreach (var type in original.Values)
            {
                var restored = await handler.SaveDocumentTypeAsync(new DocumentTypeInput(type.Kind, type.Title, type.Description, type.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture), type.IsActive), default);
                Assert.True(restored.Succeeded, restored.Message);
            }
        }
    }

    [Fact]
    public async Task An_added_required_kind_is_asked_of_unsent_applications_until_it_is_retired()
    {
        var admin = await fixture.NewUserAsync(Roles.Admin);
        var handler = Handler(admin);
        var applicant = await fixture.NewUserAsync();
        var id = await fixture.CompleteApplicationAsync(applicant);
        Assert.True((await fixture.As(applicant).Get.HandleAsync(id, default)).Value!.CanSubmit);
        var suffix = new string(Enumerable.Range(0, 4).Select(_ => "ابپتجچدرزسشفقلمنه"[Random.Shared.Next(17)]).ToArray());
        DocumentTypeRow? added = null;
        try
        {
            // Typed with Arabic ي/ك; stored normalized. Added as required of every application.
            var saved = await handler.SaveDocumentTypeAsync(new DocumentTypeInput(null, $"گواهي عدم سوء پيشينه {suffix}", "از سامانه‌ی سخا، برای هر سه عضو هیئت مؤسس.", "۶", true, null, RequiredOfAll: true), default);
            Assert.True(saved.Succeeded, saved.Message);
            var title = $"گواهی عدم سوء پیشینه {suffix}";
            added = Assert.Single((await handler.GetAsync(default)).Value!.DocumentTypes, t => t.Title == title);
            Assert.False(added.IsBuiltIn);
            Assert.False(added.IsRequiredByRules);
            Assert.True(added.RequiredOfAll);
            Assert.StartsWith("Custom-", added.Kind.Code, StringComparison.Ordinal);

            // The draft that was ready now asks for it, by its title, and lists it on the documents page.
            var view = (await fixture.As(applicant).Get.HandleAsync(id, default)).Value!;
            Assert.False(view.CanSubmit);
            var problem = Assert.Single(view.Problems);
            Assert.Equal((ApplicationSection.Documents, added.Kind.Code, $"{title} را بارگذاری کنید."), (problem.Section, problem.Field, problem.Message));
            Assert.Contains(added.Kind, view.RequiredDocuments);
            Assert.Contains(added.Kind, view.ListedDocumentKinds);
            var refused = await fixture.As(applicant).Submit.HandleAsync(id, default);
            Assert.False(refused.Succeeded);

            // A kind made up outside the page is refused with a message, not an error.
            using (var stream = new MemoryStream(PortalDatabaseFixture.SmallPdf))
            {
                var unknown = await fixture.As(applicant).Upload.HandleAsync(id, new DocumentKind("Custom-000000000000"), "x.pdf", PortalDatabaseFixture.SmallPdf.Length, stream, default);
                Assert.Equal(UploadDocumentHandler.UnknownKind, Assert.Single(unknown.Errors[UploadDocumentHandler.FileField]));
            }

            using (var stream = new MemoryStream(PortalDatabaseFixture.SmallPdf))
            {
                Assert.True((await fixture.As(applicant).Upload.HandleAsync(id, added.Kind, "گواهی.pdf", PortalDatabaseFixture.SmallPdf.Length, stream, default)).Succeeded);
            }

            view = (await fixture.As(applicant).Get.HandleAsync(id, default)).Value!;
            Assert.Empty(view.Problems);
            Assert.Equal(title, view.DocumentTypes.Title(Assert.Single(view.Application.Documents, d => d.Kind == added.Kind).Kind));

            // Retired: a new application no longer lists or needs it.
            var retired = await handler.SaveDocumentTypeAsync(new DocumentTypeInput(added.Kind, title, added.Description, "6", false, null, RequiredOfAll: true), default);
            Assert.True(retired.Succeeded, retired.Message);
            var later = await fixture.NewUserAsync();
            var laterId = await fixture.CompleteApplicationAsync(later);
            var laterView = (await fixture.As(later).Get.HandleAsync(laterId, default)).Value!;
            Assert.True(laterView.CanSubmit);
            Assert.DoesNotContain(added.Kind, laterView.ListedDocumentKinds);

            await using var db = await NewContextAsync();
            var audit = await db.AuditEntries.AsNoTracking().Where(a => a.ActorUserId == admin.UserId).ToListAsync();
            Assert.Contains(audit, a => a.Subject == "document-type:" + added.Kind.Code && a.OldValue == null && a.NewValue!.Contains("لازم برای همه درخواست‌ها: بله", StringComparison.Ordinal));
            Assert.Contains(audit, a => a is { OldValue: "فعال", NewValue: "غیرفعال" } && a.Subject == "document-type:" + added.Kind.Code);
        }
        finally
        {
            if (added is not null)
            {
                // Left retired and optional, so the other tests of this portal never meet it.
                var reset = await handler.SaveDocumentTypeAsync(new DocumentTypeInput(added.Kind, added.Title, added.Description, "6", false), default);
                Assert.True(reset.Succeeded, reset.Message);
            }
        }
    }

    [Fact]
    public async Task A_built_in_kind_cannot_be_made_required_of_all_and_an_added_kind_needs_a_unique_title()
    {
        var handler = Handler(await fixture.NewUserAsync(Roles.Admin));
        var types = (await handler.GetAsync(default)).Value!.DocumentTypes.ToDictionary(t => t.Kind);

        var builtIn = await handler.SaveDocumentTypeAsync(new DocumentTypeInput(DocumentKind.Other, types[DocumentKind.Other].Title, types[DocumentKind.Other].Description, "5", true, null, RequiredOfAll: true), default);
        Assert.Equal(DocumentType.BuiltInCannotBeRequired, Assert.Single(builtIn.Errors[ReferenceDataRules.RequiredOfAllField]));

        var duplicate = await handler.SaveDocumentTypeAsync(new DocumentTypeInput(null, "طرح پيشنهادي (توجيهي) فعاليت", null, "6", true), default);
        Assert.Equal(ErrorKind.Validation, duplicate.Kind);
        Assert.True(duplicate.Errors.ContainsKey(ReferenceDataRules.TitleField));

        var empty = await handler.SaveDocumentTypeAsync(new DocumentTypeInput(null, "  ", null, "x", true), default);
        Assert.True(empty.Errors.ContainsKey(ReferenceDataRules.TitleField));
        Assert.True(empty.Errors.ContainsKey(ReferenceDataRules.SortOrderField));

        Assert.Equal(types.Count, (await handler.GetAsync(default)).Value!.DocumentTypes.Count);
        var reviewer = Handler(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        Assert.Equal(ErrorKind.Forbidden, (await reviewer.SaveDocumentTypeAsync(new DocumentTypeInput(null, "مدرک تازه", null, "6", true), default)).Kind);
    }

    [Fact]
    public async Task The_page_shows_both_lists_to_admins_only()
    {
        var admin = await fixture.SignedInClientAsync(await fixture.NewUserAsync(Roles.Admin));
        var head = await fixture.SignedInClientAsync(await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Zanjan));

        var page = await admin.Http.GetStringAsync(new Uri("/admin/reference-data", UriKind.Relative));
        Assert.Contains("id=\"orientation-row-agriculture\"", page, StringComparison.Ordinal);
        Assert.Contains("کشاورزی", page, StringComparison.Ordinal);
        Assert.Contains("انواع مدارک", page, StringComparison.Ordinal);

        using var refused = await head.Http.GetAsync(new Uri("/admin/reference-data", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", refused.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    private CooperativeDetailsInput Details(int orientationId) => new(1, orientationId, 1,
        "خدمات گردشگری روستایی و اقامتگاه بوم‌گردی برای اعضا", PortalDatabaseFixture.Zanjan, fixture.ZanjanCountyId,
        "زنجان، خیابان امام، پلاک ۱۲", "۴۵۱۵۶-۷۸۹۱۲", "02433456789");

    private Task<Lookups> LoadLookupsAsync() => new LookupsQuery(fixture.Db).HandleAsync(default);

    private async Task<AppDbContext> NewContextAsync() =>
        await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

    private sealed class FixedUser(ICurrentUser user) : ICurrentUserService
    {
        public Task<ICurrentUser> GetAsync(CancellationToken cancellationToken) => Task.FromResult(user);
    }
}
