using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.ValueObjects;
using static CoopPortal.UnitTests.Formation.TestApplications;

namespace CoopPortal.UnitTests.Formation;

/// <summary>Each formation rule from domain.md, valid and invalid, starting from an application with no problem.</summary>
public sealed class FormationValidatorTests
{
    private const string ArabicYeh = "\u064A"; // ي
    private const string ArabicKaf = "\u0643"; // ك
    private const string Zwnj = "\u200C";

    [Fact]
    public void The_builder_gives_an_application_without_any_problem()
    {
        var application = Complete();

        Assert.Empty(Problems(application));
        Assert.Equal(7, application.Members.Count);
        Assert.Equal(3, application.Members.Count(m => m.IsFounder));
        Assert.Equal(2, application.ProposedNames.Count);
        Assert.Contains(application.Members, m => m.NationalCode == application.ApplicantNationalCode);
        Assert.Equal(7, application.Members.Select(m => m.NationalCode).Distinct().Count());
        Assert.All(application.Members, m => Assert.True(NationalCode.IsValid(m.NationalCode), m.NationalCode));
    }

    [Fact]
    public void Today_in_the_context_is_the_second_of_azar_1405()
    {
        // The age tests below count from this date.
        Assert.Equal("1405/09/02", JalaliDate.Format(Today));
    }

    // ---- members: how many ------------------------------------------------------------------------------------

    [Fact]
    public void Six_members_are_too_few()
    {
        var problems = Problems(Complete(ValidMembers(6)));

        var problem = Assert.Single(problems);
        Assert.Equal(ApplicationSection.Members, problem.Section);
        Assert.Equal("Members", problem.Field);
        Assert.Contains("۷", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(10)]
    public void Seven_or_more_members_are_enough(int count)
    {
        var members = ValidMembers(count).Select(m => m with { ShareSubscribed = Share, AmountPaid = Paid }).ToList();

        Assert.Empty(Problems(Complete(members)));
    }

    [Fact]
    public void The_minimum_comes_from_the_rules()
    {
        var rules = FormationRules.Default with { MinimumMembers = 5 };
        var application = Complete(ValidMembers(5));

        Assert.Empty(Problems(application, Context(rules)));
        Assert.Contains(Problems(application), p => p.Section == ApplicationSection.Members && p.Field == "Members");
        Assert.Contains(Problems(Complete(ValidMembers(4)), Context(rules)), p => p.Section == ApplicationSection.Members && p.Field == "Members");
    }

    // ---- founders board ---------------------------------------------------------------------------------------

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(7)]
    public void The_founders_board_must_be_exactly_three(int founders)
    {
        var application = Complete();
        application.SetFounders(application.Members.Take(founders).Select(m => m.Id).ToList(), Now);

        var problem = Assert.Single(Problems(application));
        Assert.Equal(ApplicationSection.FoundersBoard, problem.Section);
        Assert.Equal("Founders", problem.Field);
    }

    [Fact]
    public void Any_three_members_make_a_founders_board()
    {
        var application = Complete();
        application.SetFounders(application.Members.Skip(4).Select(m => m.Id).ToList(), Now);

        Assert.Equal(3, application.Members.Count(m => m.IsFounder));
        Assert.Empty(Problems(application));
    }

    // ---- capital: paid at least one third ---------------------------------------------------------------------

    [Fact]
    public void Exactly_one_third_paid_is_enough()
    {
        // 7 × 9,000,000 = 63,000,000; a third is 21,000,000 = 7 × 3,000,000.
        var members = ValidMembers().Select(m => m with { ShareSubscribed = 9_000_000, AmountPaid = 3_000_000 }).ToList();
        var application = Complete(members);

        Assert.Equal(63_000_000, application.Capital.Total);
        Assert.Equal(21_000_000, application.Capital.Paid);
        Assert.Empty(Problems(application));
    }

    [Fact]
    public void One_rial_below_one_third_is_refused()
    {
        var members = ValidMembers().Select(m => m with { ShareSubscribed = 9_000_000, AmountPaid = 3_000_000 }).ToList();
        members[2] = members[2] with { AmountPaid = 2_999_999 };

        var problem = Assert.Single(Problems(Complete(members)));
        Assert.Equal(ApplicationSection.Capital, problem.Section);
        Assert.Equal("Paid", problem.Field);
    }

    [Fact]
    public void Nothing_paid_is_refused()
    {
        var members = ValidMembers().Select(m => m with { AmountPaid = null }).ToList();

        Assert.Contains(Problems(Complete(members)), p => p.Section == ApplicationSection.Capital && p.Field == "Paid");
    }

    [Fact]
    public void In_kind_contributions_count_as_paid()
    {
        // Member 2 pays nothing in cash but brings 3,000,000 in kind: paid is still exactly a third.
        var members = ValidMembers().Select(m => m with { ShareSubscribed = 9_000_000, AmountPaid = 3_000_000 }).ToList();
        members[2] = members[2] with { AmountPaid = 0, InKindValue = 3_000_000, InKindDescription = "یک دستگاه شیردوش" };
        var application = Complete(members);
        Attach(application, DocumentKind.ExpertValuation);

        Assert.Equal(18_000_000, application.Capital.Cash);
        Assert.Equal(3_000_000, application.Capital.InKind);
        Assert.Empty(Problems(application));
    }

    [Fact]
    public void The_paid_fraction_comes_from_the_rules()
    {
        // 4,000,000 of 10,000,000 each is 40%: enough for a third, not for a half.
        var rules = FormationRules.Default with { PaidFractionNumerator = 1, PaidFractionDenominator = 2 };

        Assert.Contains(Problems(Complete(), Context(rules)), p => p.Section == ApplicationSection.Capital && p.Field == "Paid");
    }

    [Fact]
    public void No_capital_at_all_is_reported_once()
    {
        var members = ValidMembers().Select(m => m with { ShareSubscribed = null, AmountPaid = null }).ToList();

        var capital = Assert.Single(Problems(Complete(members)), p => p.Section == ApplicationSection.Capital);
        Assert.Equal("Total", capital.Field);
        Assert.Equal(FormationValidator.NoCapital, capital.Message);
    }

    // ---- capital: share cap -----------------------------------------------------------------------------------

    [Fact]
    public void A_share_of_exactly_the_cap_is_allowed()
    {
        // 6 × 10,000,000 + 15,000,000 = 75,000,000; 15,000,000 is exactly 20%.
        var members = ValidMembers().ToList();
        members[3] = members[3] with { ShareSubscribed = 15_000_000 };
        var application = Complete(members);

        Assert.Equal(75_000_000, application.Capital.Total);
        Assert.Empty(Problems(application));
    }

    [Theory]
    [InlineData(15_000_001)]
    [InlineData(20_000_000)]
    [InlineData(18_000_000)]
    public void A_share_above_the_cap_is_refused_on_that_member(long share)
    {
        var members = ValidMembers().ToList();
        members[3] = members[3] with { ShareSubscribed = share };

        var problem = Assert.Single(Problems(Complete(members)));
        Assert.Equal(ApplicationSection.Capital, problem.Section);
        Assert.Equal("Members[3].ShareSubscribed", problem.Field);
        Assert.Contains("۲۰", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cap_of_thirty_percent_allows_a_quarter()
    {
        // 6 × 10,000,000 + 20,000,000 = 80,000,000; 20,000,000 is 25%.
        var members = ValidMembers().ToList();
        members[3] = members[3] with { ShareSubscribed = 20_000_000 };
        var application = Complete(members);

        Assert.NotEmpty(Problems(application));
        Assert.Empty(Problems(application, Context(FormationRules.Default with { MaxSharePercent = 30 })));
    }

    // ---- names ------------------------------------------------------------------------------------------------

    public static TheoryData<string?[]> NoNames => new()
    {
        Array.Empty<string?>(),
        new string?[] { "" },
        new string?[] { "   ", null, "" },
    };

    [Theory]
    [MemberData(nameof(NoNames))]
    public void At_least_one_name_is_required(string?[] names)
    {
        var application = Complete();
        application.SetProposedNames(names, Now);

        var problem = Assert.Single(Problems(application));
        Assert.Equal(ApplicationSection.Names, problem.Section);
        Assert.Equal("Names[0]", problem.Field);
        Assert.Equal(FormationValidator.NamesRequired, problem.Message);
    }

    [Fact]
    public void A_blank_between_names_is_reported()
    {
        var application = Complete();
        application.SetProposedNames(["مهر آفرین", "  ", "آفتاب زنجان"], Now);

        var problem = Assert.Single(Problems(application));
        Assert.Equal(ApplicationSection.Names, problem.Section);
        Assert.Equal("Names[1]", problem.Field);
        Assert.Contains("خالی", problem.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> SameNames => new()
    {
        { "تعاونی مهر", "شر" + ArabicKaf + "ت تعاون" + ArabicYeh + " مهر" },        // Arabic ي/ك and a leading «شرکت تعاونی»
        { "مهر", "تعاونی مهر" },
        { "مهر آفرین", "مهر" + Zwnj + "آفرین" },                                // space vs ZWNJ
        { "مهرآفرین", "مهر" + Zwnj + "آفرین" },                                 // nothing vs ZWNJ
        { "مهر آفرین", "  مهر   آفرین " },                                       // spaces
        { "کیان", ArabicKaf + ArabicYeh + "ان" },                                      // Arabic letters only
        { "آفتاب ۱۴", "آفتاب 14" },                                             // digit scripts
    };

    [Theory]
    [MemberData(nameof(SameNames))]
    public void Names_that_are_the_same_after_normalization_are_duplicates(string first, string second)
    {
        var application = Complete();
        application.SetProposedNames([first, second], Now);

        var problem = Assert.Single(Problems(application));
        Assert.Equal(ApplicationSection.Names, problem.Section);
        Assert.Equal("Names[1]", problem.Field);
        Assert.Equal(CooperativeName.Key(first), CooperativeName.Key(second));
    }

    [Theory]
    [InlineData("مهر", "ماه")]
    [InlineData("مهر آفرین", "مهر آفرینان")]
    [InlineData("تعاونی مهر", "تعاونی ماه")]
    [InlineData("آفتاب ۱۴", "آفتاب ۱۵")]
    public void Different_names_are_not_duplicates(string first, string second)
    {
        var application = Complete();
        application.SetProposedNames([first, second], Now);

        Assert.Empty(Problems(application));
    }

    [Theory]
    [InlineData("م")]
    [InlineData("تعاونی م")]
    [InlineData("شرکت تعاونی م")]
    public void A_name_of_fewer_than_two_letters_besides_the_word_cooperative_is_too_short(string name)
    {
        var application = Complete();
        application.SetProposedNames([name, "آفتاب زنجان"], Now);

        var problem = Assert.Single(Problems(application));
        Assert.Equal(ApplicationSection.Names, problem.Section);
        Assert.Equal("Names[0]", problem.Field);
        Assert.Contains("کوتاه", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("مه")]
    [InlineData("تعاونی مه")]
    [InlineData("شرکت تعاونی مه")]
    public void Two_letters_besides_the_word_cooperative_are_enough(string name)
    {
        var application = Complete();
        application.SetProposedNames([name, "آفتاب زنجان"], Now);

        Assert.Empty(Problems(application));
    }

    /// <summary>
    /// The validator's own message asks for "a name of at least two letters (without «تعاونی»)"; a name that is nothing
    /// but «تعاونی» or «شرکت تعاونی» has no letters left. Fails today: <see cref="CooperativeName.Key"/> keeps the prefix
    /// when nothing follows it, so the key is «تعاونی» (6 letters) and the name is accepted.
    /// </summary>
    [Theory]
    [InlineData("تعاونی")]
    [InlineData("شرکت تعاونی")]
    [InlineData("شر\u0643ت تعاون\u064A")]
    public void A_name_that_is_only_the_word_cooperative_is_too_short(string name)
    {
        var application = Complete();
        application.SetProposedNames([name, "آفتاب زنجان"], Now);

        var problem = Assert.Single(Problems(application));
        Assert.Equal(ApplicationSection.Names, problem.Section);
        Assert.Equal("Names[0]", problem.Field);
        Assert.Contains("کوتاه", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_further_down_the_list_is_reported_on_the_later_name()
    {
        var application = Complete();
        application.SetProposedNames(["مهر", "ماه", "آفتاب", "تعاونی ماه"], Now);

        var problem = Assert.Single(Problems(application));
        Assert.Equal("Names[3]", problem.Field);
        Assert.Contains("۲", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Five_names_are_allowed_and_six_are_too_many()
    {
        var application = Complete();
        string[] five = ["مهر", "ماه", "آفتاب", "ستاره", "باران"];
        application.SetProposedNames(five, Now);
        Assert.Empty(Problems(application));

        application.SetProposedNames([.. five, "دریا"], Now);

        var problem = Assert.Single(Problems(application));
        Assert.Equal(ApplicationSection.Names, problem.Section);
        Assert.Equal("Names[5]", problem.Field);
        Assert.Equal(FormationValidator.TooManyNames, problem.Message);
    }

    // ---- members: identity ------------------------------------------------------------------------------------

    [Fact]
    public void The_applicant_must_be_a_member()
    {
        var application = Complete(applicantNationalCode: NationalCodeFor(50));

        var problem = Assert.Single(Problems(application));
        Assert.Equal(ApplicationSection.Members, problem.Section);
        Assert.Equal("Members", problem.Field);
        Assert.Equal(FormationValidator.ApplicantNotMember, problem.Message);
    }

    [Fact]
    public void The_applicant_may_be_any_member_not_only_the_first()
    {
        Assert.Empty(Problems(Complete(applicantNationalCode: NationalCodeFor(6))));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_national_code_used_twice_is_reported_on_the_second_member(bool typedInPersianDigits)
    {
        var members = ValidMembers(8).ToList();
        var code = NationalCodeFor(1);
        members[5] = members[5] with { NationalCode = typedInPersianDigits ? PersianDigits.ToPersian(code) : code };

        var problem = Assert.Single(Problems(Complete(members)));
        Assert.Equal(ApplicationSection.Members, problem.Section);
        Assert.Equal("Members[5].NationalCode", problem.Field);
        Assert.Contains("تکراری", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_padded_nine_digit_code_is_the_same_person_as_the_ten_digit_one()
    {
        var members = ValidMembers(8).ToList();
        var code = NationalCodeFor(1); // starts with "00"
        members[5] = members[5] with { NationalCode = code[1..] };

        Assert.Contains(Problems(Complete(members)), p => p.Field == "Members[5].NationalCode");
    }

    [Theory]
    [InlineData("", ValidationMessages.NationalCodeRequired)]
    [InlineData("12345", ValidationMessages.NationalCodeFormat)]
    [InlineData("00123450x1", ValidationMessages.NationalCodeFormat)]
    [InlineData("1111111111", ValidationMessages.NationalCodeInvalid)]
    [InlineData("0076229646", ValidationMessages.NationalCodeInvalid)]
    public void An_invalid_national_code_is_reported(string code, string message)
    {
        var members = ValidMembers(8).ToList();
        members[4] = members[4] with { NationalCode = code };

        var problem = Assert.Single(Problems(Complete(members)));
        Assert.Equal(ApplicationSection.Members, problem.Section);
        Assert.Equal("Members[4].NationalCode", problem.Field);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_with_a_wrong_check_digit_is_refused()
    {
        var good = NationalCodeFor(4);
        var bad = good[..9] + (char)('0' + ((good[9] - '0' + 1) % 10));
        var members = ValidMembers(8).ToList();
        members[4] = members[4] with { NationalCode = bad };

        Assert.Contains(Problems(Complete(members)), p => p.Field == "Members[4].NationalCode");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Names_of_member_and_father_are_required(string blank)
    {
        var members = ValidMembers(8).ToList();
        members[2] = members[2] with { FullName = blank, FatherName = blank };

        var fields = Problems(Complete(members)).Select(p => p.Field).ToList();
        Assert.Equal(new[] { "Members[2].FullName", "Members[2].FatherName" }, fields);
    }

    // ---- members: birth date and age --------------------------------------------------------------------------

    [Theory]
    [InlineData("1370/13/01")]
    [InlineData("1370/00/10")]
    [InlineData("1370/07/31")] // months 7..12 have 30 days
    [InlineData("1370/05/00")]
    [InlineData("70/05/12")]
    [InlineData("13700512")]
    [InlineData("")]
    [InlineData("دیروز")]
    public void An_invalid_birth_date_is_reported(string birthDate)
    {
        var members = ValidMembers().ToList();
        members[6] = members[6] with { BirthDateJalali = birthDate };

        var problem = Assert.Single(Problems(Complete(members)));
        Assert.Equal(ApplicationSection.Members, problem.Section);
        Assert.Equal("Members[6].BirthDateJalali", problem.Field);
        Assert.Contains(FormationValidator.BirthDateInvalid, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1370/05/12")]
    [InlineData("۱۳۷۰/۰۵/۱۲")]
    [InlineData("1370-5-12")]
    [InlineData("1300/01/01")]
    [InlineData("1387/09/01")]
    [InlineData("1387/09/02")] // eighteen today
    public void A_valid_adult_birth_date_is_accepted(string birthDate)
    {
        var members = ValidMembers().ToList();
        members[6] = members[6] with { BirthDateJalali = birthDate };

        Assert.Empty(Problems(Complete(members)));
    }

    [Theory]
    [InlineData("1387/09/04")]
    [InlineData("1390/01/01")]
    [InlineData("1400/05/12")]
    [InlineData("1405/09/02")] // born today
    public void A_member_under_eighteen_is_refused(string birthDate)
    {
        var members = ValidMembers().ToList();
        members[6] = members[6] with { BirthDateJalali = birthDate };

        var problem = Assert.Single(Problems(Complete(members)));
        Assert.Equal(ApplicationSection.Members, problem.Section);
        Assert.Equal("Members[6].BirthDateJalali", problem.Field);
        Assert.Contains("۱۸", problem.Message, StringComparison.Ordinal);
    }

    // ---- members: mobile --------------------------------------------------------------------------------------

    [Theory]
    [InlineData("", ValidationMessages.MobileRequired)]
    [InlineData("0912123456", ValidationMessages.MobileInvalid)]
    [InlineData("091212345678", ValidationMessages.MobileInvalid)]
    [InlineData("08121234567", ValidationMessages.MobileInvalid)]
    [InlineData("02433456789", ValidationMessages.MobileInvalid)]
    [InlineData("تلفن", ValidationMessages.MobileInvalid)]
    public void An_invalid_mobile_is_reported(string mobile, string message)
    {
        var members = ValidMembers().ToList();
        members[1] = members[1] with { Mobile = mobile };

        var problem = Assert.Single(Problems(Complete(members)));
        Assert.Equal(ApplicationSection.Members, problem.Section);
        Assert.Equal("Members[1].Mobile", problem.Field);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("09121234567")]
    [InlineData("+989121234567")]
    [InlineData("00989121234567")]
    [InlineData("9121234567")]
    [InlineData("۰۹۱۲ ۱۲۳ ۴۵۶۷")]
    public void Mobiles_in_any_accepted_form_are_valid(string mobile)
    {
        var members = ValidMembers().ToList();
        members[1] = members[1] with { Mobile = mobile };

        Assert.Empty(Problems(Complete(members)));
    }

    // ---- members: shares --------------------------------------------------------------------------------------

    [Theory]
    [InlineData(null)]
    [InlineData(0L)]
    [InlineData(-5L)]
    public void A_missing_share_is_reported(long? share)
    {
        var members = ValidMembers(8).ToList();
        members[3] = members[3] with { ShareSubscribed = share, AmountPaid = null };

        var problem = Assert.Single(Problems(Complete(members)));
        Assert.Equal(ApplicationSection.Members, problem.Section);
        Assert.Equal("Members[3].ShareSubscribed", problem.Field);
        Assert.Contains(FormationValidator.ShareRequired, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Paid_plus_in_kind_above_the_share_is_refused()
    {
        var members = ValidMembers().ToList();
        members[2] = members[2] with { AmountPaid = 6_000_000, InKindValue = 4_000_001, InKindDescription = "زمین" };
        var application = Complete(members);
        Attach(application, DocumentKind.ExpertValuation);

        var problem = Assert.Single(Problems(application));
        Assert.Equal(ApplicationSection.Members, problem.Section);
        Assert.Equal("Members[2].AmountPaid", problem.Field);
        Assert.Contains(FormationValidator.PaidAboveShare, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Paid_plus_in_kind_equal_to_the_share_is_allowed()
    {
        var members = ValidMembers().ToList();
        members[2] = members[2] with { AmountPaid = 6_000_000, InKindValue = 4_000_000, InKindDescription = "زمین" };
        var application = Complete(members);
        Attach(application, DocumentKind.ExpertValuation);

        Assert.Empty(Problems(application));
    }

    [Fact]
    public void Cash_alone_above_the_share_is_refused()
    {
        var members = ValidMembers().ToList();
        members[2] = members[2] with { AmountPaid = Share + 1 };

        Assert.Contains(Problems(Complete(members)), p => p.Field == "Members[2].AmountPaid" && p.Message.Contains(FormationValidator.PaidAboveShare, StringComparison.Ordinal));
    }

    [Fact]
    public void A_negative_amount_is_refused()
    {
        var members = ValidMembers().ToList();
        members[2] = members[2] with { AmountPaid = -1 };

        Assert.Contains(Problems(Complete(members)), p => p.Field == "Members[2].AmountPaid" && p.Message.Contains(FormationValidator.NegativeAmount, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void In_kind_without_a_description_is_refused(string? description)
    {
        var members = ValidMembers().ToList();
        members[2] = members[2] with { AmountPaid = 1_000_000, InKindValue = 3_000_000, InKindDescription = description };
        var application = Complete(members);
        Attach(application, DocumentKind.ExpertValuation);

        var problem = Assert.Single(Problems(application));
        Assert.Equal(ApplicationSection.Members, problem.Section);
        Assert.Equal("Members[2].InKindDescription", problem.Field);
        Assert.Contains(FormationValidator.InKindDescriptionRequired, problem.Message, StringComparison.Ordinal);
    }

    // ---- cooperative details ----------------------------------------------------------------------------------

    [Theory]
    [InlineData("123456789")]
    [InlineData("12345678901")]
    [InlineData("1111111111")]
    [InlineData("12345ab890")]
    [InlineData("")]
    public void An_invalid_postal_code_is_reported(string postalCode)
    {
        var application = Complete();
        application.UpdateDetails(ValidDetails() with { PostalCode = postalCode }, Now);

        var problem = Assert.Single(Problems(application));
        Assert.Equal(ApplicationSection.Cooperative, problem.Section);
        Assert.Equal("PostalCode", problem.Field);
        Assert.Equal(postalCode.Length == 0 ? ValidationMessages.PostalCodeRequired : ValidationMessages.PostalCodeInvalid, problem.Message);
    }

    [Theory]
    [InlineData("12345-67890")]
    [InlineData("۱۲۳۴۵۶۷۸۹۰")]
    [InlineData("12345 67890")]
    public void Postal_codes_as_people_write_them_are_valid(string postalCode)
    {
        var application = Complete();
        var d = ValidDetails();
        application.UpdateDetails(CooperativeDetails.Create(d.ActivityTypeId, d.OrientationId, d.MembershipTypeId, d.ActivityDescription, d.ProvinceId, d.CountyId, d.Address, postalCode, d.Phone), Now);

        Assert.Equal("1234567890", application.Details.PostalCode);
        Assert.Empty(Problems(application));
    }

    [Theory]
    [InlineData("0243345678")]   // 10 digits
    [InlineData("024334567890")] // 12 digits
    [InlineData("12433456789")]  // does not start with 0
    [InlineData("0243345678x")]
    public void A_phone_that_is_not_eleven_digits_from_zero_is_refused(string phone)
    {
        var application = Complete();
        application.UpdateDetails(ValidDetails() with { Phone = phone }, Now);

        var problem = Assert.Single(Problems(application));
        Assert.Equal(ApplicationSection.Cooperative, problem.Section);
        Assert.Equal("Phone", problem.Field);
        Assert.Equal(FormationValidator.PhoneInvalid, problem.Message);
    }

    [Theory]
    [InlineData("۰۲۴۳۳۴۵۶۷۸۹")]
    [InlineData("024-3345-6789")]
    public void Phones_typed_with_persian_digits_or_dashes_are_valid(string phone)
    {
        var application = Complete();
        var d = ValidDetails();
        application.UpdateDetails(CooperativeDetails.Create(d.ActivityTypeId, d.OrientationId, d.MembershipTypeId, d.ActivityDescription, d.ProvinceId, d.CountyId, d.Address, d.PostalCode, phone), Now);

        Assert.Equal("02433456789", application.Details.Phone);
        Assert.Empty(Problems(application));
    }

    [Fact]
    public void A_missing_phone_is_required_not_invalid()
    {
        var application = Complete();
        application.UpdateDetails(ValidDetails() with { Phone = "" }, Now);

        var problem = Assert.Single(Problems(application));
        Assert.Equal(FormationValidator.PhoneRequired, problem.Message);
    }

    [Fact]
    public void A_county_outside_the_province_is_refused()
    {
        var problem = Assert.Single(Problems(Complete(), Context(countyInProvince: false)));

        Assert.Equal(ApplicationSection.Cooperative, problem.Section);
        Assert.Equal("CountyId", problem.Field);
        Assert.Equal(FormationValidator.CountyNotInProvince, problem.Message);
    }

    [Fact]
    public void An_empty_draft_lists_every_cooperative_field()
    {
        var fields = Problems(Draft()).Where(p => p.Section == ApplicationSection.Cooperative).Select(p => p.Field).ToList();

        Assert.Equal(
            new[] { "ActivityTypeId", "OrientationId", "MembershipTypeId", "ActivityDescription", "ProvinceId", "CountyId", "Address", "PostalCode", "Phone" },
            fields);
    }

    [Theory]
    [InlineData("تولید لبنیات")]           // 12
    [InlineData("۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹")] // 19
    public void A_description_shorter_than_twenty_characters_is_refused(string description)
    {
        var application = Complete();
        application.UpdateDetails(ValidDetails() with { ActivityDescription = description }, Now);

        var problem = Assert.Single(Problems(application));
        Assert.Equal("ActivityDescription", problem.Field);
        Assert.Equal(FormationValidator.DescriptionTooShort, problem.Message);
    }

    [Fact]
    public void A_description_of_exactly_twenty_characters_is_enough()
    {
        var application = Complete();
        application.UpdateDetails(ValidDetails() with { ActivityDescription = new string('ک', 20) }, Now);

        Assert.Empty(Problems(application));
    }

    // ---- documents --------------------------------------------------------------------------------------------

    public static TheoryData<bool, bool, DocumentKind[]> RequiredKinds => new()
    {
        { false, false, [DocumentKind.FoundersIdCards, DocumentKind.ProposalPlan] },
        { true, false, [DocumentKind.FoundersIdCards, DocumentKind.ProposalPlan, DocumentKind.ActivityLicence] },
        { false, true, [DocumentKind.FoundersIdCards, DocumentKind.ProposalPlan, DocumentKind.ExpertValuation] },
        { true, true, [DocumentKind.FoundersIdCards, DocumentKind.ProposalPlan, DocumentKind.ActivityLicence, DocumentKind.ExpertValuation] },
    };

    [Theory]
    [MemberData(nameof(RequiredKinds))]
    public void Required_documents_follow_the_answers(bool needsLicence, bool anyInKind, DocumentKind[] expected)
    {
        Assert.Equal(expected, RequiredDocuments.For(needsLicence, anyInKind));
    }

    [Fact]
    public void The_activity_licence_is_required_only_when_the_orientation_needs_one()
    {
        var application = Complete();
        Assert.Empty(Problems(application, Context(orientationNeedsLicence: false)));

        var problem = Assert.Single(Problems(application, Context(orientationNeedsLicence: true)));
        Assert.Equal(ApplicationSection.Documents, problem.Section);
        Assert.Equal(nameof(DocumentKind.ActivityLicence), problem.Field);

        Attach(application, DocumentKind.ActivityLicence);
        Assert.Empty(Problems(application, Context(orientationNeedsLicence: true)));
    }

    [Fact]
    public void The_expert_valuation_is_required_only_when_someone_brings_something_in_kind()
    {
        var members = ValidMembers().ToList();
        members[5] = members[5] with { AmountPaid = 1_000_000, InKindValue = 3_000_000, InKindDescription = "یک دستگاه تراکتور" };
        var application = Complete(members);

        var problem = Assert.Single(Problems(application));
        Assert.Equal(ApplicationSection.Documents, problem.Section);
        Assert.Equal(nameof(DocumentKind.ExpertValuation), problem.Field);

        Attach(application, DocumentKind.ExpertValuation);
        Assert.Empty(Problems(application));
    }

    [Theory]
    [InlineData(nameof(DocumentKind.FoundersIdCards))]
    [InlineData(nameof(DocumentKind.ProposalPlan))]
    public void The_always_required_documents_are_reported_when_missing(string code)
    {
        var kind = new DocumentKind(code);
        var application = Complete();
        application.RemoveDocument(application.Documents.Single(d => d.Kind == kind).Id, Now);

        var problem = Assert.Single(Problems(application));
        Assert.Equal(ApplicationSection.Documents, problem.Section);
        Assert.Equal(kind.ToString(), problem.Field);
        Assert.Contains(DocumentKindText.Title(kind), problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_document_is_named_with_the_administrators_title()
    {
        var application = Complete();
        application.RemoveDocument(application.Documents.Single(d => d.Kind == DocumentKind.ProposalPlan).Id, Now);
        var renamed = new DocumentTypeCatalog([new DocumentTypeInfo(DocumentKind.ProposalPlan, "طرح کسب‌وکار تعاونی", string.Empty, 2, true)]);

        var problem = Assert.Single(Problems(application, Context() with { DocumentTypes = renamed }));

        Assert.Equal("طرح کسب‌وکار تعاونی را بارگذاری کنید.", problem.Message);
    }

    [Fact]
    public void Other_documents_do_not_stand_in_for_required_ones()
    {
        var application = Complete();
        application.RemoveDocument(application.Documents.Single(d => d.Kind == DocumentKind.ProposalPlan).Id, Now);
        Attach(application, DocumentKind.Other);

        Assert.Contains(Problems(application), p => p.Field == nameof(DocumentKind.ProposalPlan));
    }

    [Fact]
    public void A_kind_the_administrator_requires_of_all_is_asked_for_by_its_title_while_it_is_active()
    {
        var clearance = new DocumentKind("Custom-0123456789ab");
        var catalog = new DocumentTypeCatalog([new DocumentTypeInfo(clearance, "گواهی عدم سوء پیشینه", string.Empty, 6, true, RequiredOfAll: true)]);
        var application = Complete();

        var problem = Assert.Single(Problems(application, Context() with { DocumentTypes = catalog }));
        Assert.Equal((ApplicationSection.Documents, clearance.Code, "گواهی عدم سوء پیشینه را بارگذاری کنید."), (problem.Section, problem.Field, problem.Message));

        Attach(application, clearance);
        Assert.Empty(Problems(application, Context() with { DocumentTypes = catalog }));

        var retired = new DocumentTypeCatalog([new DocumentTypeInfo(clearance, "گواهی عدم سوء پیشینه", string.Empty, 6, false, RequiredOfAll: true)]);
        Assert.DoesNotContain(clearance, RequiredDocuments.For(false, false, retired));
        var optional = new DocumentTypeCatalog([new DocumentTypeInfo(clearance, "گواهی عدم سوء پیشینه", string.Empty, 6, true)]);
        Assert.Equal([DocumentKind.FoundersIdCards, DocumentKind.ProposalPlan], RequiredDocuments.For(false, false, optional));
        Assert.Equal([DocumentKind.FoundersIdCards, DocumentKind.ProposalPlan, DocumentKind.ActivityLicence, clearance], RequiredDocuments.For(true, false, catalog));
    }

    [Fact]
    public void A_kind_added_as_required_is_not_asked_of_an_application_already_submitted()
    {
        var clearance = new DocumentKind("Custom-0123456789ab");
        var context = Context() with { DocumentTypes = new DocumentTypeCatalog([new DocumentTypeInfo(clearance, "گواهی عدم سوء پیشینه", string.Empty, 6, true, RequiredOfAll: true)]) };

        Assert.Contains(clearance, context.RequiredDocumentsOf(Complete()));
        Assert.DoesNotContain(clearance, context.RequiredDocumentsOf(Returned(ApplicationSection.Names)));
        Assert.DoesNotContain(Problems(Returned(ApplicationSection.Names), context), p => p.Section == ApplicationSection.Documents);
    }

    // ---- declaration ------------------------------------------------------------------------------------------

    [Fact]
    public void The_declaration_must_be_accepted()
    {
        var application = Complete();
        application.SetDeclaration(false, Now);

        var problem = Assert.Single(Problems(application));
        Assert.Equal(ApplicationSection.Declaration, problem.Section);
        Assert.Equal("DeclarationAccepted", problem.Field);
        Assert.Equal(FormationValidator.DeclarationRequired, problem.Message);
    }

    [Fact]
    public void Every_problem_message_is_persian()
    {
        var problems = Problems(Draft());

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.True(HasPersianLetter(p.Message), p.Message));
    }
}
