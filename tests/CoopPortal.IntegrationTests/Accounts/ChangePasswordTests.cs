using System.Net;
using CoopPortal.Application.Accounts;

using CoopPortal.IntegrationTests.Common;

namespace CoopPortal.IntegrationTests.Accounts;

[Collection(AccountsCollection.Name)]
public sealed class ChangePasswordTests(PortalDatabaseFixture fixture)
{
    private const string Password = "kaj-e-kalagh-e-sabz-1405";

    private async Task<(FormClient Client, string Code)> SignedInAsync()
    {
        var code = PortalDatabaseFixture.NewNationalCode();
        using var registered = await fixture.NewClient().SubmitAsync("/Account/Register", new Dictionary<string, string>
        {
            ["FullName"] = "رضا حسینی",
            ["NationalCode"] = code,
            ["Mobile"] = "09351234567",
            ["Email"] = $"change.{code}@example.ir",
            ["Password"] = Password,
            ["ConfirmPassword"] = Password,
        });
        var client = fixture.NewClient();
        using var login = await client.LoginAsync(code, Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return (client, code);
    }

    private static Dictionary<string, string> Change(string old, string next, string? confirm = null) => new()
    {
        ["OldPassword"] = old,
        ["NewPassword"] = next,
        ["ConfirmPassword"] = confirm ?? next,
    };

    [Fact]
    public async Task A_wrong_current_password_or_a_common_new_one_is_refused_in_Persian()
    {
        var (client, _) = await SignedInAsync();

        using var wrongOld = await client.SubmitAsync("/Account/Manage/ChangePassword", Change("not-the-password-1", "a-brand-new-passphrase-9"));
        Assert.Contains("رمز عبور فعلی درست نیست.", WebUtility.HtmlDecode(await wrongOld.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        using var common = await client.SubmitAsync("/Account/Manage/ChangePassword", Change(Password, "passwordpassword"));
        Assert.Contains(PasswordPolicy.TooCommon, WebUtility.HtmlDecode(await common.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_change_only_the_new_password_logs_in()
    {
        var (client, code) = await SignedInAsync();
        const string next = "a-brand-new-passphrase-9";

        using var changed = await client.SubmitAsync("/Account/Manage/ChangePassword", Change(Password, next));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        using var oldLogin = await fixture.NewClient().LoginAsync(code, Password);
        Assert.Equal(HttpStatusCode.OK, oldLogin.StatusCode);
        using var newLogin = await fixture.NewClient().LoginAsync(code, next);
        Assert.Equal(HttpStatusCode.Redirect, newLogin.StatusCode);
    }

    [Fact]
    public async Task The_change_password_page_needs_a_signed_in_user()
    {
        using var response = await fixture.NewClient().Http.GetAsync(new Uri("/Account/Manage/ChangePassword", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
