using CoopPortal.Application.Accounts;
using CoopPortal.Application.Accounts.ChangePassword;
using CoopPortal.Application.Accounts.Login;
using CoopPortal.Application.Common.Results;
using CoopPortal.UnitTests.TestSupport;

namespace CoopPortal.UnitTests.Application;

public sealed class ChangePasswordHandlerTests
{
    private static ChangePasswordCommand Command(string old = "current-passphrase", string next = "a-new-passphrase-1405", string? confirm = null) =>
        new() { OldPassword = old, NewPassword = next, ConfirmPassword = confirm ?? next };

    [Fact]
    public async Task A_complete_form_is_passed_to_the_account_store_and_succeeds()
    {
        var identity = new FakeIdentityService(CreateAccountResult.Created);

        var result = await new ChangePasswordHandler(identity).HandleAsync("u1", Command(), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal([("u1", "current-passphrase", "a-new-passphrase-1405")], identity.ChangeCalls);
    }

    [Fact]
    public async Task A_missing_current_password_and_a_mismatched_confirmation_are_reported_without_calling_the_store()
    {
        var identity = new FakeIdentityService(CreateAccountResult.Created);

        var result = await new ChangePasswordHandler(identity).HandleAsync("u1", Command(old: "", confirm: "something-else"), CancellationToken.None);

        Assert.Equal(ErrorKind.Validation, result.Kind);
        Assert.Equal([ChangePasswordHandler.OldPasswordRequired], result.Errors[nameof(ChangePasswordCommand.OldPassword)]);
        Assert.Equal([ChangePasswordHandler.ConfirmMismatch], result.Errors[nameof(ChangePasswordCommand.ConfirmPassword)]);
        Assert.Empty(identity.ChangeCalls);
    }

    [Fact]
    public async Task An_account_without_a_password_sets_its_first_one_without_a_current_password()
    {
        var identity = new FakeIdentityService(CreateAccountResult.Created, hasPassword: false);

        var result = await new ChangePasswordHandler(identity).HandleAsync("u1", Command(old: ""), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal([("u1", "", "a-new-passphrase-1405")], identity.ChangeCalls);
    }

    [Fact]
    public async Task A_wrong_current_password_is_reported_on_that_field()
    {
        var identity = new FakeIdentityService(CreateAccountResult.Created, new ChangePasswordResult(ChangePasswordOutcome.WrongCurrentPassword, []));

        var result = await new ChangePasswordHandler(identity).HandleAsync("u1", Command(), CancellationToken.None);

        Assert.Equal([ChangePasswordHandler.OldPasswordWrong], result.Errors[nameof(ChangePasswordCommand.OldPassword)]);
    }

    [Fact]
    public async Task Policy_messages_for_the_new_password_are_reported_on_that_field()
    {
        var identity = new FakeIdentityService(CreateAccountResult.Created, new ChangePasswordResult(ChangePasswordOutcome.PasswordRejected, [PasswordPolicy.TooCommon]));

        var result = await new ChangePasswordHandler(identity).HandleAsync("u1", Command(), CancellationToken.None);

        Assert.Equal([PasswordPolicy.TooCommon], result.Errors[nameof(ChangePasswordCommand.NewPassword)]);
    }

    [Fact]
    public async Task An_account_that_no_longer_exists_is_not_found()
    {
        var identity = new FakeIdentityService(CreateAccountResult.Created, new ChangePasswordResult(ChangePasswordOutcome.NoSuchUser, []));

        var result = await new ChangePasswordHandler(identity).HandleAsync("gone", Command(), CancellationToken.None);

        Assert.Equal(ErrorKind.NotFound, result.Kind);
    }

    [Theory]
    [InlineData("", "pw", true, false)]
    [InlineData("0076229645", "", false, true)]
    [InlineData("  ", "", true, true)]
    [InlineData("0076229645", "pw", false, false)]
    public void The_login_form_refuses_empty_fields_only(string identifier, string password, bool identifierError, bool passwordError)
    {
        var errors = new LoginCommand { Identifier = identifier, Password = password }.Validate().ToDictionary();

        Assert.Equal(identifierError, errors.ContainsKey(nameof(LoginCommand.Identifier)));
        Assert.Equal(passwordError, errors.ContainsKey(nameof(LoginCommand.Password)));
        if (passwordError)
        {
            Assert.Equal([LoginCommand.PasswordRequired], errors[nameof(LoginCommand.Password)]);
        }
    }
}
