using System.Buffers.Binary;
using System.Net;
using CoopPortal.Application.Accounts;
using CoopPortal.Domain.Users;
using CoopPortal.Domain.ValueObjects;
using CoopPortal.Infrastructure.Identity;

using CoopPortal.IntegrationTests.Common;

namespace CoopPortal.IntegrationTests.Accounts;

[Collection(AccountsCollection.Name)]
public sealed class RegistrationTests(PortalDatabaseFixture fixture)
{
    private const string GoodPassword = "sabz-kooh-baran-1405";

    private static Dictionary<string, string> Form(string nationalCode, string email, string? password = null) => new()
    {
        ["FullName"] = "علي  كريمي",
        ["NationalCode"] = nationalCode,
        ["Mobile"] = "+98 912 555 1234",
        ["Email"] = email,
        ["Password"] = password ?? GoodPassword,
        ["ConfirmPassword"] = password ?? GoodPassword,
    };

    [Fact]
    public async Task A_citizen_registers_with_Persian_digits_and_the_account_is_stored_normalized_as_an_applicant()
    {
        var code = PortalDatabaseFixture.NewNationalCode();
        var client = fixture.NewClient();

        using var response = await client.SubmitAsync("/Account/Register", Form(Services.PersianDigitsOf(code), $"Citizen.{code}@Example.IR"));

        Assert.True(await FormClient.ShowsCodeStepAsync(response)); // the SMS code step: RegistrationSignInTests

        var user = await fixture.FindUserAsync(code);
        Assert.NotNull(user);
        Assert.Equal(code, user.NationalCode);
        Assert.Equal("علی کریمی", user.FullName);
        Assert.Equal("09125551234", user.PhoneNumber);
        Assert.Equal($"Citizen.{code}@example.ir", user.Email);
        Assert.Equal([Roles.Applicant], await fixture.RolesOfAsync(user));
    }

    [Fact]
    public async Task Passwords_are_hashed_with_PBKDF2_at_no_fewer_than_210000_iterations()
    {
        var code = PortalDatabaseFixture.NewNationalCode();
        using var response = await fixture.NewClient().SubmitAsync("/Account/Register", Form(code, $"hash.{code}@example.ir"));
        var user = await fixture.FindUserAsync(code);

        // Identity v3 hash: 0x01 | PRF (4 bytes) | iteration count (4 bytes, big-endian) | salt length | salt | subkey.
        var hash = Convert.FromBase64String(user!.PasswordHash!);
        Assert.Equal(0x01, hash[0]);
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4)) >= 210_000);
    }

    [Fact]
    public async Task Registering_an_existing_national_code_answers_exactly_like_a_new_registration_and_creates_nothing()
    {
        var code = PortalDatabaseFixture.NewNationalCode();
        using var first = await fixture.NewClient().SubmitAsync("/Account/Register", Form(code, $"first.{code}@example.ir"));
        using var again = await fixture.NewClient().SubmitAsync("/Account/Register", Form(code, $"second.{code}@example.ir", "another-long-passphrase-22"));
        var otherCode = PortalDatabaseFixture.NewNationalCode();
        using var sameEmail = await fixture.NewClient().SubmitAsync("/Account/Register", Form(otherCode, $"first.{code}@example.ir"));

        // The same code step every time (the pages compared in full: RegistrationSignInTests).
        Assert.True(await FormClient.ShowsCodeStepAsync(first));
        Assert.True(await FormClient.ShowsCodeStepAsync(again));
        Assert.True(await FormClient.ShowsCodeStepAsync(sameEmail));
        Assert.Equal(1, await fixture.CountUsersAsync(q => q.Where(u => u.NationalCode == code)));
        Assert.Null(await fixture.FindUserAsync(otherCode));
        Assert.Equal($"first.{code}@example.ir", (await fixture.FindUserAsync(code))!.Email);
    }

    [Fact]
    public async Task Invalid_input_gets_Persian_messages_keeps_what_was_typed_and_creates_nothing()
    {
        var client = fixture.NewClient();
        var form = Form("0076229646", "not-an-email", "short");
        form["Mobile"] = "0912123";
        form["FullName"] = "مریم احمدی";

        using var response = await client.SubmitAsync("/Account/Register", form);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ValidationMessages.NationalCodeInvalid, html, StringComparison.Ordinal);
        Assert.Contains(ValidationMessages.MobileInvalid, html, StringComparison.Ordinal);
        Assert.Contains(Application.Accounts.Register.RegisterCitizenValidator.EmailInvalid, html, StringComparison.Ordinal);
        Assert.Contains(PasswordPolicy.TooShort, html, StringComparison.Ordinal);
        Assert.Contains("value=\"مریم احمدی\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"0076229646\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"not-an-email\"", html, StringComparison.Ordinal);
        Assert.Null(await fixture.FindUserAsync("0076229646"));
    }

    [Fact]
    public async Task A_common_password_is_refused_even_when_long_enough()
    {
        var code = PortalDatabaseFixture.NewNationalCode();
        using var response = await fixture.NewClient().SubmitAsync("/Account/Register", Form(code, $"common.{code}@example.ir", "123456789012"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(PasswordPolicy.TooCommon, html, StringComparison.Ordinal);
        Assert.Null(await fixture.FindUserAsync(code));
        Assert.True(CommonPasswordList.Count > 40_000);
    }
}
