using CoopPortal.Application.Accounts;
using CoopPortal.Application.Accounts.Register;
using CoopPortal.Application.Common.Results;
using CoopPortal.UnitTests.TestSupport;

namespace CoopPortal.UnitTests.Application;

public sealed class RegisterCitizenHandlerTests
{
    private static (RegisterCitizenHandler Handler, FakeIdentityService Identity) Create(CreateAccountResult answer)
    {
        var identity = new FakeIdentityService(answer);
        return (new RegisterCitizenHandler(Registration.Validator(), identity), identity);
    }

    public static TheoryData<CreateAccountOutcome> NewOrExisting => [CreateAccountOutcome.Created, CreateAccountOutcome.Duplicate];

    [Theory]
    [MemberData(nameof(NewOrExisting))]
    public async Task Created_and_duplicate_both_succeed_so_accounts_cannot_be_enumerated(CreateAccountOutcome outcome)
    {
        var answer = outcome == CreateAccountOutcome.Created ? CreateAccountResult.Created : CreateAccountResult.Duplicate;
        var (handler, identity) = Create(answer);

        var result = await handler.HandleAsync(Registration.ValidCommand(), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(ErrorKind.None, result.Kind);
        Assert.Empty(result.Errors);
        Assert.Null(result.Message);
        var call = Assert.Single(identity.Calls);
        Assert.Equal(
            new NewCitizen(Registration.ExpectedFullName, Registration.ExpectedNationalCode, Registration.ExpectedMobile, Registration.ExpectedEmail),
            call.Citizen);
        Assert.Equal(Registration.Passphrase, call.Password);
    }

    [Theory]
    [MemberData(nameof(NewOrExisting))]
    public async Task What_follows_is_left_to_the_background_so_the_answer_does_not_wait_for_it(CreateAccountOutcome outcome)
    {
        var followUps = new RecordedFollowUps();
        var answer = outcome == CreateAccountOutcome.Created ? CreateAccountResult.Created : CreateAccountResult.Duplicate;
        var handler = new RegisterCitizenHandler(Registration.Validator(), new FakeIdentityService(answer), followUps);

        var result = await handler.HandleAsync(Registration.ValidCommand(), CancellationToken.None);

        Assert.True(result.Succeeded);
        var asked = Assert.Single(followUps.Asked);
        Assert.Equal(outcome == CreateAccountOutcome.Created, asked.Created);
        Assert.Equal(Registration.ExpectedNationalCode, asked.Citizen.NationalCode);
    }

    [Fact]
    public async Task Created_and_duplicate_results_are_indistinguishable()
    {
        var (created, _) = Create(CreateAccountResult.Created);
        var (duplicate, _) = Create(CreateAccountResult.Duplicate);

        var a = await created.HandleAsync(Registration.ValidCommand(), CancellationToken.None);
        var b = await duplicate.HandleAsync(Registration.ValidCommand(), CancellationToken.None);

        Assert.Equal(a.Kind, b.Kind);
        Assert.Equal(a.Message, b.Message);
        Assert.Equal(a.Errors.Count, b.Errors.Count);
        Assert.Equal(a.GetType(), b.GetType());
    }

    [Fact]
    public async Task Password_rejected_by_the_store_becomes_password_validation_errors()
    {
        string[] storeErrors = ["رمز عبور پذیرفته نشد.", "رمز عبور در فهرست رمزهای لو رفته است."];
        var (handler, identity) = Create(new CreateAccountResult(CreateAccountOutcome.PasswordRejected, storeErrors));

        var result = await handler.HandleAsync(Registration.ValidCommand(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(ErrorKind.Validation, result.Kind);
        var entry = Assert.Single(result.Errors);
        Assert.Equal(nameof(RegisterCitizenCommand.Password), entry.Key);
        Assert.Equal(storeErrors, entry.Value);
        Assert.Single(identity.Calls);
    }

    [Fact]
    public async Task An_invalid_command_never_reaches_the_identity_service()
    {
        var (handler, identity) = Create(CreateAccountResult.Created);
        var command = Registration.ValidCommand();
        command.NationalCode = "0076229646";
        command.ConfirmPassword = "something else entirely";

        var result = await handler.HandleAsync(command, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(ErrorKind.Validation, result.Kind);
        Assert.True(result.Errors.ContainsKey(nameof(RegisterCitizenCommand.NationalCode)));
        Assert.True(result.Errors.ContainsKey(nameof(RegisterCitizenCommand.ConfirmPassword)));
        Assert.Empty(identity.Calls);
    }

    [Fact]
    public async Task A_weak_password_is_refused_before_the_identity_service()
    {
        var (handler, identity) = Create(CreateAccountResult.Created);
        var command = Registration.ValidCommand();
        command.Password = FakeCommonPasswords.ListedLong;
        command.ConfirmPassword = FakeCommonPasswords.ListedLong;

        var result = await handler.HandleAsync(command, CancellationToken.None);

        Assert.Equal(ErrorKind.Validation, result.Kind);
        Assert.Equal([PasswordPolicy.TooCommon], result.Errors[nameof(RegisterCitizenCommand.Password)]);
        Assert.Empty(identity.Calls);
    }
}
