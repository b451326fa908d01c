using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Registry;
using static CoopPortal.UnitTests.Assemblies.AssemblyFixtures;

namespace CoopPortal.UnitTests.Assemblies;

/// <summary>A confirmed assembly's change applied to the registry: officers replaced and kept as history, managers, capital, address, name.</summary>
public sealed class RegistryChangeTests
{
    private static readonly Guid FirstAssembly = Guid.NewGuid();
    private static readonly Guid SecondAssembly = Guid.NewGuid();
    private static readonly DateOnly FirstOn = J("1402/04/10");
    private static readonly DateOnly SecondOn = J("1405/03/20");

    private static OfficerEntry Officer(OfficerRole role, int code, string name, DateOnly start) =>
        new(role, name, Code(code), start, RegistryRules.Default.TermEndFor(role, start));

    private static List<OfficerEntry> FirstBoard =>
    [
        Officer(OfficerRole.BoardMember, 10, "احمد اول", FirstOn),
        Officer(OfficerRole.BoardMember, 11, "بهرام دوم", FirstOn),
        Officer(OfficerRole.BoardMember, 12, "پری سوم", FirstOn),
        Officer(OfficerRole.AlternateBoardMember, 13, "تینا چهارم", FirstOn),
    ];

    private static List<OfficerEntry> FirstInspectors => [Officer(OfficerRole.Inspector, 14, "ثریا پنجم", FirstOn)];

    /// <summary>The imported cooperative (its CEO a manager) after a first assembly elected a board and an inspector.</summary>
    private static Cooperative WithFirstBoard()
    {
        var cooperative = NewCooperative();
        cooperative.ApplyChange(new RegistryChange(FirstAssembly, FirstOn, Board: FirstBoard, Inspectors: FirstInspectors));
        return cooperative;
    }

    [Fact]
    public void A_first_board_is_added_beside_the_ceo_and_its_principals_become_managers()
    {
        var cooperative = WithFirstBoard();
        Assert.Equal(
            [(OfficerRole.Ceo, Code(90)), (OfficerRole.BoardMember, Code(10)), (OfficerRole.BoardMember, Code(11)), (OfficerRole.BoardMember, Code(12)), (OfficerRole.AlternateBoardMember, Code(13)), (OfficerRole.Inspector, Code(14))],
            cooperative.Officers.Select(o => (o.Role, o.NationalCode)));
        Assert.Equal(
            [(OfficerRole.Ceo, Code(90)), (OfficerRole.BoardMember, Code(10)), (OfficerRole.BoardMember, Code(11)), (OfficerRole.BoardMember, Code(12))],
            cooperative.Managers.Select(m => (m.Role, m.NationalCode)));
        Assert.Empty(cooperative.PastOfficers);
        Assert.Equal(FirstAssembly, cooperative.LastChangedByAssemblyId);
    }

    [Fact]
    public void A_new_board_replaces_the_old_which_is_kept_with_the_day_it_ended_and_the_assembly()
    {
        var cooperative = WithFirstBoard();
        List<OfficerEntry> board =
        [
            Officer(OfficerRole.BoardMember, 11, "بهرام دوم", SecondOn),
            Officer(OfficerRole.BoardMember, 20, "جواد نو", SecondOn),
            Officer(OfficerRole.BoardMember, 21, "چکاوک نو", SecondOn),
            Officer(OfficerRole.AlternateBoardMember, 10, "احمد اول", SecondOn),
        ];
        cooperative.ApplyChange(new RegistryChange(SecondAssembly, SecondOn, Board: board));

        Assert.Equal(
            [Code(90), Code(14), Code(11), Code(20), Code(21), Code(10)],
            cooperative.Officers.Select(o => o.NationalCode));
        var renewed = cooperative.Officers.Single(o => o.NationalCode == Code(11));
        Assert.Equal((SecondOn, J("1408/03/19")), (renewed.TermStartsOn!.Value, renewed.TermEndsOn!.Value));

        Assert.Equal(4, cooperative.PastOfficers.Count);
        Assert.All(cooperative.PastOfficers, p => Assert.Equal((SecondOn, SecondAssembly), (p.EndedOn, p.ReplacedByAssemblyId)));
        Assert.Equal(
            [(OfficerRole.BoardMember, Code(10)), (OfficerRole.BoardMember, Code(11)), (OfficerRole.BoardMember, Code(12)), (OfficerRole.AlternateBoardMember, Code(13))],
            cooperative.PastOfficers.Select(p => (p.Role, p.NationalCode)).Order());
        var past = cooperative.PastOfficers.Single(p => p.NationalCode == Code(12));
        Assert.Equal(("پری سوم", FirstOn, J("1405/04/09")), (past.FullName, past.TermStartsOn!.Value, past.TermEndsOn!.Value));
        Assert.NotEqual(Guid.Empty, past.Id);
        Assert.Equal(SecondAssembly, cooperative.LastChangedByAssemblyId);
    }

    [Fact]
    public void Inspectors_stay_when_the_change_has_none_and_are_replaced_when_it_has()
    {
        var cooperative = WithFirstBoard();
        cooperative.ApplyChange(new RegistryChange(SecondAssembly, SecondOn, Board: FirstBoard));
        Assert.Equal([Code(14)], cooperative.Officers.Where(o => o.Role == OfficerRole.Inspector).Select(o => o.NationalCode));
        Assert.DoesNotContain(cooperative.PastOfficers, p => p.Role == OfficerRole.Inspector);

        var other = WithFirstBoard();
        other.ApplyChange(new RegistryChange(SecondAssembly, SecondOn, Inspectors: [Officer(OfficerRole.Inspector, 22, "حمید بازرس", SecondOn), Officer(OfficerRole.AlternateInspector, 23, "خدیجه بازرس", SecondOn)]));
        Assert.Equal([Code(22), Code(23)], other.Officers.Where(o => o.Role is OfficerRole.Inspector or OfficerRole.AlternateInspector).Select(o => o.NationalCode));
        var past = Assert.Single(other.PastOfficers);
        Assert.Equal((OfficerRole.Inspector, Code(14), SecondOn), (past.Role, past.NationalCode, past.EndedOn));
        Assert.Equal(4, other.Officers.Count(o => o.Role is OfficerRole.BoardMember or OfficerRole.AlternateBoardMember));
        Assert.Equal(4, other.Managers.Count);
    }

    [Fact]
    public void The_managers_follow_the_new_principal_board_and_the_ceo_stays()
    {
        var cooperative = WithFirstBoard();
        List<OfficerEntry> board =
        [
            Officer(OfficerRole.BoardMember, 11, "بهرام دوم", SecondOn),
            Officer(OfficerRole.BoardMember, 20, "جواد نو", SecondOn),
            Officer(OfficerRole.BoardMember, 90, "رضا مدیری", SecondOn),
            Officer(OfficerRole.AlternateBoardMember, 10, "احمد اول", SecondOn),
        ];
        cooperative.ApplyChange(new RegistryChange(SecondAssembly, SecondOn, Board: board));
        Assert.Equal(
            [(OfficerRole.Ceo, Code(90)), (OfficerRole.BoardMember, Code(11)), (OfficerRole.BoardMember, Code(20))],
            cooperative.Managers.Select(m => (m.Role, m.NationalCode)));
        Assert.Equal("جواد نو", cooperative.Managers.Single(m => m.NationalCode == Code(20)).FullName);
        Assert.Contains(cooperative.Officers, o => o.Role == OfficerRole.Ceo && o.NationalCode == Code(90));
    }

    [Fact]
    public void Capital_address_and_name_are_applied_and_the_name_key_follows_the_name()
    {
        var cooperative = NewCooperative();
        var key = cooperative.NameKey;
        cooperative.ApplyChange(new RegistryChange(SecondAssembly, SecondOn, Capital: 2_500_000_000, Address: "زنجان، بلوار آزادي، پلاک ۱۲", Name: "تعاونی مصرف کارکنان آفتاب"));
        Assert.Equal(2_500_000_000, cooperative.Capital);
        Assert.Equal("زنجان، بلوار آزادی، پلاک ۱۲", cooperative.Address);
        Assert.Equal("تعاونی مصرف کارکنان آفتاب", cooperative.Name);
        Assert.NotEqual(key, cooperative.NameKey);
        Assert.Equal(CooperativeName.Key("تعاونی مصرف کارکنان آفتاب"), cooperative.NameKey);
        Assert.Equal(CooperativeName.Key("تعاوني  مصرف كاركنان آفتاب"), cooperative.NameKey);
        Assert.Single(cooperative.Officers);
        Assert.Empty(cooperative.PastOfficers);
    }

    [Fact]
    public void An_empty_change_changes_nothing_but_the_last_assembly()
    {
        var cooperative = WithFirstBoard();
        var before = (cooperative.Name, cooperative.NameKey, cooperative.Capital, cooperative.Address, Officers: cooperative.Officers.Select(o => o.ToEntry()).ToList(), Managers: cooperative.Managers.Select(m => m.NationalCode).ToList());
        var change = new RegistryChange(SecondAssembly, SecondOn);
        Assert.True(change.IsEmpty);
        cooperative.ApplyChange(change);
        Assert.Equal(before.Name, cooperative.Name);
        Assert.Equal(before.NameKey, cooperative.NameKey);
        Assert.Equal(1_000_000_000, cooperative.Capital);
        Assert.Null(cooperative.Address);
        Assert.Equal(before.Officers, cooperative.Officers.Select(o => o.ToEntry()));
        Assert.Equal(before.Managers, cooperative.Managers.Select(m => m.NationalCode));
        Assert.Empty(cooperative.PastOfficers);
        Assert.Equal(SecondAssembly, cooperative.LastChangedByAssemblyId);
    }

    [Fact]
    public void An_empty_address_or_name_is_not_applied()
    {
        var cooperative = NewCooperative();
        cooperative.ApplyChange(new RegistryChange(SecondAssembly, SecondOn, Address: "", Name: ""));
        Assert.Equal("تعاونی مصرف کارکنان نمونه", cooperative.Name);
        Assert.Null(cooperative.Address);
    }

    [Fact]
    public void An_empty_board_leaves_the_post_empty_and_keeps_the_old_board_as_history()
    {
        var cooperative = WithFirstBoard();
        cooperative.ApplyChange(new RegistryChange(SecondAssembly, SecondOn, Board: []));
        Assert.DoesNotContain(cooperative.Officers, o => o.Role is OfficerRole.BoardMember or OfficerRole.AlternateBoardMember);
        Assert.Equal(4, cooperative.PastOfficers.Count);
        Assert.Equal([OfficerRole.Ceo], cooperative.Managers.Select(m => m.Role));
    }

    [Fact]
    public void A_change_says_whether_it_is_empty()
    {
        Assert.False(new RegistryChange(SecondAssembly, SecondOn, Capital: 1).IsEmpty);
        Assert.False(new RegistryChange(SecondAssembly, SecondOn, Inspectors: []).IsEmpty);
        Assert.False(new RegistryChange(SecondAssembly, SecondOn, Name: "نام").IsEmpty);
    }

    [Fact]
    public void Past_officers_are_listed_oldest_first()
    {
        var cooperative = WithFirstBoard();
        cooperative.ApplyChange(new RegistryChange(SecondAssembly, SecondOn, Inspectors: [Officer(OfficerRole.Inspector, 22, "حمید بازرس", SecondOn)]));
        cooperative.ApplyChange(new RegistryChange(Guid.NewGuid(), J("1405/01/15"), Board: []));
        Assert.Equal([J("1405/01/15"), J("1405/01/15"), J("1405/01/15"), J("1405/01/15"), SecondOn], cooperative.PastOfficers.Select(p => p.EndedOn));
        Assert.Equal(
            [OfficerRole.BoardMember, OfficerRole.BoardMember, OfficerRole.BoardMember, OfficerRole.AlternateBoardMember, OfficerRole.Inspector],
            cooperative.PastOfficers.Select(p => p.Role));
    }
}
