namespace CoopPortal.Application.Dormancy.Common;

/// <summary>Dormancy case settings (configuration section "Dormancy", editable on the rules page).</summary>
public sealed class DormancyOptions
{
    public const string SectionName = "Dormancy";

    /// <summary>How many days the notice gives the cooperative to answer.</summary>
    public int AnswerDays { get; set; } = 60;
}
