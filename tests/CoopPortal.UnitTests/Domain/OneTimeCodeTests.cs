using CoopPortal.Application.Accounts.Proofing;
using CoopPortal.Domain.Users;

namespace CoopPortal.UnitTests.Domain;

/// <summary>The SMS one-time code's rules: six digits, hashed, three minutes, five tries, once; and how often one is sent.</summary>
public sealed class OneTimeCodeTests
{
    private static readonly DateTime Now = new(2026, 12, 5, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_code_is_six_digits_and_only_its_salted_hash_is_stored()
    {
        var (entity, code) = OneTimeCode.Issue("u1", OneTimeCodePurpose.VerifyMobile, "09121234567", Now);

        Assert.Matches("^[0-9]{6}$", code);
        Assert.DoesNotContain(code, entity.CodeHash, StringComparison.Ordinal);
        Assert.Equal(64, entity.CodeHash.Length);
        Assert.Equal(Now + OneTimeCode.Lifetime, entity.ExpiresAtUtc);
        var (other, _) = OneTimeCode.Issue("u1", OneTimeCodePurpose.VerifyMobile, "09121234567", Now);
        Assert.NotEqual(entity.Salt, other.Salt);
    }

    [Fact]
    public void The_right_code_is_accepted_once()
    {
        var (entity, code) = OneTimeCode.Issue("u1", OneTimeCodePurpose.SignIn, "09121234567", Now);

        Assert.Equal(OneTimeCodeCheck.Accepted, entity.Check(" " + code + " ", Now.AddSeconds(30)));
        Assert.Equal(OneTimeCodeCheck.Used, entity.Check(code, Now.AddSeconds(31)));
    }

    [Fact]
    public void A_code_expires_after_three_minutes()
    {
        var (entity, code) = OneTimeCode.Issue("u1", OneTimeCodePurpose.SignIn, "09121234567", Now);

        Assert.Equal(OneTimeCodeCheck.Expired, entity.Check(code, Now + OneTimeCode.Lifetime));
        Assert.Equal(TimeSpan.FromMinutes(3), OneTimeCode.Lifetime);
    }

    [Fact]
    public void Five_wrong_tries_kill_the_code_even_for_the_right_one_afterwards()
    {
        var (entity, code) = OneTimeCode.Issue("u1", OneTimeCodePurpose.VerifyMobile, "09121234567", Now);
        var wrong = code == "000000" ? "111111" : "000000";

        for (var i = 1; i < OneTimeCode.MaxAttempts; i++)
        {
            Assert.Equal(OneTimeCodeCheck.Wrong, entity.Check(wrong, Now));
        }

        Assert.Equal(OneTimeCodeCheck.TooManyAttempts, entity.Check(wrong, Now));
        Assert.Equal(OneTimeCodeCheck.TooManyAttempts, entity.Check(code, Now));
        Assert.Equal(5, entity.Attempts);
    }

    [Fact]
    public void The_first_code_is_sent_at_once()
    {
        Assert.Equal(TimeSpan.Zero, OneTimeCodeThrottle.WaitBeforeNext([], Now));
    }

    [Fact]
    public void Another_code_waits_a_minute_after_the_last()
    {
        Assert.Equal(TimeSpan.FromSeconds(40), OneTimeCodeThrottle.WaitBeforeNext([Now.AddSeconds(-20)], Now));
        Assert.Equal(TimeSpan.Zero, OneTimeCodeThrottle.WaitBeforeNext([Now.AddSeconds(-60)], Now));
    }

    [Fact]
    public void Five_codes_in_an_hour_make_the_sixth_wait_until_the_oldest_is_an_hour_old()
    {
        var sent = Enumerable.Range(0, 5).Select(i => Now.AddMinutes(-50 + (i * 10))).ToList(); // -50, -40, -30, -20, -10 minutes

        Assert.Equal(TimeSpan.FromMinutes(10), OneTimeCodeThrottle.WaitBeforeNext(sent, Now));
        Assert.Equal(TimeSpan.Zero, OneTimeCodeThrottle.WaitBeforeNext(sent, Now.AddMinutes(10).AddSeconds(1)));
    }

    [Fact]
    public void The_SMS_text_is_Persian_with_the_code_in_Persian_digits()
    {
        var text = OneTimeCodeService.SmsText(OneTimeCodePurpose.SignIn, "012345");

        Assert.Contains("کد ورود", text, StringComparison.Ordinal);
        Assert.Contains("۰۱۲۳۴۵", text, StringComparison.Ordinal);
        Assert.Contains("۳ دقیقه", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OneTimeCodeCheck.Wrong, OneTimeCodeService.WrongCode)]
    [InlineData(OneTimeCodeCheck.Expired, OneTimeCodeService.ExpiredCode)]
    [InlineData(OneTimeCodeCheck.Used, OneTimeCodeService.ExpiredCode)]
    [InlineData(OneTimeCodeCheck.TooManyAttempts, OneTimeCodeService.DeadCode)]
    public void Each_refusal_has_a_Persian_message(OneTimeCodeCheck check, string message)
    {
        Assert.Equal(message, OneTimeCodeService.Message(check));
    }
}
