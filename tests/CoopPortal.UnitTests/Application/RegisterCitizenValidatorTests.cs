using CoopPortal.Application.Accounts;
using CoopPortal.Application.Accounts.Register;
using CoopPortal.Domain.ValueObjects;
using CoopPortal.UnitTests.TestSupport;

namespace CoopPortal.UnitTests.Application;

public sealed class RegisterCitizenValidatorTests
{
    private readonly RegisterCitizenValidator _validator = Registration.Validator();

    [Fact]
    public void A_valid_command_yields_normalized_values()
    {
        var (citizen, errors) = _validator.Validate(Registration.ValidCommand());

        Assert.False(errors.Any);
        Assert.Empty(errors.ToDictionary());
        Assert.NotNull(citizen);
        Assert.Equal(
            new NewCitizen(Registration.ExpectedFullName, Registration.ExpectedNationalCode, Registration.ExpectedMobile, Registration.ExpectedEmail),
            citizen);
        Assert.DoesNotContain('\u064A', citizen.FullName);
        Assert.DoesNotContain('\u0643', citizen.FullName);
    }

    [Fact]
    public void A_plain_ascii_command_is_kept_as_typed()
    {
        var command = new RegisterCitizenCommand
        {
            FullName = "Sara Ahmadi",
            NationalCode = "1583250689",
            Mobile = "+989351234567",
            Email = "sara@mail.example.ir",
            Password = "correct horse battery staple",
            ConfirmPassword = "correct horse battery staple",
        };

        var (citizen, errors) = _validator.Validate(command);

        Assert.False(errors.Any);
        Assert.Equal(new NewCitizen("Sara Ahmadi", "1583250689", "09351234567", "sara@mail.example.ir"), citizen);
    }

    public static TheoryData<string, string, string> InvalidFields => new()
    {
        { nameof(RegisterCitizenCommand.FullName), "", RegisterCitizenValidator.FullNameRequired },
        { nameof(RegisterCitizenCommand.FullName), "    ", RegisterCitizenValidator.FullNameRequired },
        { nameof(RegisterCitizenCommand.FullName), "علی", RegisterCitizenValidator.FullNameTooShort },
        { nameof(RegisterCitizenCommand.FullName), "علیرضاکریمی", RegisterCitizenValidator.FullNameTooShort }, // no space
        { nameof(RegisterCitizenCommand.FullName), "ع ک", RegisterCitizenValidator.FullNameTooShort },
        { nameof(RegisterCitizenCommand.FullName), "علی " + new string('ک', 97), RegisterCitizenValidator.FullNameTooLong }, // 101
        { nameof(RegisterCitizenCommand.FullName), "علی کریمی ۲", RegisterCitizenValidator.FullNameHasDigits },
        { nameof(RegisterCitizenCommand.FullName), "Ali Karimi2", RegisterCitizenValidator.FullNameHasDigits },
        { nameof(RegisterCitizenCommand.NationalCode), "", ValidationMessages.NationalCodeRequired },
        { nameof(RegisterCitizenCommand.NationalCode), "12345", ValidationMessages.NationalCodeFormat },
        { nameof(RegisterCitizenCommand.NationalCode), "00762296a5", ValidationMessages.NationalCodeFormat },
        { nameof(RegisterCitizenCommand.NationalCode), "0076229646", ValidationMessages.NationalCodeInvalid },
        { nameof(RegisterCitizenCommand.NationalCode), "1111111111", ValidationMessages.NationalCodeInvalid },
        { nameof(RegisterCitizenCommand.Mobile), "", ValidationMessages.MobileRequired },
        { nameof(RegisterCitizenCommand.Mobile), "08121234567", ValidationMessages.MobileInvalid },
        { nameof(RegisterCitizenCommand.Mobile), "0912123456", ValidationMessages.MobileInvalid },
        { nameof(RegisterCitizenCommand.Email), "", RegisterCitizenValidator.EmailRequired },
        { nameof(RegisterCitizenCommand.Email), "   ", RegisterCitizenValidator.EmailRequired },
        { nameof(RegisterCitizenCommand.Email), "ali.karimi", RegisterCitizenValidator.EmailInvalid },
        { nameof(RegisterCitizenCommand.Email), "ali@localhost", RegisterCitizenValidator.EmailInvalid },
        { nameof(RegisterCitizenCommand.Email), "ali karimi@example.com", RegisterCitizenValidator.EmailInvalid },
        { nameof(RegisterCitizenCommand.Email), "ali@example.", RegisterCitizenValidator.EmailInvalid },
        { nameof(RegisterCitizenCommand.Email), "ali@@example.com", RegisterCitizenValidator.EmailInvalid },
        { nameof(RegisterCitizenCommand.Email), "Ali <ali@example.com>", RegisterCitizenValidator.EmailInvalid },
        { nameof(RegisterCitizenCommand.Password), "short pass", PasswordPolicy.TooShort },
        { nameof(RegisterCitizenCommand.Password), FakeCommonPasswords.ListedLong, PasswordPolicy.TooCommon },
        { nameof(RegisterCitizenCommand.Password), "abcabcabcabcabc", PasswordPolicy.TooCommon },
        { nameof(RegisterCitizenCommand.Password), "my code 0076229645", PasswordPolicy.ContainsPersonalData },
        { nameof(RegisterCitizenCommand.Password), "phone 9121234567 ok", PasswordPolicy.ContainsPersonalData },
        { nameof(RegisterCitizenCommand.ConfirmPassword), "کتاب سبز روی میز چوبی.", RegisterCitizenValidator.PasswordMismatch },
        { nameof(RegisterCitizenCommand.ConfirmPassword), "", RegisterCitizenValidator.PasswordMismatch },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public void Each_invalid_field_is_reported_under_its_own_key(string field, string value, string expectedMessage)
    {
        var command = Registration.ValidCommand();
        Set(command, field, value);

        var (citizen, errors) = _validator.Validate(command);

        Assert.Null(citizen);
        Assert.True(errors.Any);
        var dictionary = errors.ToDictionary();
        var entry = Assert.Single(dictionary);
        Assert.Equal(field, entry.Key);
        Assert.Equal([expectedMessage], entry.Value);
    }

    [Fact]
    public void Password_mismatch_is_reported_on_confirm_password_not_password()
    {
        var command = Registration.ValidCommand();
        command.ConfirmPassword = Registration.Passphrase + " ";

        var (citizen, errors) = _validator.Validate(command);

        Assert.Null(citizen);
        var dictionary = errors.ToDictionary();
        Assert.Equal([RegisterCitizenValidator.PasswordMismatch], dictionary[nameof(RegisterCitizenCommand.ConfirmPassword)]);
        Assert.False(dictionary.ContainsKey(nameof(RegisterCitizenCommand.Password)));
    }

    [Fact]
    public void Personal_data_check_uses_the_parsed_values_whatever_script_they_were_typed_in()
    {
        // The national code was typed in Persian digits; the password holds it in ASCII digits.
        var command = Registration.ValidCommand();
        command.Password = "secret 0076229645 pass";
        command.ConfirmPassword = command.Password;

        var (_, errors) = _validator.Validate(command);

        Assert.Equal([PasswordPolicy.ContainsPersonalData], errors.ToDictionary()[nameof(RegisterCitizenCommand.Password)]);
    }

    [Fact]
    public void Several_errors_are_all_reported_at_once()
    {
        var command = new RegisterCitizenCommand
        {
            FullName = "",
            NationalCode = "0076229646",
            Mobile = "123",
            Email = "not-an-email",
            Password = "short",
            ConfirmPassword = "other",
        };

        var (citizen, errors) = _validator.Validate(command);

        Assert.Null(citizen);
        var dictionary = errors.ToDictionary();
        Assert.Equal(
            new[]
            {
                nameof(RegisterCitizenCommand.ConfirmPassword),
                nameof(RegisterCitizenCommand.Email),
                nameof(RegisterCitizenCommand.FullName),
                nameof(RegisterCitizenCommand.Mobile),
                nameof(RegisterCitizenCommand.NationalCode),
                nameof(RegisterCitizenCommand.Password),
            },
            dictionary.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([RegisterCitizenValidator.FullNameRequired], dictionary[nameof(RegisterCitizenCommand.FullName)]);
        Assert.Equal([ValidationMessages.NationalCodeInvalid], dictionary[nameof(RegisterCitizenCommand.NationalCode)]);
        Assert.Equal([ValidationMessages.MobileInvalid], dictionary[nameof(RegisterCitizenCommand.Mobile)]);
        Assert.Equal([RegisterCitizenValidator.EmailInvalid], dictionary[nameof(RegisterCitizenCommand.Email)]);
        Assert.Equal([PasswordPolicy.TooShort], dictionary[nameof(RegisterCitizenCommand.Password)]);
        Assert.Equal([RegisterCitizenValidator.PasswordMismatch], dictionary[nameof(RegisterCitizenCommand.ConfirmPassword)]);
    }

    [Fact]
    public void A_password_with_several_problems_lists_each_of_them()
    {
        var command = Registration.ValidCommand();
        command.Password = "0076229645";
        command.ConfirmPassword = command.Password;

        var (_, errors) = _validator.Validate(command);

        var messages = errors.ToDictionary()[nameof(RegisterCitizenCommand.Password)];
        Assert.Contains(PasswordPolicy.TooShort, messages);
        Assert.Contains(PasswordPolicy.ContainsPersonalData, messages);
    }

    [Theory]
    [InlineData(" Ali@Example.COM ", "Ali@example.com")]
    [InlineData("ali\u06F1\u06F2@example.com", "ali12@example.com")]
    [InlineData("a.b+tag@Sub.Example.IR", "a.b+tag@sub.example.ir")]
    public void NormalizeEmail_trims_converts_digits_and_lower_cases_only_the_domain(string input, string expected)
    {
        Assert.Equal(expected, RegisterCitizenValidator.NormalizeEmail(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ali")]
    [InlineData("@example.com")]
    [InlineData("ali@")]
    [InlineData("ali@.example.com")]
    [InlineData("ali@example")]
    [InlineData("a b@example.com")]
    public void NormalizeEmail_rejects_implausible_addresses(string? input)
    {
        Assert.Null(RegisterCitizenValidator.NormalizeEmail(input));
    }

    private static void Set(RegisterCitizenCommand command, string field, string value)
    {
        switch (field)
        {
            case nameof(RegisterCitizenCommand.FullName):
                command.FullName = value;
                break;
            case nameof(RegisterCitizenCommand.NationalCode):
                command.NationalCode = value;
                break;
            case nameof(RegisterCitizenCommand.Mobile):
                command.Mobile = value;
                break;
            case nameof(RegisterCitizenCommand.Email):
                command.Email = value;
                break;
            case nameof(RegisterCitizenCommand.Password):
                command.Password = value;
                command.ConfirmPassword = value;
                break;
            case nameof(RegisterCitizenCommand.ConfirmPassword):
                command.ConfirmPassword = value;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field, null);
        }
    }
}
