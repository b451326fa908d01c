using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;
using CoopPortal.Web.Components.Pages.Supervision;

namespace CoopPortal.ComponentTests.Pages;

/// <summary>The declaration page's form: values as typed, read back into content one section at a time.</summary>
public sealed class DeclarationFormTests
{
    [Fact]
    public void Persian_digits_separators_and_a_minus_sign_are_read_where_allowed()
    {
        var form = DeclarationForm.From(DeclarationContent.Empty);
        form.Text["TotalAssets"] = "۱٬۵۰۰٬۰۰۰";
        form.Text["TotalLiabilities"] = "1,000,000";
        form.Text["Equity"] = "-۵۰۰٬۰۰۰";
        form.Text["NetProfitOrLoss"] = "−۲۰";
        form.Text["Revenue"] = "";

        var (content, errors) = form.ToContent(DeclarationSection.Finances);

        Assert.Empty(errors);
        Assert.Equal(1_500_000, content.TotalAssets);
        Assert.Equal(1_000_000, content.TotalLiabilities);
        Assert.Equal(-500_000, content.Equity);
        Assert.Equal(-20, content.NetProfitOrLoss);
        Assert.Null(content.Revenue);
    }

    [Fact]
    public void What_cannot_be_read_is_reported_by_field_and_nothing_typed_is_dropped()
    {
        var form = DeclarationForm.From(DeclarationContent.Empty);
        form.Text["MembersTotal"] = "-3";
        form.Text["Capital"] = "دو میلیون";

        var (_, errors) = form.ToContent(DeclarationSection.Members);

        Assert.Equal(DeclarationFieldCatalog.NotAWholeCount, errors["MembersTotal"]);
        Assert.Equal(DeclarationFieldCatalog.NotAWholeCount, errors["Capital"]);
        Assert.Equal("دو میلیون", form.Text["Capital"]);
    }

    [Fact]
    public void Jalali_dates_and_officers_round_trip_through_the_form()
    {
        var held = CoopPortal.Domain.Common.JalaliDate.FromParts(1404, 3, 15)!.Value;
        var end = CoopPortal.Domain.Common.JalaliDate.FromParts(1406, 4, 31)!.Value;
        var form = DeclarationForm.From(new DeclarationContent
        {
            OrdinaryAssemblyHeldOn = held,
            Officers = [new OfficerEntry(OfficerRole.Inspector, "زهرا کریمی", "0030000009", null, end)],
            NetProfitOrLoss = -1200,
        });

        Assert.Equal("۱۴۰۴/۰۳/۱۵", form.OrdinaryAssemblyHeldOn);
        Assert.Equal("-۱٬۲۰۰", form.Text["NetProfitOrLoss"]);
        Assert.Equal("۱۴۰۶/۰۴/۳۱", form.Officers[0].TermEndsOn);

        form.ExtraordinaryAssemblies.Add(new AssemblyRow { HeldOn = "1404/13/01", Subject = "افزایش سرمایه" });
        var (assemblies, assemblyErrors) = form.ToContent(DeclarationSection.Assemblies);
        Assert.Equal(held, assemblies.OrdinaryAssemblyHeldOn);
        Assert.Equal(DeclarationFieldCatalog.NotADate, assemblyErrors["ExtraordinaryAssemblies[0].HeldOn"]);

        var (officers, officerErrors) = form.ToContent(DeclarationSection.Officers);
        Assert.Empty(officerErrors);
        var officer = Assert.Single(officers.Officers);
        Assert.Equal("0030000009", officer.NationalCode);
        Assert.Equal(end, officer.TermEndsOn);
    }

    [Fact]
    public void A_saved_problem_is_shown_while_the_field_holds_the_saved_value_in_any_digits_and_not_once_it_is_retyped()
    {
        var saved = DeclarationForm.From(new DeclarationContent
        {
            MembersTotal = 1200,
            NetProfitOrLoss = -5000,
            Officers = [new OfficerEntry(OfficerRole.BoardMember, "علی رضایی", "0030000009", null, null)],
            ExtraordinaryAssemblies = [new ExtraordinaryAssembly(null, "افزایش سرمایه")],
        });

        Assert.True(saved.StillDescribes("MembersTotal", "۱٬۲۰۰"));
        Assert.True(saved.StillDescribes("MembersTotal", "1200"));
        Assert.True(saved.StillDescribes("NetProfitOrLoss", "−۵,۰۰۰"));
        Assert.True(saved.StillDescribes("Officers[0].NationalCode", "0030000009"));
        Assert.True(saved.StillDescribes("Officers[0].FullName", "علي رضايي")); // Arabic yeh typed: the same name
        Assert.True(saved.StillDescribes("ExtraordinaryAssemblies[0].Subject", "افزایش سرمایه"));

        Assert.False(saved.StillDescribes("MembersTotal", "۱۳۰۰"));
        Assert.False(saved.StillDescribes("TrainingHours", "۸")); // saved blank, «enter the hours» no longer applies
        Assert.False(saved.StillDescribes("TrainingHours", ""));
        Assert.False(saved.StillDescribes("Officers[1].FullName", "مریم احمدی")); // a row added since the save
        Assert.False(saved.StillDescribes("ExtraordinaryAssemblies[0].HeldOn", "۱۴۰۴/۰۱/۰۱"));
        Assert.False(saved.StillDescribes("Unknown", "۱"));
    }

    [Fact]
    public void Field_ids_follow_the_problem_keys() =>
        Assert.Equal("decl-Officers-0-NationalCode", DeclarationUi.FieldId("Officers[0].NationalCode"));
}
