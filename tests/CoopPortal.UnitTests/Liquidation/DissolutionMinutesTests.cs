using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Liquidation;
using CoopPortal.Domain.Registry;
using CoopPortal.Testing;
using static CoopPortal.UnitTests.Assemblies.AssemblyFixtures;

namespace CoopPortal.UnitTests.Liquidation;

/// <summary>The minutes of an extraordinary assembly that adopts dissolution name the liquidators and the period's end.</summary>
public sealed class DissolutionMinutesTests
{
    private static readonly Attendance TwoThirds = new(MeetingCall.First, 20, 14, 0);

    private static GeneralAssembly Dissolving()
    {
        var assembly = Supervised(GeneralAssemblyKind.Extraordinary, [new(AgendaItemKind.Dissolve)]);
        RecordMinutes(assembly, TwoThirds);
        return assembly;
    }

    [Fact]
    public void Minutes_that_adopt_dissolution_without_liquidators_or_period_are_not_sent()
    {
        var problems = MinutesRules.Validate(Dissolving(), Context());
        Assert.Equal(["Dissolution.Liquidators", "Dissolution.EndsOn"], problems.Select(p => p.Field));
    }

    [Fact]
    public void Minutes_that_name_liquidators_and_a_period_within_the_settings_are_sent_and_confirmed()
    {
        var assembly = Dissolving();
        var code = TestNationalCodes.Next();
        assembly.RecordDissolution(new DissolutionTerms([new("ناصر تصفیه‌چی", PersianDigitsOf(code))], MeetingOn.AddMonths(12)), Now.AddMinutes(4));
        Assert.Empty(MinutesRules.Validate(assembly, Context()));
        Assert.Equal(code, assembly.Dissolution.Liquidators[0].NationalCode);

        var tooLong = Context() with { Liquidation = LiquidationRules.Default with { MaxMonths = 6 } };
        Assert.Equal("Dissolution.EndsOn", Assert.Single(MinutesRules.Validate(assembly, tooLong)).Field);

        assembly.SubmitMinutes(Context(), Now.AddMinutes(5));
        assembly.ObserverConfirm(ObserverUserId, null, Now.AddMinutes(6));
        assembly.Confirm(ReviewerUserId, RegistryRules.Default, Now.AddMinutes(7));
        Assert.True(assembly.ResolvesDissolution);
        var liquidator = Assert.Single(assembly.Dissolution.LiquidatorsFrom(MeetingOn));
        Assert.Equal(MeetingOn, liquidator.From);
        Assert.Equal(MeetingOn.AddMonths(12), liquidator.To);
    }

    [Fact]
    public void A_dissolution_not_adopted_asks_for_no_liquidators()
    {
        var assembly = Supervised(GeneralAssemblyKind.Extraordinary, [new(AgendaItemKind.Dissolve)]);
        assembly.RecordAttendance(TwoThirds, Now);
        assembly.RecordResolutions([new Resolution(0, false, 3, 11)], Now);
        assembly.AttachFile(MinutesFileKind.SignedMinutes, "minutes.pdf", "application/pdf", 100, "aa", "key", Now);
        Assert.False(assembly.ResolvesDissolution);
        Assert.Empty(MinutesRules.Validate(assembly, Context()));
    }

    private static string PersianDigitsOf(string code) => CoopPortal.Domain.Common.PersianDigits.ToPersian(code);
}
