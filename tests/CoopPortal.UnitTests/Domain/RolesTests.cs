using CoopPortal.Domain.Users;

namespace CoopPortal.UnitTests.Domain;

public sealed class RolesTests
{
    [Fact]
    public void All_has_the_six_roles_with_distinct_names()
    {
        Assert.Equal(6, Roles.All.Count);
        Assert.Equal(6, Roles.All.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(
            new[] { Roles.Applicant, Roles.CooperativeManager, Roles.Reviewer, Roles.HeadOfOffice, Roles.Admin, Roles.Headquarters }.Order(StringComparer.Ordinal),
            Roles.All.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Province_scoped_roles_are_reviewer_and_head_of_office()
    {
        Assert.Equal(2, Roles.ProvinceScoped.Count);
        Assert.Contains(Roles.Reviewer, Roles.ProvinceScoped);
        Assert.Contains(Roles.HeadOfOffice, Roles.ProvinceScoped);
        Assert.All(Roles.ProvinceScoped, role => Assert.Contains(role, Roles.All));
    }

    [Fact]
    public void Every_role_has_a_persian_title_different_from_its_name()
    {
        foreach (var role in Roles.All)
        {
            var title = Roles.Title(role);

            Assert.False(string.IsNullOrWhiteSpace(title), role);
            Assert.NotEqual(role, title);
            Assert.Contains(title, c => c is >= '\u0600' and <= '\u06FF');
            Assert.DoesNotContain(title, c => c is >= 'A' and <= 'z');
        }
    }

    [Fact]
    public void Role_titles_are_distinct()
    {
        Assert.Equal(Roles.All.Count, Roles.All.Select(Roles.Title).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void An_unknown_role_is_shown_as_its_name()
    {
        Assert.Equal("Auditor", Roles.Title("Auditor"));
    }
}
