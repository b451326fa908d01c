using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Formation.EditDraft;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Infrastructure.Persistence;
using CoopPortal.IntegrationTests.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopPortal.IntegrationTests.Formation;

/// <summary>
/// What people type or upload beyond the portal's limits, on a real PostgreSQL: over-long text is kept within its column
/// (never PostgreSQL's 22001), nothing else typed is lost, invisible characters are not stored, and a case's files are
/// capped.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class InputLimitTests(PortalDatabaseFixture fixture)
{
    [Fact]
    public async Task A_150_character_member_name_is_saved_cut_to_its_column_with_everything_else_and_the_draft_keeps_working()
    {
        var applicant = await fixture.NewUserAsync();
        var h = fixture.As(applicant);
        var id = (await h.Start.HandleAsync(default)).Value;
        var added = await h.Edit.AddMemberAsync(id, new MemberDetails("عضو نخست", null, null, null, null, null, null, null, null), default);
        Assert.True(added.Succeeded);

        var name = new string('ن', 150);
        var typed = new MemberDetails(name, "پدر", applicant.NationalCode, "1370/05/12", "09121234567", 5_000_000, 2_000_000, null, null);
        var saved = await h.Edit.UpdateMemberAsync(id, added.Value!.Changed!.Value, typed, default);
        Assert.True(saved.Succeeded, saved.Message);
        Assert.Equal(FieldLengths.TooLong(FieldLengths.PersonName), Member.LengthProblem(nameof(Member.FullName), name));

        var member = Assert.Single((await h.Get.HandleAsync(id, default)).Value!.Application.Members);
        Assert.Equal(new string('ن', FieldLengths.PersonName), member.FullName);
        Assert.Equal("پدر", member.FatherName);
        Assert.Equal("09121234567", member.Mobile);
        Assert.Equal(5_000_000, member.ShareSubscribed);

        // The draft goes on: the next change is saved as usual.
        var next = await h.Edit.UpdateMemberAsync(id, added.Value!.Changed!.Value, typed with { FullName = "مریم کاظمی" }, default);
        Assert.True(next.Succeeded, next.Message);
        Assert.Equal("مریم کاظمی", Assert.Single((await h.Get.HandleAsync(id, default)).Value!.Application.Members).FullName);
    }

    [Fact]
    public async Task Over_long_details_and_names_are_saved_within_their_columns_and_a_right_to_left_override_is_not_stored()
    {
        var applicant = await fixture.NewUserAsync();
        var h = fixture.As(applicant);
        var id = (await h.Start.HandleAsync(default)).Value;

        var details = await h.Edit.SaveDetailsAsync(id, new CooperativeDetailsInput(1, 6, 1, new string('ش', 2500), PortalDatabaseFixture.Zanjan,
            fixture.ZanjanCountyId, "زنجان\u202E، خیابان امام" + new string('،', 600), "۴۵۱۵۶-۷۸۹۱۲", "02433456789"), default);
        Assert.True(details.Succeeded, details.Message);
        var names = await h.Edit.SaveNamesAsync(id, ["تعاونی \u202Eمهر" + new string('م', 300)], default);
        Assert.True(names.Succeeded, names.Message);

        var application = (await h.Get.HandleAsync(id, default)).Value!.Application;
        Assert.Equal(FieldLengths.ActivityDescription, application.Details.ActivityDescription.Length);
        Assert.Equal(FieldLengths.Address, application.Details.Address.Length);
        Assert.DoesNotContain('\u202E', application.Details.Address);
        Assert.Equal("4515678912", application.Details.PostalCode);
        Assert.Equal(FieldLengths.CooperativeName, application.ProposedNames[0].Name.Length);
        Assert.StartsWith("تعاونی مهر", application.ProposedNames[0].Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_too_long_for_its_column_that_no_rule_cut_is_a_persian_conflict_not_a_crash()
    {
        var applicant = await fixture.NewUserAsync();
        await using var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var application = FormationApplication.Start(applicant.UserId!, applicant.NationalCode!, DateTime.UtcNow);
        db.FormationApplications.Add(application);
        db.Entry(application).Property(a => a.ApplicantNationalCode).CurrentValue = new string('1', 40);

        var result = await SaveResults.SaveAsync(() => db.SaveChangesAsync());

        Assert.Equal(ErrorKind.Conflict, result.Kind);
        Assert.Equal(SaveResults.ValueTooLong, result.Message);
    }

    [Fact]
    public async Task A_draft_takes_as_many_files_as_the_cap_then_refuses_one_more_naming_the_cap_and_names_them_after_their_type()
    {
        var applicant = await fixture.NewUserAsync();
        var h = fixture.As(applicant);
        var id = (await h.Start.HandleAsync(default)).Value;
        var cap = fixture.Factory.Services.GetRequiredService<IOptions<UploadOptions>>().Value.MaxFilesPerCase;

        for (var i = 0; i < cap; i++)
        {
            using var stream = new MemoryStream(PortalDatabaseFixture.SmallPdf);
            var uploaded = await h.Upload.HandleAsync(id, DocumentKind.Other, i == 0 ? "polyglot.html" : "invoice\u202Efdp.exe", PortalDatabaseFixture.SmallPdf.Length, stream, default);
            Assert.True(uploaded.Succeeded, uploaded.Message);
        }

        using (var stream = new MemoryStream(PortalDatabaseFixture.SmallPdf))
        {
            var refused = await h.Upload.HandleAsync(id, DocumentKind.Other, "one-more.pdf", PortalDatabaseFixture.SmallPdf.Length, stream, default);
            Assert.Equal(ErrorKind.Validation, refused.Kind);
            Assert.Equal([UploadRules.TooManyFiles(cap)], refused.Errors[UploadIntake.FileField]);
            Assert.Contains(PersianNumbers.Format(cap), refused.Errors[UploadIntake.FileField][0], StringComparison.Ordinal);
        }

        var documents = (await h.Get.HandleAsync(id, default)).Value!.Application.Documents;
        Assert.Equal(cap, documents.Count);
        Assert.Equal("polyglot.pdf", documents[0].FileName);
        Assert.All(documents.Skip(1), d => Assert.Equal("invoicefdp.pdf", d.FileName));
    }
}
