namespace CoopPortal.Domain.Supervision;

/// <summary>An extraordinary general assembly held during the year.</summary>
public sealed record ExtraordinaryAssembly(DateOnly? HeldOn, string Subject);
