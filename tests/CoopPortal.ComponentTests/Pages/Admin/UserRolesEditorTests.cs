using Bunit;
using CoopPortal.Application.Administration.Users;
using CoopPortal.Application.ReferenceData;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Domain.Users;
using CoopPortal.Web.Components.Pages.Admin.Users;
using MudBlazor;

namespace CoopPortal.ComponentTests.Pages.Admin;

/// <summary>
/// The roles and office of an account on the admin's page (issue 20, point 5): the county choice of a reviewer or head
/// of office, the national headquarters role, and the derived roles shown but not granted.
/// </summary>
public sealed class UserRolesEditorTests : ComponentTest
{
    private const int Zanjan = 14;
    private const int Tehran = 8;
    private const int Abhar = 301;
    private const int ZanjanCounty = 302;

    private static readonly ProvinceItem[] Provinces = [new(Zanjan, "زنجان"), new(Tehran, "تهران")];

    private static readonly CountyOption[] Counties = [new(Abhar, "ابهر", Zanjan), new(ZanjanCounty, "زنجان", Zanjan), new(401, "شمیرانات", Tehran)];

    [Fact]
    public async Task The_county_choice_offers_the_provincial_office_then_the_county_offices_of_the_province_only()
    {
        var form = Staff(county: null);
        var cut = RenderEditor(form);
        Assert.Equal(UserOffice.ProvincialOfficeTitle, cut.Find("input#user-county").GetAttribute("value"));

        var county = CountySelect(cut);
        await cut.InvokeAsync(() => county.Instance.OpenMenu());
        var titles = cut.FindComponents<MudSelectItem<int?>>().Select(i => i.Instance.Value).ToList();
        Assert.Equal([null, Abhar, ZanjanCounty], titles);
        var shown = _popovers!.Markup;
        Assert.Contains(UserOffice.ProvincialOfficeTitle, shown, StringComparison.Ordinal);
        Assert.Contains("اداره تعاون شهرستان ابهر", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("شمیرانات", shown, StringComparison.Ordinal);

        await cut.InvokeAsync(() => county.Instance.SelectOption((int?)Abhar));
        await cut.InvokeAsync(() => county.Instance.CloseMenu());

        Assert.Equal(Abhar, form.CountyId);
        Assert.Equal("اداره تعاون شهرستان ابهر", cut.Find("input#user-county").GetAttribute("value"));
        var (roles, provinceId, countyId) = form.ToSend();
        Assert.Equal([Roles.Reviewer], roles);
        Assert.Equal((Zanjan, Abhar), (provinceId, countyId));
    }

    [Fact]
    public async Task Choosing_another_province_clears_a_county_that_is_not_in_it()
    {
        var form = Staff(county: Abhar);
        var cut = RenderEditor(form);
        Assert.Equal("اداره تعاون شهرستان ابهر", cut.Find("input#user-county").GetAttribute("value"));

        var province = cut.FindComponents<MudSelect<int?>>().Single(s => s.Find("input").Id == "user-province");
        await cut.InvokeAsync(() => province.Instance.OpenMenu());
        await cut.InvokeAsync(() => province.Instance.SelectOption((int?)Tehran));
        await cut.InvokeAsync(() => province.Instance.CloseMenu());

        Assert.Equal((Tehran, (int?)null), (form.ProvinceId, form.CountyId));
        Assert.Equal(UserOffice.ProvincialOfficeTitle, cut.Find("input#user-county").GetAttribute("value"));
    }

    [Fact]
    public void Headquarters_alone_has_no_office_and_an_office_role_brings_the_province_and_county_back()
    {
        var form = Staff(county: Abhar);
        var cut = RenderEditor(form);

        cut.Find("input#role-Reviewer").Change(false);
        cut.Find("input#role-Headquarters").Change(true);

        Assert.Empty(cut.FindAll("#user-province"));
        Assert.Empty(cut.FindAll("#user-county"));
        Assert.Contains("استان و شهرستان ندارد", cut.Find("#user-national").TextContent, StringComparison.Ordinal);
        var (roles, provinceId, countyId) = form.ToSend();
        Assert.Equal([Roles.Headquarters], roles);
        Assert.Equal(((int?)null, (int?)null), (provinceId, countyId));

        cut.Find("input#role-HeadOfOffice").Change(true);

        Assert.Single(cut.FindAll("input#user-province"));
        Assert.Equal("اداره تعاون شهرستان ابهر", cut.Find("input#user-county").GetAttribute("value"));
        Assert.Empty(cut.FindAll("#user-national"));
    }

    [Fact]
    public void Every_role_is_listed_with_its_help_and_the_derived_ones_are_shown_but_cannot_be_ticked()
    {
        var cut = RenderEditor(Staff(county: null), derived: [Roles.CooperativeManager]);

        var headquarters = cut.Find("input#role-Headquarters");
        Assert.Equal("role-help-Headquarters", headquarters.GetAttribute("aria-describedby"));
        Assert.Contains(Roles.Title(Roles.Headquarters), cut.Markup, StringComparison.Ordinal);
        Assert.Equal(RoleHelp.Help(Roles.Headquarters), cut.Find("#role-help-Headquarters").TextContent.Trim());
        Assert.Empty(cut.FindAll("#role-CooperativeManager"));

        var manager = cut.Find("input#derived-CooperativeManager");
        Assert.True(manager.HasAttribute("disabled"));
        Assert.True(manager.HasAttribute("checked"));
        var inspector = cut.Find("input#derived-Inspector");
        Assert.True(inspector.HasAttribute("disabled"));
        Assert.False(inspector.HasAttribute("checked"));
        Assert.Contains("کد ملی اثبات‌شده", cut.Find("#derived-help-Inspector").TextContent, StringComparison.Ordinal);
        Assert.Contains(RoleHelp.DerivedTitle(Roles.CooperativeManager), cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_servers_refusal_of_the_county_is_shown_under_it()
    {
        var cut = RenderEditor(Staff(county: Abhar), errors: new Dictionary<string, string[]> { ["county"] = [UserAdministrationMessages.CountyNotInProvince] });

        Assert.Contains(UserAdministrationMessages.CountyNotInProvince, cut.Markup, StringComparison.Ordinal);
    }

    private IRenderedComponent<MudPopoverProvider>? _popovers;

    private static UserRolesForm Staff(int? county)
    {
        var form = new UserRolesForm();
        form.Toggle(Roles.Reviewer, true);
        form.ChooseProvince(Zanjan, Counties);
        form.CountyId = county;
        return form;
    }

    private IRenderedComponent<UserRolesEditor> RenderEditor(UserRolesForm form, IReadOnlyList<string>? derived = null, IReadOnlyDictionary<string, string[]>? errors = null)
    {
        _popovers = Context.Render<MudPopoverProvider>();
        return Context.Render<UserRolesEditor>(p => p
            .Add(c => c.Form, form)
            .Add(c => c.Provinces, Provinces)
            .Add(c => c.Counties, Counties)
            .Add(c => c.DerivedRoles, derived ?? [])
            .Add(c => c.Errors, errors ?? new Dictionary<string, string[]>()));
    }

    private static IRenderedComponent<MudSelect<int?>> CountySelect(IRenderedComponent<UserRolesEditor> cut) =>
        cut.FindComponents<MudSelect<int?>>().Single(s => s.Find("input").Id == "user-county");
}
