using Microsoft.AspNetCore.Identity;

namespace CoopPortal.Infrastructure.Identity;

/// <summary>Identity's messages in Persian. Duplicate-account messages stay generic so they reveal nothing.</summary>
internal sealed class PersianIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "خطایی رخ داد؛ لطفاً دوباره تلاش کنید.");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "این اطلاعات هم‌زمان تغییر کرده است؛ صفحه را دوباره باز کنید.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "رمز عبور فعلی درست نیست.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "پیوند یا کد منقضی شده یا نامعتبر است.");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "کد ملی معتبر نیست.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "نشانی ایمیل درست نیست.");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "ثبت‌نام با این اطلاعات ممکن نیست.");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "ثبت‌نام با این اطلاعات ممکن نیست.");

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "برای این حساب رمز عبور تعیین شده است.");

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "قفل‌شدن برای این حساب فعال نیست.");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), "کاربر این نقش را دارد.");

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), "کاربر این نقش را ندارد.");

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), Application.Accounts.PasswordPolicy.TooShort);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
