using CoopPortal.Domain.Common;
using CoopPortal.Domain.Liquidation;

namespace CoopPortal.Domain.Assemblies;

/// <summary>
/// What the minutes of an extraordinary assembly that resolves to dissolve name: the liquidators (مدیران تصفیه: name
/// and national code) and the end of the liquidation period. Their terms run from the meeting day to that end; the
/// office's confirmation of the minutes starts the liquidation with them (<see cref="LiquidationCase"/>).
/// </summary>
public sealed record DissolutionTerms(IReadOnlyList<NamedLiquidator> Liquidators, DateOnly? EndsOn)
{
    public static DissolutionTerms None { get; } = new([], null);

    public bool IsEmpty => Liquidators.Count == 0 && EndsOn is null;

    /// <summary>The liquidators with their terms, from the meeting day to the period's end.</summary>
    public IReadOnlyList<Liquidator> LiquidatorsFrom(DateOnly meetingOn) =>
        Liquidators.Select(l => Liquidator.Of(l.FullName, l.NationalCode, meetingOn, EndsOn ?? meetingOn)).ToList();

    /// <summary>Normalizes what was typed.</summary>
    public DissolutionTerms Normalized() => new(
        Liquidators.Select(l => Liquidator.Of(l.FullName, l.NationalCode, default, default)).Select(l => new NamedLiquidator(l.FullName, l.NationalCode)).ToList(),
        EndsOn);
}

/// <summary>A liquidator the minutes name: full name and national code.</summary>
public sealed record NamedLiquidator(string FullName, string NationalCode);
