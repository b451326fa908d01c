using System.IO.Compression;
using System.Net;
using CoopPortal.IntegrationTests.Common;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoopPortal.IntegrationTests.Hosting;

/// <summary>
/// Issue 17, first load: a signed-out visitor's pages come compressed; a signed-in person's do not (BREACH:
/// docs/security.md). Through the whole pipeline.
/// </summary>
[Collection(AccountsCollection.Name)]
public sealed class VisitorResponseCompressionTests(PortalDatabaseFixture fixture)
{
    private const string Password = "baghe-eram-dar-shiraz-1405";

    private static HttpRequestMessage Get(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Accept-Encoding", "br, gzip");
        return request;
    }

    [Fact]
    public async Task A_visitors_log_in_page_comes_compressed_with_Brotli()
    {
        using var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = Get("/Account/Login");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        await using var body = new BrotliStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(body);
        Assert.Contains("ورود به سامانه", await reader.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_persons_pages_are_not_compressed()
    {
        var code = PortalDatabaseFixture.NewNationalCode();
        var client = fixture.NewClient();
        using (var registered = await client.SubmitAsync("/Account/Register", new Dictionary<string, string>
        {
            ["FullName"] = "سارا توکلی",
            ["NationalCode"] = code,
            ["Mobile"] = "09127778899",
            ["Email"] = $"compress.{code}@example.ir",
            ["Password"] = Password,
            ["ConfirmPassword"] = Password,
        }))
        {
            Assert.True(await FormClient.ShowsCodeStepAsync(registered));
        }

        using (var login = await client.LoginAsync(code, Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        using var request = Get("/applications");
        using var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("درخواست", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
