using CoopPortal.Application.Registry.Import;
using CoopPortal.Domain.ValueObjects;
using CoopPortal.Testing;

namespace CoopPortal.UnitTests.Registry;

/// <summary>The row rules of a member list (docs/features/members.md): every problem of a row by column, in Persian.</summary>
public sealed class MemberRowReaderTests
{
    private const int Zanjan = 14;
    private static readonly DateOnly Today = new(2026, 12, 6);

    private static readonly ImportReferenceData Reference = new([(Zanjan, "زنجان"), (8, "تهران")], [], []);

    private static MemberRowReader Reader()
    {
        var errors = new List<ImportError>();
        var positions = ImportHeader.Match(MemberImportFormat.Columns.Select(c => c.Header).ToList(), MemberImportFormat.Columns, errors);
        Assert.Empty(errors);
        return new MemberRowReader(positions, Reference, Today);
    }

    private static (ImportedMember? Member, List<ImportError> Errors) Read(params string[] cells)
    {
        var errors = new List<ImportError>();
        return (Reader().Read(7, cells, errors), errors);
    }

    [Fact]
    public void A_good_row_is_normalized_digits_in_any_script_and_arabic_letters_made_persian()
    {
        var code = TestNationalCodes.Next();
        var persianCode = CoopPortal.Domain.Common.PersianDigits.ToPersian(code);

        var (member, errors) = Read("زنجان", "۱۲۴۵", persianCode, "علي  رضايي", "۲٬۵۰۰٬۰۰۰", "۱۳۹۹/۰۴/۱۵");

        Assert.Empty(errors);
        Assert.Equal(new ImportedMember(Zanjan, "1245", code, "علی رضایی", 2_500_000, CoopPortal.Domain.Common.JalaliDate.Parse("1399/04/15")), member);
    }

    [Fact]
    public void The_joining_day_is_optional_and_portal_registration_numbers_keep_their_dashes()
    {
        var (member, errors) = Read("زنجان", "1405-14-00001", TestNationalCodes.Next(), "مریم احمدی", "1000000", "");

        Assert.Empty(errors);
        Assert.Equal(("1405-14-00001", (DateOnly?)null), (member!.Value.RegistrationNumber, member.Value.JoinedOn));
    }

    [Fact]
    public void A_national_code_whose_check_digit_is_wrong_is_refused_on_its_column()
    {
        var code = TestNationalCodes.Next();
        var wrong = code[..9] + (char)('0' + ((code[9] - '0' + 1) % 10));

        var (member, errors) = Read("زنجان", "1245", wrong, "علی رضایی", "1000", "");

        Assert.Null(member);
        var error = Assert.Single(errors);
        Assert.Equal((7, "کد ملی", ValidationMessages.NationalCodeInvalid), (error.Row, error.Column, error.Message));
    }

    [Theory]
    [InlineData("یک میلیون")]
    [InlineData("1000.5")]
    [InlineData("0")]
    [InlineData("-5")]
    public void Shares_that_are_not_a_whole_positive_number_of_rials_are_refused(string shares)
    {
        var (member, errors) = Read("زنجان", "1245", TestNationalCodes.Next(), "علی رضایی", shares, "");

        Assert.Null(member);
        Assert.Equal(("سهام (ریال)", MemberImportFormat.SharesNotANumber), (Assert.Single(errors).Column, errors[0].Message));
    }

    [Fact]
    public void Every_problem_of_a_row_is_reported_each_on_its_column()
    {
        var (member, errors) = Read("کردستان شمالی", "12a", "123", "", "", "1500/13/40");

        Assert.Null(member);
        Assert.Equal(["استان", "شماره ثبت", "کد ملی", "نام و نام خانوادگی", "سهام (ریال)", "تاریخ عضویت"], errors.Select(e => e.Column));
        Assert.All(errors, e => Assert.Equal(7, e.Row));
        Assert.Contains("کردستان شمالی", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(MemberImportFormat.RegistrationDigits, errors[1].Message);
        Assert.Equal(MemberImportFormat.JoinedOnFormat, errors[5].Message);
    }

    [Fact]
    public void A_joining_day_in_the_future_is_refused()
    {
        var (_, errors) = Read("زنجان", "1245", TestNationalCodes.Next(), "علی رضایی", "1000", "1406/01/01");

        Assert.Equal(MemberImportFormat.JoinedOnFuture, Assert.Single(errors).Message);
    }

    [Fact]
    public void A_name_longer_than_the_column_is_refused()
    {
        var (_, errors) = Read("زنجان", "1245", TestNationalCodes.Next(), new string('ب', 101), "1000", "");

        Assert.Equal(MemberImportFormat.NameTooLong, Assert.Single(errors).Message);
    }

    [Fact]
    public void The_header_may_use_the_other_spellings_and_any_order_but_a_missing_required_column_is_an_error_on_row_1()
    {
        var errors = new List<ImportError>();
        var positions = ImportHeader.Match(["سهام", "كد ملي عضو", "نام", "شماره ثبت", "استان"], MemberImportFormat.Columns, errors);
        Assert.Empty(errors);
        Assert.Equal(0, positions[MemberImportFormat.Shares]);
        Assert.Equal(1, positions[MemberImportFormat.NationalCode]);

        ImportHeader.Match(["استان", "شماره ثبت", "نام", "سهام"], MemberImportFormat.Columns, errors);
        var missing = Assert.Single(errors);
        Assert.Equal((1, "کد ملی"), (missing.Row, missing.Column));
    }
}
