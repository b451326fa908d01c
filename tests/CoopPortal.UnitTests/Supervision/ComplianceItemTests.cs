using CoopPortal.Application.Supervision.Compliance;
using CoopPortal.Domain.Cooperatives;

namespace CoopPortal.UnitTests.Supervision;

/// <summary>When the compliance list may open a dormancy case on a row: possibly dormant and still active, nothing else.</summary>
public sealed class ComplianceItemTests
{
    private static ComplianceItem Item(bool possiblyDormant, CooperativeStatus status) =>
        new(Guid.NewGuid(), "تعاونی آزمون", "1234", "زنجان", [1404, 1403], new DateOnly(2025, 7, 22), possiblyDormant, null, null, status);

    [Theory]
    [InlineData(true, CooperativeStatus.Active, true)]
    [InlineData(false, CooperativeStatus.Active, false)]
    [InlineData(true, CooperativeStatus.DormancyCaseOpen, false)]
    [InlineData(true, CooperativeStatus.Dissolved, false)]
    [InlineData(true, CooperativeStatus.InLiquidation, false)]
    [InlineData(true, CooperativeStatus.StruckOff, false)]
    public void A_dormancy_case_is_opened_only_on_a_possibly_dormant_active_cooperative(bool possiblyDormant, CooperativeStatus status, bool expected) =>
        Assert.Equal(expected, Item(possiblyDormant, status).MayOpenDormancyCase);
}
