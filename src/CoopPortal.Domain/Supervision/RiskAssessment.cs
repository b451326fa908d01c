namespace CoopPortal.Domain.Supervision;

/// <summary>The total, its band and the rules behind it.</summary>
public sealed record RiskAssessment(int Total, RiskBand Band, IReadOnlyList<RiskFinding> Findings)
{
    public static string BandTitle(RiskBand band) => band switch
    {
        RiskBand.Low => "کم",
        RiskBand.Medium => "متوسط",
        RiskBand.High => "زیاد",
        _ => band.ToString(),
    };
}
