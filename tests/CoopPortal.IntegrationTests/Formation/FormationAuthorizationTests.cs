using CoopPortal.Application.Common.Results;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Users;

using CoopPortal.IntegrationTests.Common;

namespace CoopPortal.IntegrationTests.Formation;

/// <summary>An application exists only for its applicant and, once submitted, for the staff of its province.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class FormationAuthorizationTests(PortalDatabaseFixture fixture)
{
    [Fact]
    public async Task Another_applicant_gets_not_found_for_every_use_case()
    {
        var owner = await fixture.NewUserAsync();
        var id = await fixture.CompleteApplicationAsync(owner);
        var documentId = (await fixture.As(owner).Get.HandleAsync(id, default)).Value!.Application.Documents[0].Id;
        var other = fixture.As(await fixture.NewUserAsync());

        Assert.Equal(ErrorKind.NotFound, (await other.Get.HandleAsync(id, default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await other.Edit.SaveNamesAsync(id, ["ربودن نام"], default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await other.Edit.AddMemberAsync(id, new MemberDetails("x", "y", "0076229645", null, null, 1, null, null, null), default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await other.Edit.SetDeclarationAsync(id, false, default)).Kind);
        using (var s = new MemoryStream(PortalDatabaseFixture.SmallPdf))
        {
            Assert.Equal(ErrorKind.NotFound, (await other.Upload.HandleAsync(id, DocumentKind.Other, "x.pdf", s.Length, s, default)).Kind);
        }

        Assert.Equal(ErrorKind.NotFound, (await other.Download.HandleAsync(id, documentId, default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await other.RemoveDocument.HandleAsync(id, documentId, default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await other.Submit.HandleAsync(id, default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await other.Withdraw.HandleAsync(id, null, default)).Kind);
        Assert.DoesNotContain(await other.Mine.HandleAsync(default), m => m.Id == id);

        // Nothing changed for the owner.
        Assert.True((await fixture.As(owner).Get.HandleAsync(id, default)).Value!.Application.DeclarationAccepted);
    }

    [Fact]
    public async Task Reviewers_see_submitted_applications_of_their_province_only_and_never_drafts()
    {
        var owner = await fixture.NewUserAsync();
        var id = await fixture.CompleteApplicationAsync(owner);
        var documentId = (await fixture.As(owner).Get.HandleAsync(id, default)).Value!.Application.Documents[0].Id;
        var zanjan = fixture.As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        var tehran = fixture.As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Tehran));
        var tehranHead = fixture.As(await fixture.NewUserAsync(Roles.HeadOfOffice, PortalDatabaseFixture.Tehran));

        Assert.Equal(ErrorKind.NotFound, (await zanjan.Get.HandleAsync(id, default)).Kind);

        await fixture.As(owner).Submit.HandleAsync(id, default);

        var seen = await zanjan.Get.HandleAsync(id, default);
        Assert.True(seen.Succeeded);
        Assert.False(seen.Value!.IsOwner);
        Assert.True((await zanjan.Download.HandleAsync(id, documentId, default)).Succeeded);
        Assert.Equal(ErrorKind.NotFound, (await tehran.Get.HandleAsync(id, default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await tehran.Download.HandleAsync(id, documentId, default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await tehranHead.Get.HandleAsync(id, default)).Kind);

        // Seeing is not changing: a reviewer cannot edit or withdraw the applicant's application.
        Assert.Equal(ErrorKind.NotFound, (await zanjan.Edit.SaveNamesAsync(id, ["x"], default)).Kind);
        Assert.Equal(ErrorKind.NotFound, (await zanjan.Withdraw.HandleAsync(id, null, default)).Kind);
    }

    [Fact]
    public async Task Only_applicants_can_start_an_application()
    {
        var reviewer = fixture.As(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));

        Assert.Equal(ErrorKind.NotFound, (await reviewer.Start.HandleAsync(default)).Kind);
    }
}
