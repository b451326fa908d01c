using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Users;
using CoopPortal.UnitTests.TestSupport;

namespace CoopPortal.UnitTests.Application;

public sealed class OfficeScopeTests
{
    private const int Tehran = 19;
    private const int Esfahan = 8;
    private const int Shemiranat = 301;
    private const int Rey = 302;

    [Theory]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.HeadOfOffice)]
    public void Office_staff_act_only_in_their_own_province(string role)
    {
        var user = FakeCurrentUser.WithRole(role, Tehran);

        Assert.True(OfficeScope.CanActIn(user, Tehran, null));
        Assert.False(OfficeScope.CanActIn(user, Esfahan, null));
        Assert.False(OfficeScope.CanActIn(user, 0, null));
    }

    [Theory]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.HeadOfOffice)]
    public void Office_staff_filter_is_their_province_only(string role)
    {
        var filter = OfficeScope.FilterFor(FakeCurrentUser.WithRole(role, Tehran));

        Assert.Equal(OfficeFilter.Province(Tehran), filter);
        Assert.False(filter.AllowsAll);
        Assert.Equal(Tehran, filter.ProvinceId);
        Assert.True(filter.AllowsAny);
        Assert.True(filter.Allows(Tehran, null));
        Assert.False(filter.Allows(Esfahan, null));
    }

    [Theory]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.HeadOfOffice)]
    public void Office_staff_without_a_province_act_nowhere(string role)
    {
        var user = FakeCurrentUser.WithRole(role, provinceId: null);

        Assert.False(OfficeScope.CanActIn(user, Tehran, null));
        Assert.False(OfficeScope.CanActIn(user, Esfahan, null));
        var filter = OfficeScope.FilterFor(user);
        Assert.Equal(OfficeFilter.None, filter);
        Assert.False(filter.AllowsAny);
        Assert.False(filter.Allows(Tehran, null));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Tehran)]
    public void Admin_acts_in_every_province(int? provinceId)
    {
        var user = FakeCurrentUser.WithRole(Roles.Admin, provinceId);

        Assert.All(Enumerable.Range(1, 31), p => Assert.True(OfficeScope.CanActIn(user, p, null)));
        var filter = OfficeScope.FilterFor(user);
        Assert.Equal(OfficeFilter.All, filter);
        Assert.True(filter.AllowsAll);
        Assert.True(filter.Allows(Esfahan, null));
        Assert.True(filter.Allows(Tehran, null));
    }

    [Theory]
    [InlineData(Roles.Applicant, null)]
    [InlineData(Roles.Applicant, Tehran)]
    [InlineData(Roles.CooperativeManager, null)]
    [InlineData(Roles.CooperativeManager, Tehran)]
    public void Applicants_and_cooperative_managers_act_in_no_province(string role, int? provinceId)
    {
        var user = FakeCurrentUser.WithRole(role, provinceId);

        Assert.False(OfficeScope.CanActIn(user, Tehran, null));
        Assert.False(OfficeScope.CanActIn(user, Esfahan, null));
        var filter = OfficeScope.FilterFor(user);
        Assert.Equal(OfficeFilter.None, filter);
        Assert.False(filter.AllowsAny);
        Assert.False(filter.Allows(Tehran, null));
    }

    [Fact]
    public void An_authenticated_user_with_no_role_acts_nowhere()
    {
        var user = new FakeCurrentUser(true, Tehran);

        Assert.False(OfficeScope.CanActIn(user, Tehran, null));
        Assert.Equal(OfficeFilter.None, OfficeScope.FilterFor(user));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.HeadOfOffice)]
    public void Unauthenticated_users_act_nowhere_whatever_their_claims(string? role)
    {
        var user = role is null ? FakeCurrentUser.Anonymous() : new FakeCurrentUser(false, Tehran, role);

        Assert.False(OfficeScope.CanActIn(user, Tehran, null));
        Assert.False(OfficeScope.CanActIn(user, Esfahan, null));
        var filter = OfficeScope.FilterFor(user);
        Assert.Equal(OfficeFilter.None, filter);
        Assert.False(filter.AllowsAny);
    }

    [Fact]
    public void Null_user_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => OfficeScope.CanActIn(null!, Tehran, null));
        Assert.Throws<ArgumentNullException>(() => OfficeScope.FilterFor(null!));
    }

    [Theory]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.HeadOfOffice)]
    public void County_office_staff_see_and_act_in_their_county_only(string role)
    {
        var user = FakeCurrentUser.OfCounty(role, Tehran, Shemiranat);

        Assert.True(OfficeScope.CanActIn(user, Tehran, Shemiranat));
        Assert.True(OfficeScope.CanSee(user, Tehran, Shemiranat));
        Assert.False(OfficeScope.CanActIn(user, Tehran, Rey));
        Assert.False(OfficeScope.CanSee(user, Tehran, Rey));
        Assert.False(OfficeScope.CanActIn(user, Tehran, null)); // the province's own resources stay with the province
        Assert.False(OfficeScope.CanActIn(user, Esfahan, Shemiranat));
        Assert.Equal(OfficeFilter.County(Tehran, Shemiranat), OfficeScope.FilterFor(user));
        Assert.True(OfficeScope.CanSeeProvince(user, Tehran));
        Assert.False(OfficeScope.CanSeeProvince(user, Esfahan));
    }

    [Theory]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.HeadOfOffice)]
    public void Provincial_office_staff_keep_every_county_of_their_province(string role)
    {
        var user = FakeCurrentUser.WithRole(role, Tehran);

        Assert.True(OfficeScope.CanActIn(user, Tehran, Shemiranat));
        Assert.True(OfficeScope.CanActIn(user, Tehran, Rey));
        Assert.True(OfficeScope.CanActIn(user, Tehran, null));
        Assert.False(OfficeScope.CanActIn(user, Esfahan, null));
    }

    [Fact]
    public void Headquarters_see_every_province_and_act_in_none()
    {
        var user = FakeCurrentUser.WithRole(Roles.Headquarters);

        Assert.Equal(OfficeFilter.All, OfficeScope.FilterFor(user));
        Assert.True(OfficeScope.CanSee(user, Tehran, Shemiranat));
        Assert.True(OfficeScope.CanSee(user, Esfahan, null));
        Assert.True(OfficeScope.CanSeeProvince(user, Esfahan));
        Assert.False(OfficeScope.CanActIn(user, Tehran, Shemiranat));
        Assert.False(OfficeScope.CanActIn(user, Esfahan, null));
        Assert.False(OfficeScope.IsOfficeStaff(user));
    }

    [Fact]
    public void A_county_without_a_province_gives_nothing()
    {
        var user = new FakeCurrentUser(true, null, Roles.Reviewer) { CountyId = Shemiranat };

        Assert.Equal(OfficeFilter.None, OfficeScope.FilterFor(user));
        Assert.False(OfficeScope.CanActIn(user, Tehran, Shemiranat));
    }
}
