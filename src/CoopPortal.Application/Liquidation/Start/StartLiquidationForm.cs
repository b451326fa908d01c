using CoopPortal.Domain.Assemblies;

namespace CoopPortal.Application.Liquidation.Start;

/// <summary>What the office types on the card of a dissolved cooperative: the liquidators (name, national code) and the period's end.</summary>
public sealed record StartLiquidationForm(IReadOnlyList<NamedLiquidator> Liquidators, DateOnly? EndsOn);
