using System.Net;
using System.Text.RegularExpressions;

namespace CoopPortal.IntegrationTests.Hosting;

/// <summary>Issue 18 point 8: every kind of page (static layout, account layout, the certificate check) ends with the footer.</summary>
[Collection(Common.DatabaseCollection.Name)]
public sealed partial class FooterTests(Common.PortalDatabaseFixture fixture)
{
    /// <summary>The footer's links: address under the base address, and text.</summary>
    private static readonly (string Href, string Text)[] Links =
        [("help", "راهنما"), ("contact", "تماس با اداره کل تعاون استان"), ("privacy", "حریم خصوصی"), ("accessibility", "بیانیه دسترس‌پذیری")];

    [Theory]
    [InlineData("/", "")]
    [InlineData("/help", "")]
    [InlineData("/contact", "")]
    [InlineData("/privacy", "")]
    [InlineData("/accessibility", "")]
    [InlineData("/Account/Login", "")]
    [InlineData("/Account/Register", "")]
    [InlineData("/verify/not-a-real-code-0000000000", "/")]
    public async Task Every_kind_of_page_ends_with_the_footer_and_its_four_links(string path, string root)
    {
        using var response = await fixture.NewClient().Http.GetAsync(new Uri(path, UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        Assert.Single(FooterElement().Matches(html));
        Assert.True(html.IndexOf("</main>", StringComparison.Ordinal) < html.IndexOf("<footer", StringComparison.Ordinal), "the footer comes after the main content");
        foreach (var (href, text) in Links)
        {
            Assert.Contains($"href=\"{root}{href}\" id=\"footer-{href}\">{text}</a>", html, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("<footer class=\"portal-footer\"")]
    private static partial Regex FooterElement();
}
