using System.Net;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Common.Security;
using CoopPortal.Application.Offices.GetOfficeOverview;
using CoopPortal.Application.ReferenceData;
using CoopPortal.Domain.Users;
using CoopPortal.Infrastructure.Seeding;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Security;

/// <summary>
/// Province scoping is a rule of the application layer: tried here by calling the use cases directly with each kind of
/// user, and over HTTP with the demo accounts, including the forbidden cases.
/// </summary>
public sealed class OfficeScopeTests : IClassFixture<PortalFixture>
{
    private const int Zanjan = DemoAccounts.ZanjanProvinceId;
    private const int Tehran = 8;
    private readonly PortalFixture _fixture;

    public OfficeScopeTests(PortalFixture fixture) => _fixture = fixture;


    private sealed class FixedUser(ICurrentUser user) : ICurrentUserService
    {
        public Task<ICurrentUser> GetAsync(CancellationToken cancellationToken) => Task.FromResult(user);
    }

    private static CurrentUserSnapshot User(string role, int? province) => new("user-1", new HashSet<string> { role }, province);

    private Task<Result<OfficeOverview>> OverviewAsync(ICurrentUser user, int provinceId)
    {
        var handler = new GetOfficeOverviewHandler(_fixture.Factory.Services.GetRequiredService<IAppDbContextFactory>(), new FixedUser(user));
        return handler.HandleAsync(provinceId, CancellationToken.None);
    }

    [Fact]
    public async Task A_Zanjan_reviewer_sees_the_Zanjan_office_with_its_counties()
    {
        var result = await OverviewAsync(User(Roles.Reviewer, Zanjan), Zanjan);

        Assert.True(result.Succeeded);
        Assert.Equal("زنجان", result.Value!.ProvinceName);
        Assert.Equal(8, result.Value.Counties.Count);
    }

    [Theory]
    [InlineData(Roles.Reviewer, Zanjan)]
    [InlineData(Roles.HeadOfOffice, Zanjan)]
    [InlineData(Roles.Applicant, null)]
    [InlineData(Roles.CooperativeManager, null)]
    [InlineData(Roles.Reviewer, null)]
    public async Task Anyone_but_Tehran_staff_and_admins_gets_not_found_for_the_Tehran_office(string role, int? province)
    {
        var result = await OverviewAsync(User(role, province), Tehran);

        Assert.Equal(ErrorKind.NotFound, result.Kind);
        Assert.Null(result.Value);
    }

    [Fact]
    public async Task An_anonymous_caller_gets_not_found_and_an_admin_gets_any_province()
    {
        Assert.Equal(ErrorKind.NotFound, (await OverviewAsync(CurrentUserSnapshot.Anonymous, Zanjan)).Kind);
        Assert.True((await OverviewAsync(User(Roles.Admin, null), Tehran)).Succeeded);
    }

    [Fact]
    public async Task The_province_list_holds_only_the_reviewers_own_province_and_all_31_for_an_admin()
    {
        var factory = _fixture.Factory.Services.GetRequiredService<IAppDbContextFactory>();

        var reviewer = await new ProvinceListQuery(factory, new FixedUser(User(Roles.Reviewer, Zanjan))).HandleAsync(CancellationToken.None);
        var admin = await new ProvinceListQuery(factory, new FixedUser(User(Roles.Admin, null))).HandleAsync(CancellationToken.None);
        var applicant = await new ProvinceListQuery(factory, new FixedUser(User(Roles.Applicant, null))).HandleAsync(CancellationToken.None);

        Assert.Equal([Zanjan], reviewer.Value!.Select(p => p.Id));
        Assert.Equal(31, admin.Value!.Count);
        Assert.Empty(applicant.Value!);
    }

    private async Task<FormClient> SignedInAsync(string role)
    {
        var demo = DemoAccounts.All.Single(a => a.Role == role);
        var client = new FormClient(_fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        using var login = await client.LoginAsync(demo.NationalCode, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    [Fact]
    public async Task By_URL_a_Zanjan_reviewer_opens_Zanjan_and_gets_a_Persian_404_for_Tehran()
    {
        var client = await SignedInAsync(Roles.Reviewer);

        using var own = await client.Http.GetAsync(new Uri($"/office/{Zanjan}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("خدابنده", WebUtility.HtmlDecode(await own.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        using var other = await client.Http.GetAsync(new Uri($"/office/{Tehran}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        var body = WebUtility.HtmlDecode(await other.Content.ReadAsStringAsync());
        Assert.Contains("صفحه پیدا نشد", body, StringComparison.Ordinal);
        Assert.DoesNotContain("تهران", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task By_URL_an_applicant_cannot_open_any_office()
    {
        var client = await SignedInAsync(Roles.Applicant);

        using var response = await client.Http.GetAsync(new Uri($"/office/{Zanjan}", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("خدابنده", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
