using CoopPortal.Domain.Dormancy;

namespace CoopPortal.Application.Dormancy.Decide;

/// <summary>
/// The office's decision on a dormancy case: <see cref="DormancyAction.Revive"/>, <see cref="DormancyAction.PursueDissolution"/>
/// (with <paramref name="Ground"/> and the ground's text in <paramref name="Text"/>) or <see cref="DormancyAction.Close"/>
/// (the reason in <paramref name="Text"/>).
/// </summary>
public sealed record DormancyDecision(DormancyAction Action, DissolutionGround? Ground = null, string? Text = null);
