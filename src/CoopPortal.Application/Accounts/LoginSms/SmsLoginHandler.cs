using CoopPortal.Application.Accounts.Login;
using CoopPortal.Application.Accounts.Proofing;
using CoopPortal.Application.Common.Results;
using CoopPortal.Domain.Users;

namespace CoopPortal.Application.Accounts.LoginSms;

/// <summary>
/// Log-in with an SMS code instead of a password, sent to the account's mobile. Asking for a code gets the same answer
/// whether the national code has an account or not; a wrong code and an unknown account get the same refusal. A code
/// used proves the person holds the mobile, so the mobile becomes verified and proofing continues
/// (<see cref="IdentityProofing"/>). The page signs the person in with the account this returns.
/// </summary>
public sealed class SmsLoginHandler(IAccountProofing accounts, OneTimeCodeService codes, IdentityProofing proofing)
{
    public const string IdentifierField = "NationalCode";
    public const string CodeField = "Code";
    public const string NationalCodeRequired = "کد ملی را وارد کنید.";
    public const string NationalCodeInvalid = "کد ملی را درست وارد کنید (۱۰ رقم).";
    public const string CodeSentAnswer = "اگر حسابی با این کد ملی وجود داشته باشد، کد ورود به تلفن همراه آن پیامک شد.";
    public const string Failed = "کد ملی یا کد ورود درست نیست، یا کد منقضی شده است.";
    public const string LockedOut = "به دلیل چند بار ورود ناموفق، ورود به این حساب تا ۱۵ دقیقه ممکن نیست. پس از آن دوباره تلاش کنید.";

    /// <summary>Sends a code when the national code has an account; the answer is the same either way.</summary>
    public async Task<Result> RequestCodeAsync(string? nationalCodeInput, CancellationToken cancellationToken)
    {
        var (nationalCode, errors) = Parse(nationalCodeInput);
        if (nationalCode is null)
        {
            return Result.Invalid(errors.ToDictionary());
        }

        var account = await accounts.FindByNationalCodeAsync(nationalCode, cancellationToken);
        if (account is { LockedOut: false })
        {
            // Throttled or failed sends are not told apart from "no such account": the answer reveals nothing.
            await codes.SendAsync(account.UserId, OneTimeCodePurpose.SignIn, account.Mobile, cancellationToken);
        }

        return Result.Success();
    }

    /// <summary>The account to sign in when the code is right.</summary>
    public async Task<Result<string>> VerifyAsync(string? nationalCodeInput, string? code, CancellationToken cancellationToken)
    {
        var (nationalCode, errors) = Parse(nationalCodeInput);
        if (string.IsNullOrWhiteSpace(code))
        {
            errors.Add(CodeField, OneTimeCodeService.CodeRequired);
        }

        if (nationalCode is null || errors.Any)
        {
            return Result<string>.Invalid(errors.ToDictionary());
        }

        var account = await accounts.FindByNationalCodeAsync(nationalCode, cancellationToken);
        if (account is null)
        {
            return Result<string>.Conflict(Failed);
        }

        var (check, mobile) = await codes.VerifyAsync(account.UserId, OneTimeCodePurpose.SignIn, code, cancellationToken);
        if (check != OneTimeCodeCheck.Accepted || mobile != account.Mobile)
        {
            return Result<string>.Conflict(check == OneTimeCodeCheck.TooManyAttempts ? OneTimeCodeService.DeadCode : Failed);
        }

        if (account.LockedOut)
        {
            return Result<string>.Conflict(LockedOut);
        }

        if (!account.MobileConfirmed && await accounts.ConfirmMobileAsync(account.UserId, mobile, cancellationToken))
        {
            await proofing.ProveAsync(account with { MobileConfirmed = true }, cancellationToken);
        }

        return Result<string>.Success(account.UserId);
    }

    private static (string? NationalCode, ValidationErrors Errors) Parse(string? input)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input))
        {
            errors.Add(IdentifierField, NationalCodeRequired);
            return (null, errors);
        }

        var identifier = LoginIdentifier.Parse(input);
        if (identifier is not { IsEmail: false } parsed || !parsed.IsPlausibleAccount)
        {
            errors.Add(IdentifierField, NationalCodeInvalid);
            return (null, errors);
        }

        return (parsed.Value, errors);
    }
}
