using CoopPortal.Application.Common.Security;
using CoopPortal.Domain.Users;
using CoopPortal.UnitTests.TestSupport;

namespace CoopPortal.UnitTests.Application;

public sealed class ProvinceScopeTests
{
    private const int Tehran = 19;
    private const int Esfahan = 8;

    [Theory]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.HeadOfOffice)]
    public void Office_staff_act_only_in_their_own_province(string role)
    {
        var user = FakeCurrentUser.WithRole(role, Tehran);

        Assert.True(ProvinceScope.CanActIn(user, Tehran));
        Assert.False(ProvinceScope.CanActIn(user, Esfahan));
        Assert.False(ProvinceScope.CanActIn(user, 0));
    }

    [Theory]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.HeadOfOffice)]
    public void Office_staff_filter_is_their_province_only(string role)
    {
        var filter = ProvinceScope.FilterFor(FakeCurrentUser.WithRole(role, Tehran));

        Assert.Equal(ProvinceFilter.Only(Tehran), filter);
        Assert.False(filter.AllowsAll);
        Assert.Equal(Tehran, filter.ProvinceId);
        Assert.True(filter.AllowsAny);
        Assert.True(filter.Allows(Tehran));
        Assert.False(filter.Allows(Esfahan));
    }

    [Theory]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.HeadOfOffice)]
    public void Office_staff_without_a_province_act_nowhere(string role)
    {
        var user = FakeCurrentUser.WithRole(role, provinceId: null);

        Assert.False(ProvinceScope.CanActIn(user, Tehran));
        Assert.False(ProvinceScope.CanActIn(user, Esfahan));
        var filter = ProvinceScope.FilterFor(user);
        Assert.Equal(ProvinceFilter.None, filter);
        Assert.False(filter.AllowsAny);
        Assert.False(filter.Allows(Tehran));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Tehran)]
    public void Admin_acts_in_every_province(int? provinceId)
    {
        var user = FakeCurrentUser.WithRole(Roles.Admin, provinceId);

        Assert.All(Enumerable.Range(1, 31), p => Assert.True(ProvinceScope.CanActIn(user, p)));
        var filter = ProvinceScope.FilterFor(user);
        Assert.Equal(ProvinceFilter.All, filter);
        Assert.True(filter.AllowsAll);
        Assert.True(filter.Allows(Esfahan));
        Assert.True(filter.Allows(Tehran));
    }

    [Theory]
    [InlineData(Roles.Applicant, null)]
    [InlineData(Roles.Applicant, Tehran)]
    [InlineData(Roles.CooperativeManager, null)]
    [InlineData(Roles.CooperativeManager, Tehran)]
    public void Applicants_and_cooperative_managers_act_in_no_province(string role, int? provinceId)
    {
        var user = FakeCurrentUser.WithRole(role, provinceId);

        Assert.False(ProvinceScope.CanActIn(user, Tehran));
        Assert.False(ProvinceScope.CanActIn(user, Esfahan));
        var filter = ProvinceScope.FilterFor(user);
        Assert.Equal(ProvinceFilter.None, filter);
        Assert.False(filter.AllowsAny);
        Assert.False(filter.Allows(Tehran));
    }

    [Fact]
    public void An_authenticated_user_with_no_role_acts_nowhere()
    {
        var user = new FakeCurrentUser(true, Tehran);

        Assert.False(ProvinceScope.CanActIn(user, Tehran));
        Assert.Equal(ProvinceFilter.None, ProvinceScope.FilterFor(user));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.HeadOfOffice)]
    public void Unauthenticated_users_act_nowhere_whatever_their_claims(string? role)
    {
        var user = role is null ? FakeCurrentUser.Anonymous() : new FakeCurrentUser(false, Tehran, role);

        Assert.False(ProvinceScope.CanActIn(user, Tehran));
        Assert.False(ProvinceScope.CanActIn(user, Esfahan));
        var filter = ProvinceScope.FilterFor(user);
        Assert.Equal(ProvinceFilter.None, filter);
        Assert.False(filter.AllowsAny);
    }

    [Fact]
    public void Null_user_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => ProvinceScope.CanActIn(null!, Tehran));
        Assert.Throws<ArgumentNullException>(() => ProvinceScope.FilterFor(null!));
    }
}
