using CoopPortal.Domain.Users;

using CoopPortal.IntegrationTests.Common;

namespace CoopPortal.IntegrationTests.Formation;

/// <summary>The same rules by URL: pages and downloads of someone else's application are a Persian 404.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class FormationUrlAuthorizationTests(PortalDatabaseFixture fixture)
{
    [Fact]
    public async Task Another_applicant_opening_an_application_or_its_document_by_URL_gets_the_not_found_page()
    {
        var owner = await fixture.NewUserAsync();
        var id = await fixture.CompleteApplicationAsync(owner);
        var documentId = (await fixture.As(owner).Get.HandleAsync(id, default)).Value!.Application.Documents[0].Id;
        var stranger = await fixture.SignedInClientAsync(await fixture.NewUserAsync());

        foreach (var url in new[] { $"/applications/{id}", $"/applications/{id}/members", $"/applications/{id}/check", $"/applications/{id}/documents/{documentId}" })
        {
            using var response = await stranger.Http.GetAsync(new Uri(url, UriKind.Relative));
            var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("صفحه پیدا نشد", html, StringComparison.Ordinal);
            Assert.DoesNotContain("عضو شماره", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_owner_downloads_a_document_as_an_attachment_with_the_same_bytes()
    {
        var owner = await fixture.NewUserAsync();
        var id = await fixture.CompleteApplicationAsync(owner);
        var document = (await fixture.As(owner).Get.HandleAsync(id, default)).Value!.Application.Documents[0];
        var client = await fixture.SignedInClientAsync(owner);

        using var response = await client.Http.GetAsync(new Uri($"/applications/{id}/documents/{document.Id}", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(PortalDatabaseFixture.SmallPdf, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_reviewer_of_another_province_cannot_download_by_URL_but_one_of_the_province_can()
    {
        var owner = await fixture.NewUserAsync();
        var id = await fixture.CompleteApplicationAsync(owner);
        await fixture.As(owner).Submit.HandleAsync(id, default);
        var document = (await fixture.As(owner).Get.HandleAsync(id, default)).Value!.Application.Documents[0];
        var url = new Uri($"/applications/{id}/documents/{document.Id}", UriKind.Relative);

        var tehran = await fixture.SignedInClientAsync(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Tehran));
        using (var refused = await tehran.Http.GetAsync(url))
        {
            Assert.Equal(System.Net.HttpStatusCode.NotFound, refused.StatusCode);
        }

        var zanjan = await fixture.SignedInClientAsync(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        using var allowed = await zanjan.Http.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, allowed.StatusCode);

        // The reviewer's view of the application carries the name check of its province.
        using var page = await zanjan.Http.GetAsync(new Uri($"/applications/{id}", UriKind.Relative));
        var html = System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("بررسی نام‌های پیشنهادی", html, StringComparison.Ordinal);
        Assert.Contains("نام مشابهی در استان یافت نشد.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_review_page_is_not_found_for_a_reviewer_of_another_province_and_refused_to_an_applicant()
    {
        var owner = await fixture.NewUserAsync();
        var id = await fixture.CompleteApplicationAsync(owner);
        await fixture.As(owner).Submit.HandleAsync(id, default);

        var tehran = await fixture.SignedInClientAsync(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Tehran));
        using (var other = await tehran.Http.GetAsync(new Uri($"/review/{id}", UriKind.Relative)))
        {
            Assert.Equal(System.Net.HttpStatusCode.NotFound, other.StatusCode);
        }

        var applicant = await fixture.SignedInClientAsync(owner);
        using (var refused = await applicant.Http.GetAsync(new Uri($"/review/{id}", UriKind.Relative)))
        {
            Assert.NotEqual(System.Net.HttpStatusCode.OK, refused.StatusCode);
        }

        var zanjan = await fixture.SignedInClientAsync(await fixture.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        using var own = await zanjan.Http.GetAsync(new Uri($"/review/{id}", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, own.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await own.Content.ReadAsStringAsync());
        Assert.Contains("/preview", html, StringComparison.Ordinal);

        var document = (await fixture.As(owner).Get.HandleAsync(id, default)).Value!.Application.Documents[0];
        using var preview = await zanjan.Http.GetAsync(new Uri($"/applications/{id}/documents/{document.Id}/preview", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, preview.StatusCode);
        Assert.Null(preview.Content.Headers.ContentDisposition);
        Assert.StartsWith("sandbox", preview.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        using var previewByOther = await tehran.Http.GetAsync(new Uri($"/applications/{id}/documents/{document.Id}/preview", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, previewByOther.StatusCode);
    }
}
