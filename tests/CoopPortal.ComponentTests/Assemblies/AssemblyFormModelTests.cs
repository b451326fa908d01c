using CoopPortal.Application.Registry.Common;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;
using CoopPortal.Web.Components.Pages.Assemblies;

namespace CoopPortal.ComponentTests.Assemblies;

public sealed class AssemblyFormModelTests
{
    [Fact]
    public void Is_filled_from_the_stored_assembly_in_Persian_digits_and_Jalali()
    {
        var model = AssemblyFormModel.From(View(new DateOnly(2026, 11, 22), 150_000_000, "10100000000", [new OfficerEntry(OfficerRole.Ceo, "مریم کاظمی", "0012345678")]));

        Assert.Equal("۱۴۰۵/۰۹/۰۱", model.HeldOn);
        Assert.Equal("۱۵۰٬۰۰۰٬۰۰۰", model.CapitalPaid);
        Assert.Equal("۱۰۱۰۰۰۰۰۰۰۰", model.CompanyNationalId);
        var row = Assert.Single(model.Officers);
        Assert.Equal((OfficerRole.Ceo, "مریم کاظمی", "۰۰۱۲۳۴۵۶۷۸"), (row.Role, row.FullName, row.NationalCode));
    }

    [Fact]
    public void Gives_the_handler_what_was_typed_with_the_amount_read_from_Persian_digits()
    {
        var model = AssemblyFormModel.From(View(null, null, null, []));
        model.HeldOn = "۱۴۰۵/۰۹/۰۱";
        model.CapitalPaid = "۱۵۰٬۰۰۰٬۰۰۰";
        model.Officers.Add(new OfficerRow { Role = OfficerRole.Inspector, FullName = "علی رضایی", NationalCode = "۱۲۳۴۵۶۷۸" });

        var form = model.ToForm();

        Assert.Equal("۱۴۰۵/۰۹/۰۱", form.HeldOn);
        Assert.Equal(150_000_000, form.CapitalPaid);
        Assert.Null(form.CompanyNationalId);
        var officer = Assert.Single(form.Officers);
        Assert.Equal(OfficerRole.Inspector, officer.Role);
        Assert.Equal("0012345678", officer.NationalCode);
        Assert.False(model.CapitalUnreadable);
    }

    [Theory]
    [InlineData("صد میلیون", true)]
    [InlineData("۱۲ریال", true)]
    [InlineData("", false)]
    [InlineData(" ", false)]
    [InlineData("1,000", false)]
    public void Knows_when_the_capital_typed_is_not_a_number(string typed, bool unreadable)
    {
        var model = AssemblyFormModel.From(View(null, null, null, []));
        model.CapitalPaid = typed;

        Assert.Equal(unreadable, model.CapitalUnreadable);
    }

    private static AssemblyView View(DateOnly? heldOn, long? paid, string? companyId, IReadOnlyList<OfficerEntry> officers) => new(
        Guid.NewGuid(), Guid.NewGuid(), "TRK", "تعاونی نمونه", AssemblyStatus.Draft, heldOn, paid, 300_000_000, 100_000_000, companyId, officers,
        new List<AttachedFile>(), new Dictionary<string, string>(), null, new List<CaseEventView>(), new List<FieldProblem>(),
        IsApplicant: true, CanEdit: true, Decisions: new HashSet<AssemblyAction>(), CooperativeId: null, RegistrationNumber: null);
}
