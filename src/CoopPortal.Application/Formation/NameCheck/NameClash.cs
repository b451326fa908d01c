namespace CoopPortal.Application.Formation.NameCheck;

/// <param name="Index">Which of the given names (0 = first choice).</param>
/// <param name="IsRegistered">True when the name belongs to a registered cooperative (not just another application).</param>
public sealed record NameClash(int Index, string Name, string ClashesWith, string Message, bool IsRegistered = false);
