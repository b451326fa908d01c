using System.Security.Cryptography;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Formation.EditDraft;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Formation;

[Collection(DatabaseCollection.Name)]
public sealed class FormationJourneyTests(PortalDatabaseFixture fixture)
{
    [Fact]
    public async Task A_draft_is_saved_as_typed_and_resumed_later_with_nothing_lost()
    {
        var applicant = await fixture.NewUserAsync();
        var today = fixture.As(applicant);
        var id = (await today.Start.HandleAsync(default)).Value;

        await today.Edit.SaveNamesAsync(id, ["شركت تعاوني نيك", "", "تعاونی سوم"], default);
        await today.Edit.SaveDetailsAsync(id, new CooperativeDetailsInput(null, null, null, "توليد", PortalDatabaseFixture.Zanjan, null, null, "۱۲۳۴۵۶۷۸۹", null), default);
        var added = await today.Edit.AddMemberAsync(id, new MemberDetails("علي كريمي", null, "۰۰۷۶۲۲۹۶۴۶", "۱۳۷۰/۵/۱۲", "+98 912 111 2233", 5_000_000, null, null, null), default);
        Assert.True(added.Succeeded);

        // Tomorrow, a new session: everything typed is there, normalized, with its problems.
        var tomorrow = fixture.As(applicant);
        var view = (await tomorrow.Get.HandleAsync(id, default)).Value!;
        var app = view.Application;

        Assert.Equal(["شرکت تعاونی نیک", "", "تعاونی سوم"], app.ProposedNames.Select(n => n.Name));
        Assert.Equal("تولید", app.Details.ActivityDescription);
        Assert.Equal("123456789", app.Details.PostalCode);
        var member = Assert.Single(app.Members);
        Assert.Equal("علی کریمی", member.FullName);
        Assert.Equal("0076229646", member.NationalCode);
        Assert.Equal("1370/05/12", member.BirthDateJalali);
        Assert.Equal("09121112233", member.Mobile);
        Assert.Equal(ApplicationStatus.Draft, app.Status);
        Assert.Equal(SectionStatus.InProgress, view.Sections[ApplicationSection.Members]);
        Assert.Equal(SectionStatus.NotStarted, view.Sections[ApplicationSection.Documents]);
        Assert.Contains(view.Problems, p => p.Field == "PostalCode" && p.Message == Domain.ValueObjects.ValidationMessages.PostalCodeInvalid);
        Assert.Contains(view.Problems, p => p.Field == "Members[0].NationalCode");
        Assert.Contains(view.Problems, p => p.Field == "Names[1]");
        Assert.False(view.CanSubmit);

        var mine = await tomorrow.Mine.HandleAsync(default);
        Assert.Contains(mine, m => m.Id == id && m.FirstName == "شرکت تعاونی نیک" && m.Status == ApplicationStatus.Draft);
    }

    [Fact]
    public async Task An_incomplete_draft_is_refused_at_submission_with_the_problems_and_stays_a_draft()
    {
        var applicant = await fixture.NewUserAsync();
        var h = fixture.As(applicant);
        var id = (await h.Start.HandleAsync(default)).Value;

        var result = await h.Submit.HandleAsync(id, default);

        Assert.Equal(ErrorKind.Validation, result.Kind);
        Assert.Contains("Members.Members", result.Errors.Keys);
        Assert.Contains("Declaration.DeclarationAccepted", result.Errors.Keys);
        Assert.Equal(ApplicationStatus.Draft, (await h.Get.HandleAsync(id, default)).Value!.Application.Status);
    }

    [Fact]
    public async Task A_complete_application_is_submitted_with_a_tracking_code_a_timeline_entry_and_version_1()
    {
        var applicant = await fixture.NewUserAsync();
        var id = await fixture.CompleteApplicationAsync(applicant);
        var h = fixture.As(applicant);
        Assert.True((await h.Get.HandleAsync(id, default)).Value!.CanSubmit);

        var submitted = await h.Submit.HandleAsync(id, default);

        Assert.True(submitted.Succeeded);
        Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$", submitted.Value);
        var app = (await h.Get.HandleAsync(id, default)).Value!.Application;
        Assert.Equal(ApplicationStatus.Submitted, app.Status);
        Assert.Equal(submitted.Value, app.TrackingCode);
        var entry = Assert.Single(app.Events);
        Assert.Equal((ApplicationStatus.Draft, ApplicationStatus.Submitted), (entry.FromStatus, entry.ToStatus));
        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var version = await db.ApplicationVersions.SingleAsync(v => v.ApplicationId == id);
        Assert.Equal(1, version.Number);
        Assert.Contains(app.Members[0].NationalCode, version.ContentJson, StringComparison.Ordinal);

        var editAfter = await h.Edit.SaveNamesAsync(id, ["نام دیگر"], default);
        Assert.Equal(ErrorKind.Conflict, editAfter.Kind);
        Assert.Equal(FormationApplication.NotEditable, editAfter.Message);
    }

    [Fact]
    public async Task The_applicant_may_withdraw_a_submitted_application_but_not_a_draft()
    {
        var applicant = await fixture.NewUserAsync();
        var h = fixture.As(applicant);
        var draft = (await h.Start.HandleAsync(default)).Value;
        Assert.Equal(ErrorKind.Conflict, (await h.Withdraw.HandleAsync(draft, null, default)).Kind);

        var id = await fixture.CompleteApplicationAsync(applicant);
        await h.Submit.HandleAsync(id, default);
        Assert.True((await h.Withdraw.HandleAsync(id, "منصرف شدیم", default)).Succeeded);

        var app = (await h.Get.HandleAsync(id, default)).Value!.Application;
        Assert.Equal(ApplicationStatus.Withdrawn, app.Status);
        Assert.Equal("منصرف شدیم", app.Events[^1].Comment);
    }

    [Fact]
    public async Task Uploads_are_checked_by_content_and_size_and_download_gives_the_same_bytes()
    {
        var applicant = await fixture.NewUserAsync();
        var h = fixture.As(applicant);
        var id = (await h.Start.HandleAsync(default)).Value;

        var text = "this is only text, renamed to .pdf"u8.ToArray();
        using (var s = new MemoryStream(text))
        {
            var renamed = await h.Upload.HandleAsync(id, DocumentKind.ProposalPlan, "plan.pdf", text.Length, s, default);
            Assert.Equal([UploadRules.TypeNotAllowed], renamed.Errors["File"]);
        }

        var max = h.Upload.MaxBytes;
        using (var s = new MemoryStream())
        {
            var declaredTooBig = await h.Upload.HandleAsync(id, DocumentKind.ProposalPlan, "big.pdf", max + 1, s, default);
            Assert.Equal([UploadRules.TooLarge(max)], declaredTooBig.Errors["File"]);
        }

        var big = new byte[max + 10];
        PortalDatabaseFixture.SmallPdf.CopyTo(big, 0);
        using (var s = new MemoryStream(big))
        {
            // The declared size lies; the reading stops at the limit anyway.
            var actuallyTooBig = await h.Upload.HandleAsync(id, DocumentKind.ProposalPlan, "big.pdf", 100, s, default);
            Assert.Equal([UploadRules.TooLarge(max)], actuallyTooBig.Errors["File"]);
        }

        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];
        Guid documentId;
        using (var s = new MemoryStream(png))
        {
            var ok = await h.Upload.HandleAsync(id, DocumentKind.FoundersIdCards, "../../etc/کارت.pdf", png.Length, s, default);
            Assert.True(ok.Succeeded);
            documentId = ok.Value!.Changed!.Value;
        }

        var document = Assert.Single((await h.Get.HandleAsync(id, default)).Value!.Application.Documents);
        Assert.Equal("image/png", document.ContentType);
        Assert.Equal("کارت.png", document.FileName); // named after what the bytes are, not what the name said
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(png)), document.Sha256);

        var download = await h.Download.HandleAsync(id, documentId, default);
        Assert.Equal(png, download.Value!.Content);

        Assert.True((await h.RemoveDocument.HandleAsync(id, documentId, default)).Succeeded);
        Assert.Equal(ErrorKind.NotFound, (await h.Download.HandleAsync(id, documentId, default)).Kind);
    }

    [Fact]
    public async Task A_proposed_name_clashing_with_a_pending_application_of_the_same_province_is_found_after_normalization()
    {
        var first = await fixture.NewUserAsync();
        var unique = Guid.NewGuid().ToString("N")[..5];
        var id = await fixture.CompleteApplicationAsync(first, "تعاونی مهرآفرین");
        var h1 = fixture.As(first);
        var heldName = (await h1.Get.HandleAsync(id, default)).Value!.Application.ProposedNames[0].Name;
        await h1.Submit.HandleAsync(id, default);

        var second = await fixture.NewUserAsync();
        var typedWithArabicLetters = "شركت تعاوني " + heldName.Replace("تعاونی ", "", StringComparison.Ordinal).Replace("ی", "ي", StringComparison.Ordinal).Replace("\u200C", "", StringComparison.Ordinal);
        var clashes = await fixture.As(second).NameClash.HandleAsync(PortalDatabaseFixture.Zanjan, ["نام آزاد " + unique, typedWithArabicLetters], null, default);

        var clash = Assert.Single(clashes);
        Assert.Equal(1, clash.Index);
        Assert.Equal(heldName, clash.ClashesWith);
        Assert.Empty(await fixture.As(second).NameClash.HandleAsync(PortalDatabaseFixture.Tehran, [typedWithArabicLetters], null, default));
        Assert.Empty(await fixture.As(first).NameClash.HandleAsync(PortalDatabaseFixture.Zanjan, [heldName], id, default));
    }

    [Fact]
    public async Task Sent_back_for_correction_only_the_returned_sections_are_editable_and_resubmission_keeps_the_history()
    {
        var applicant = await fixture.NewUserAsync();
        var reviewer = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan);
        var id = await fixture.CompleteApplicationAsync(applicant);
        var h = fixture.As(applicant);
        await h.Submit.HandleAsync(id, default);

        await using (var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var app = await db.FormationApplications.Include(a => a.Corrections).Include(a => a.Events).SingleAsync(a => a.Id == id);
            app.Claim(reviewer.UserId!, DateTime.UtcNow);
            app.SendBack(reviewer.UserId!, [(ApplicationSection.Names, "Names[0]", "نام اول با نام یک تعاونی ثبت‌شده یکی است.")], DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        var view = (await h.Get.HandleAsync(id, default)).Value!;
        Assert.Equal(ApplicationStatus.ReturnedForCorrection, view.Application.Status);
        Assert.Equal(SectionStatus.NeedsCorrection, view.Sections[ApplicationSection.Names]);
        Assert.Equal("نام اول با نام یک تعاونی ثبت‌شده یکی است.", Assert.Single(view.Application.Corrections).Comment);

        var details = await h.Edit.SaveDetailsAsync(id, new CooperativeDetailsInput(1, 6, 1, "شرح تازه‌ای که نباید ذخیره شود چون این بخش بازنگشته", PortalDatabaseFixture.Zanjan, fixture.ZanjanCountyId, "نشانی", "4515678912", "02433456789"), default);
        Assert.Equal(FormationApplication.SectionNotReturned, details.Message);
        var newName = "تعاونی نام تازه " + Guid.NewGuid().ToString("N")[..6];
        Assert.True((await h.Edit.SaveNamesAsync(id, [newName], default)).Succeeded);
        Assert.Equal(ErrorKind.Validation, (await h.Submit.HandleAsync(id, default)).Kind); // the declaration must be given again
        Assert.True((await h.Edit.SetDeclarationAsync(id, true, default)).Succeeded);

        var resubmitted = await h.Submit.HandleAsync(id, default);

        Assert.True(resubmitted.Succeeded);
        var after = (await h.Get.HandleAsync(id, default)).Value!.Application;
        Assert.Equal(ApplicationStatus.Resubmitted, after.Status);
        Assert.Single(after.Corrections);
        Assert.Equal(4, after.Events.Count);
        await using var check = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Equal([1, 2], await check.ApplicationVersions.Where(v => v.ApplicationId == id).OrderBy(v => v.Number).Select(v => v.Number).ToListAsync());

        // The reviewer reads what changed between the two versions; a reviewer of another province reads nothing.
        var changes = await fixture.As(reviewer).Changes.HandleAsync(id, default);
        Assert.Equal((2, 1), (changes.Latest, changes.Previous));
        var renamed = Assert.Single(changes.Changes, c => c.Section == ApplicationSection.Names && c.What == "نام اولویت ۱");
        Assert.Equal(newName, renamed.After);
        Assert.DoesNotContain(changes.Changes, c => c.Section != ApplicationSection.Names);
        var elsewhere = await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan + 1);
        Assert.Same(Application.Formation.Versions.VersionChanges.None, await fixture.As(elsewhere).Changes.HandleAsync(id, default));
    }

    [Fact]
    public async Task Two_saves_of_the_same_application_from_stale_copies_do_not_both_win()
    {
        var applicant = await fixture.NewUserAsync();
        var id = (await fixture.As(applicant).Start.HandleAsync(default)).Value;
        var contexts = fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var first = await contexts.CreateDbContextAsync();
        await using var second = await contexts.CreateDbContextAsync();
        var a = await first.FormationApplications.SingleAsync(x => x.Id == id);
        var b = await second.FormationApplications.SingleAsync(x => x.Id == id);

        a.SetDeclaration(true, DateTime.UtcNow);
        await first.SaveChangesAsync();
        b.SetDeclaration(false, DateTime.UtcNow.AddSeconds(1));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task A_proposed_name_of_a_registered_cooperative_of_the_province_is_reported_as_taken()
    {
        var unique = Guid.NewGuid().ToString("N")[..5];
        await using (var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            db.Cooperatives.Add(new Domain.Cooperatives.Cooperative($"شرکت تعاونی فرش‌بافان {unique}", PortalDatabaseFixture.Zanjan, fixture.ZanjanCountyId, "۱۲۳۴", DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        var applicant = await fixture.NewUserAsync();
        var query = fixture.As(applicant).NameClash;

        var clash = Assert.Single(await query.HandleAsync(PortalDatabaseFixture.Zanjan, [$"تعاوني فرشبافان  {unique}"], null, default));
        Assert.True(clash.IsRegistered);
        Assert.Equal($"شرکت تعاونی فرش‌بافان {unique}", clash.ClashesWith);
        Assert.Empty(await query.HandleAsync(PortalDatabaseFixture.Tehran, [$"تعاونی فرش‌بافان {unique}"], null, default));
    }

    [Fact]
    public async Task Adding_myself_takes_the_name_national_code_and_mobile_from_the_account_and_only_on_my_own_application()
    {
        var (applicant, mobile) = await fixture.NewUnprovenUserAsync();
        var h = fixture.As(applicant);
        var id = (await h.Start.HandleAsync(default)).Value;
        var accounts = fixture.Factory.Services.GetRequiredService<Application.Accounts.IAccountProofing>();

        var added = await new Application.Accounts.AddMyself.AddMyselfHandler(h.Edit, new PortalDatabaseFixture.FixedUser(applicant), accounts).HandleAsync(id, default);

        Assert.True(added.Succeeded, added.Message);
        var member = Assert.Single((await h.Get.HandleAsync(id, default)).Value!.Application.Members);
        Assert.Equal(("کاربر ثبت‌نام‌کرده", applicant.ClaimedNationalCode, mobile), (member.FullName, member.NationalCode, member.Mobile));

        var stranger = await fixture.NewUserAsync();
        var refused = await new Application.Accounts.AddMyself.AddMyselfHandler(fixture.As(stranger).Edit, new PortalDatabaseFixture.FixedUser(stranger), accounts).HandleAsync(id, default);
        Assert.Equal(ErrorKind.NotFound, refused.Kind);
    }
}
