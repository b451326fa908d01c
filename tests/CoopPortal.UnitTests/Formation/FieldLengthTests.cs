using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;
using static CoopPortal.UnitTests.Formation.TestApplications;

namespace CoopPortal.UnitTests.Formation;

/// <summary>
/// One length rule per field (<see cref="FieldLengths"/>): a draft keeps at most the column's length and says so beside
/// the field; a staff member's text over it is refused with a Persian message. The EF side of the same rule is checked
/// against the model in the integration tests (FieldLengthModelTests).
/// </summary>
public sealed class FieldLengthTests
{
    public static TheoryData<string, int> MemberTextFields => new()
    {
        { nameof(Member.FullName), FieldLengths.PersonName },
        { nameof(Member.FatherName), FieldLengths.PersonName },
        { nameof(Member.NationalCode), FieldLengths.TypedCode },
        { nameof(Member.BirthDateJalali), FieldLengths.TypedCode },
        { nameof(Member.Mobile), FieldLengths.TypedCode },
        { nameof(Member.InKindDescription), FieldLengths.InKindDescription },
    };

    [Theory]
    [MemberData(nameof(MemberTextFields))]
    public void A_member_field_one_character_over_its_length_gets_a_persian_message_and_at_its_length_none(string field, int max)
    {
        Assert.Equal(max, Member.MaxLengthOf(field));
        Assert.Null(Member.LengthProblem(field, new string('ب', max)));
        var message = Member.LengthProblem(field, new string('ب', max + 1));
        Assert.Equal(FieldLengths.TooLong(max), message);
        Assert.Contains(PersianNumbers.Format(max), message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_with_a_150_character_name_keeps_the_first_100_and_everything_else_typed()
    {
        var name = string.Concat(Enumerable.Repeat("محمدرضا ", 19)).Trim(); // 151 characters
        Assert.True(name.Length > 150);

        var member = Draft().AddMember(new MemberDetails(name, "علی", "0076229645", "1370/05/12", "09121234567", 1_000_000, 400_000, null, null), Now);

        Assert.Equal(FieldLengths.PersonName, member.FullName.Length);
        Assert.StartsWith(member.FullName, name, StringComparison.Ordinal);
        Assert.Equal("علی", member.FatherName);
        Assert.Equal("0076229645", member.NationalCode);
        Assert.Equal("09121234567", member.Mobile);
        Assert.Equal(1_000_000, member.ShareSubscribed);
    }

    [Fact]
    public void Cooperative_details_and_proposed_names_are_kept_within_their_columns()
    {
        var details = CooperativeDetails.Create(null, null, null, new string('ش', FieldLengths.ActivityDescription + 5), null, null,
            new string('ن', FieldLengths.Address + 1), new string('1', 40), new string('2', 40));
        Assert.Equal(FieldLengths.ActivityDescription, details.ActivityDescription.Length);
        Assert.Equal(FieldLengths.Address, details.Address.Length);
        Assert.Equal(FieldLengths.TypedCode, details.PostalCode.Length);
        Assert.Equal(FieldLengths.TypedCode, details.Phone.Length);

        var application = Draft();
        application.SetProposedNames([new string('م', FieldLengths.CooperativeName + 50)], Now);
        Assert.Equal(FieldLengths.CooperativeName, application.ProposedNames[0].Name.Length);
        Assert.True(application.ProposedNames[0].NameKey.Length <= FieldLengths.CooperativeName);
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var text = new string('a', 9) + "😀";

        Assert.Equal(new string('a', 9), FieldLengths.Fit(text, 10));
    }

    [Fact]
    public void A_staff_text_over_its_length_is_refused_with_a_persian_message()
    {
        var refused = Assert.Throws<DomainException>(() => FieldLengths.Ensure(new string('د', FieldLengths.RevocationReason + 1), FieldLengths.RevocationReason));
        Assert.Equal(FieldLengths.TooLong(FieldLengths.RevocationReason), refused.Message);
        Assert.Equal(FieldLengths.RevocationReason, FieldLengths.Ensure(new string('د', FieldLengths.RevocationReason), FieldLengths.RevocationReason).Length);
    }

    [Fact]
    public void Invisible_characters_do_not_count_and_are_not_stored_in_a_member_name()
    {
        var member = Draft().AddMember(new MemberDetails("\u202Eمریم\u202C کاظمی", null, null, null, null, null, null, null, null), Now);

        Assert.Equal("مریم کاظمی", member.FullName);
        Assert.Null(Member.LengthProblem(nameof(Member.FullName), new string('\u202E', 300) + "مریم"));
    }
}
