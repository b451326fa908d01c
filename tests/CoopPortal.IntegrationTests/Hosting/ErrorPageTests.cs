using System.Net;

namespace CoopPortal.IntegrationTests.Hosting;

public sealed class ErrorPageTests : IClassFixture<PortalFixture>
{
    private readonly PortalFixture _fixture;

    public ErrorPageTests(PortalFixture fixture) => _fixture = fixture;


    [Fact]
    public async Task An_unknown_address_gets_a_Persian_404_page_in_the_portal_layout()
    {
        using var client = _fixture.Factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/no/such/page", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("صفحه پیدا نشد", html, StringComparison.Ordinal);
        Assert.Contains("dir=\"rtl\"", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"fa\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Persian_text_is_sent_as_UTF8_characters_not_numeric_entities()
    {
        using var client = _fixture.Factory.CreateClient();

        // The service titles on the home page are rendered from data (@service.Title), so they pass the HTML encoder.
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("خوداظهاری نظارتی", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x6", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Vazirmatn_font_is_served_by_the_portal_itself_at_the_address_the_page_preloads()
    {
        using var client = _fixture.Factory.CreateClient();

        // The @font-face rules are in the page (Layout/FontFaces.razor) with fingerprinted addresses, the same the
        // preload asks for, so the font is fetched once (and, in production, cached for a year: issue 17).
        var html = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));
        var face = System.Text.RegularExpressions.Regex.Match(html, "url\\(\"(fonts/Vazirmatn-FD-NL-Regular\\.[a-z0-9]+\\.woff2)\"\\)");
        Assert.True(face.Success, "The page declares no fingerprinted Vazirmatn face.");
        Assert.DoesNotContain("&quot;Vazirmatn", html, StringComparison.Ordinal); // a style element's text is not HTML
        Assert.Contains($"<link rel=\"preload\" href=\"{face.Groups[1].Value}\"", html, StringComparison.Ordinal);
        using var font = await client.GetAsync(new Uri("/" + face.Groups[1].Value, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, font.StatusCode);
        var bytes = await font.Content.ReadAsByteArrayAsync();
        Assert.Equal("wOF2"u8.ToArray(), bytes[..4]);
    }

    [Fact]
    public async Task Pages_carry_security_headers()
    {
        using var client = _fixture.Factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
    }
}
